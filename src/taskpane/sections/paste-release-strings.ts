import type { Language } from "../../core";

/** What Data → Paste a release says; loaded with it, on first use. */
export interface PasteReleaseStrings {
  hint: string;
  textLabel: string;
  urlLabel: string;
  publishedLabel: string;
  find: string;
  noText: string;
  badDate: string;
  found: (p: { count: number }) => string;
  noneFound: string;
  figure: (p: { region: string; category: string; period: string }) => string;
  value: (p: { value: string }) => string;
  usd: (p: { value: string }) => string;
  rate: (p: { rate: string }) => string;
  scope: (p: { scope: string }) => string;
  assumed: Record<"region" | "period" | "year", string>;
  /** Between the parts of a figure's line. */
  separator: string;
  notTaken: (p: { count: number }) => string;
  notTakenItem: (p: { number: string; reason: string }) => string;
  importTicked: string;
  nothingTicked: string;
  urlRequired: string;
  /** The source the imported figures cite, and the name the import goes by. */
  sourceTitle: string;
  importName: string;
}

export const pasteReleaseStrings: Record<Language, PasteReleaseStrings> = {
  en: {
    hint: "Paste the text of a release, copied from its web page. The figures it gives are listed with their sentences; tick the ones to import as your own figures.",
    textLabel: "Release text",
    urlLabel: "Address of the page",
    publishedLabel: "Published on",
    find: "Find figures",
    noText: "Paste the release's text first.",
    badDate: "Give the date the release was published: 今年 and 去年 are read against it.",
    found: (p) => (p.count === 1 ? "1 figure found" : `${p.count} figures found`),
    noneFound: "No export figures found in the text.",
    figure: (p) => `${p.region} · ${p.category} · ${p.period}`,
    value: (p) => `${p.value} million yuan`,
    usd: (p) => `${p.value} million USD`,
    rate: (p) => `year on year ${p.rate} %`,
    scope: (p) => `Counts: ${p.scope}`,
    assumed: {
      region: "region from an earlier sentence",
      period: "period from an earlier sentence",
      year: "year from the publication date",
    },
    separator: ", ",
    notTaken: (p) => (p.count === 1 ? "1 number not taken" : `${p.count} numbers not taken`),
    notTakenItem: (p) => `${p.number}: ${p.reason}`,
    importTicked: "Import ticked",
    nothingTicked: "Tick at least one figure to import.",
    urlRequired: "Give the address of the page the text came from: every imported figure cites it.",
    sourceTitle: "Pasted release text",
    importName: "pasted release text",
  },
  zh: {
    hint: "粘贴从网页复制的发布稿文字。其中的数据会连同原句列出；勾选要导入的数据，作为您自己的数据导入。",
    textLabel: "发布稿文字",
    urlLabel: "网页地址",
    publishedLabel: "发布日期",
    find: "查找数据",
    noText: "请先粘贴发布稿文字。",
    badDate: "请填写发布稿的发布日期：“今年”“去年”据此判断。",
    found: (p) => `找到 ${p.count} 项数据`,
    noneFound: "文字中未找到出口数据。",
    figure: (p) => `${p.region}${p.category}，${p.period}`,
    value: (p) => `${p.value} 百万元`,
    usd: (p) => `${p.value} 百万美元`,
    rate: (p) => `同比 ${p.rate}%`,
    scope: (p) => `统计口径：${p.scope}`,
    assumed: {
      region: "地区取自前文",
      period: "时期取自前文",
      year: "年份取自发布日期",
    },
    separator: "，",
    notTaken: (p) => `${p.count} 个数字未采用`,
    notTakenItem: (p) => `${p.number}：${p.reason}`,
    importTicked: "导入已勾选",
    nothingTicked: "请至少勾选一项数据再导入。",
    urlRequired: "请填写文字所在网页的地址：每项导入的数据都要注明出处。",
    sourceTitle: "粘贴的发布稿文字",
    importName: "粘贴的发布稿文字",
  },
};
