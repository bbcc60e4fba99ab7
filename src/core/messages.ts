import type { Language } from "./localized";
import { regionName } from "./regions";
import { unitList } from "./units";

// Every message the core can produce, in each language; `Language` is defined with `Localized`.
export type { Language };

export type MessageParams = Record<string, string | number>;

type Template = (p: MessageParams) => string;

/** A region code as a reader names it: "Zibo", "Shandong province", "山东". */
const place = regionName;

/** "Zibo's", "Shandong province's": every message says whose figure it is about. */
const possessive = (code: string | number) => `${place(code, "en")}'s`;

/** The periods a message lists, published apart from derived, so neither passes for the other. */
const periodsEn = (p: MessageParams) =>
  `Published periods: ${p.published || "none"}. Derived periods (computed from published figures, not published): ${p.derived || "none"}.`;
const periodsZh = (p: MessageParams) =>
  `已公布的期间：${p.published || "无"}。推算的期间（由公布数据计算，并非公布值）：${p.derived || "无"}。`;

/** Chinese spaces a period (Latin and digits) from the words beside it, never a Chinese word. */
const spacedZh = (value: string | number | undefined, word: string) =>
  value ? ` ${value} ` : word;

/** What a figure without a scope note counts: what its own source names it. */
export const UNSCOPED_EN = "what its source names it (no other scope noted)";
export const UNSCOPED_ZH = "其来源所称的范围（未另注口径）";

const en = {
  unknownCategory: (p) => `Unknown category "${p.input}". Use one of: ${p.valid}.`,
  unknownRegion: (p) =>
    `Unknown region "${p.input}". Use Shandong or China (also 山东, 全国); Zibo works too.`,
  unknownPark: (p) =>
    `Unknown industrial park "${p.input}". Use its id or its English or Chinese name: ${p.valid}.`,
  badPeriod: (p) =>
    `"${p.input}" is not a period. Write a quarter as 2024Q1 or Q1 2024, a half as 2024H1, a month as 2024M05 or May 2024, a year-to-date span as 2023M01-M09 or Jan-Sep 2023, a year as 2023, or give a date inside the quarter; "latest" (最新) is the newest span with an answer.`,
  notOneSpan: (p) =>
    `"${p.input}" is not one period: a period is a span of months within one year (2024Q1, 2023M01-M09, Jan-May 2024), and a date may be followed only by a time of day. For several periods, use SERIES.`,
  ambiguousDate: (p) =>
    `"${p.input}" could be read day-first or month-first: give a date cell or ISO text (2024-03-31).`,
  unknownUnit: (p) =>
    `Unknown unit "${p.input}". Use one of: ${unitList("en")}. US dollars only where the source gives a rate.`,
  missingArgument: (p) => `${p.name} is required.`,
  /** Words made by code fetched on first use (as_of, SERIES forms), which brings its own. */
  said: (p) => String(p.en),
  notANumber: (p) => `${p.name} must be a number; got "${p.input}".`,
  notPublished: (p) =>
    `${place(p.region, "en")} publishes no ${p.category} for ${p.period}: no source gives this figure. ${periodsEn(p)}`,
  derivedInput: (p) =>
    `${p.fn} divides published figures only, and ${possessive(p.region)} ${p.category} for ${p.period} is derived (computed from published figures, not published). Published periods of ${possessive(p.region)} ${p.category}: ${p.published || "none"}.`,
  notPublishedSeparately: (p) =>
    `No source publishes ${p.category} separately for ${p.period}. Lithium-ion batteries and photovoltaic products together (LIB_PV): ${p.combined} million yuan, derived.`,
  scopesDiffer: (p) =>
    `${p.fn} divides figures of the same scope only, and the scopes differ in ${p.period}: ${possessive(p.partRegion)} ${p.partCategory} counts ${p.partScopeEn || UNSCOPED_EN}; ${possessive(p.totalRegion)} ${p.totalCategory} counts ${p.totalScopeEn || UNSCOPED_EN}. EXPORTS gives each figure, and SOURCE its scope.`,
  withheld: (p) =>
    `${p.region === "ZIBO" ? "" : `${place(p.region, "en")} `}${p.what} is withheld: the published figures it would be computed from contradict each other (${p.en}). They stay as published; check the data.`,
  growthOnly: (p) =>
    `Only the year-on-year growth rate is published for ${p.category} in ${p.period}${p.region === "ZIBO" ? "" : ` (${regionName(p.region, "en")})`}: ${p.yoy} %.${p.scopeEn ? ` It counts ${p.scopeEn}.` : ""} No source publishes the value; ${p.region === "ZIBO" ? "" : "REGION_"}GROWTH gives the rate.`,
  noUsd: (p) =>
    `No US dollar figure is published for ${p.category} in ${p.period}, and no source gives a rate for it.${p.rated ? ` Sources give one for: ${p.rated}.` : ""}`,
  yoyIsMinus100: () =>
    `A year-on-year change of -100 % means the current value is 0: the base cannot be recovered.`,
  yoyBelowMinus100: () => `A year-on-year change below -100 % is impossible for exports.`,
  baseIsZero: () => `The base is 0: no percentage change from zero.`,
  negativeValue: (p) => `${p.name} is ${p.input}: export values cannot be negative.`,
  outOfRange: () => `The result is too large for Excel.`,
  noGrowth: (p) =>
    `No source publishes a year-on-year rate for ${p.category} in ${p.period}, and there is no ${p.yearAgo} figure to compute it from.`,
  totalIsZero: (p) => `TOTAL is 0 in ${p.period}: a share of zero cannot be computed.`,
  noFigures: (p) =>
    `No source publishes any figure for ${p.category ? `${possessive(p.region)} ${p.category}` : place(p.region, "en")}.`,
  noFiguresBetween: (p) =>
    `No source publishes ${possessive(p.region ?? "ZIBO")} ${p.category} from ${p.from || "the start"} to ${p.to || "the end"}. ${periodsEn(p)}`,
  periodsReversed: (p) => `from (${p.from}) is after to (${p.to}).`,
  rangeSizeMismatch: () =>
    `The ranges differ in size: this cell has no matching value in a shorter range.`,
  tooManyCells: (p) => `The ranges would fill ${p.cells} cells; the limit is ${p.limit}.`,
  unexpected: (p) => `Unexpected problem: ${p.detail}. Please report it.`,
} satisfies Record<string, Template>;

export type MessageKey = keyof typeof en;

const zh: Record<MessageKey, Template> = {
  unknownCategory: (p) => `未知类别“${p.input}”。可用类别：${p.validZh}。`,
  unknownRegion: (p) =>
    `未知地区“${p.input}”。请使用“山东”或“全国”（也可写 Shandong、China）；“淄博”亦可。`,
  unknownPark: (p) => `未知产业园区“${p.input}”。请使用其编号或中英文名称：${p.validZh}。`,
  badPeriod: (p) =>
    `“${p.input}”不是有效的期间。季度写作 2024Q1 或 2024年第一季度，半年写作 2024H1 或 2024年上半年，月份写作 2024M05 或 2024年5月，年内累计写作 2023M01-M09 或 2023年1-9月，年份写作 2023，或给出该季度内的日期；“最新”（latest）表示有数据的最新一期。`,
  notOneSpan: (p) =>
    `“${p.input}”不是一个期间：期间是同一年内的若干月份（2024Q1、2023M01-M09、2024年1-5月），日期之后只能跟时刻。需要多个期间请用 SERIES。`,
  ambiguousDate: (p) =>
    `“${p.input}”的日、月顺序不明确：请给出日期单元格或 ISO 格式文本（2024-03-31）。`,
  unknownUnit: (p) =>
    `未知单位“${p.input}”。可用单位：${unitList("zh")}。美元数据仅限来源给出汇率的数据。`,
  missingArgument: (p) => `缺少参数：${p.name}。`,
  said: (p) => String(p.zh),
  notANumber: (p) => `${p.name} 必须是数字，收到的是“${p.input}”。`,
  notPublished: (p) =>
    `${place(p.region, "zh")}未公布 ${p.category} 在 ${p.period} 的数据：没有来源给出该数据。${periodsZh(p)}`,
  derivedInput: (p) =>
    `${p.fn} 只用公布值计算，而${place(p.region, "zh")} ${p.category} 在 ${p.period} 的数据为推算值（由公布数据计算，并非公布值）。${place(p.region, "zh")} ${p.category} 已公布的期间：${p.published || "无"}。`,
  notPublishedSeparately: (p) =>
    `没有来源单独公布 ${p.category} 在 ${p.period} 的数据。锂电池与光伏产品合计（LIB_PV）：${p.combined} 百万元（推算值）。`,
  scopesDiffer: (p) =>
    `${p.fn} 只对统计口径相同的数据相除，而 ${p.period} 的口径不同：${place(p.partRegion, "zh")} ${p.partCategory} 为${p.partScopeZh || UNSCOPED_ZH}；${place(p.totalRegion, "zh")} ${p.totalCategory} 为${p.totalScopeZh || UNSCOPED_ZH}。各项数据可用 EXPORTS 取得，口径见 SOURCE。`,
  withheld: (p) =>
    `${p.region === "ZIBO" ? "" : place(p.region, "zh")}${p.what} 暂不提供：用于计算的公布值互相矛盾（${p.zh}）。公布值保持原样，请核对数据。`,
  growthOnly: (p) =>
    `${p.region === "ZIBO" ? "" : `${regionName(p.region, "zh")} `}${p.category} 在 ${p.period} 只公布了同比增速：${p.yoy}%。${p.scopeZh ? `统计口径：${p.scopeZh}。` : ""}没有来源公布数值；增速请用 ${p.region === "ZIBO" ? "" : "REGION_"}GROWTH。`,
  noUsd: (p) =>
    `${p.category} 在 ${p.period} 没有公布美元数据，也没有来源给出适用的汇率。${p.rated ? `给出汇率的期间：${p.rated}。` : ""}`,
  yoyIsMinus100: () => `同比 -100% 意味着本期为 0，无法推算上年同期基数。`,
  yoyBelowMinus100: () => `出口额的同比降幅不可能超过 100%。`,
  baseIsZero: () => `基数为 0，无法计算同比变化。`,
  negativeValue: (p) => `${p.name} 为 ${p.input}：出口额不能为负数。`,
  outOfRange: () => `结果超出 Excel 可表示的范围。`,
  noGrowth: (p) =>
    `没有来源公布 ${p.category} 在 ${p.period} 的同比增速，也没有 ${p.yearAgo} 的数据可用于计算。`,
  totalIsZero: (p) => `${p.period} 的 TOTAL 为 0，无法计算占比。`,
  noFigures: (p) =>
    `没有来源公布${place(p.region, "zh")}${p.category ? ` ${p.category} ` : ""}的任何数据。`,
  noFiguresBetween: (p) =>
    `没有来源公布${place(p.region ?? "ZIBO", "zh")} ${p.category} 在${spacedZh(p.from, "最早期间")}至${spacedZh(p.to, "最新期间")}之间的数据。${periodsZh(p)}`,
  periodsReversed: (p) => `起始期间（${p.from}）晚于结束期间（${p.to}）。`,
  rangeSizeMismatch: () => `区域大小不一致：此单元格在较短的区域中没有对应的值。`,
  tooManyCells: (p) => `这些区域将产生 ${p.cells} 个单元格，上限为 ${p.limit}。`,
  unexpected: (p) => `意外问题：${p.detail}。请报告此问题。`,
};

/** "The scopes differ: …", naming both sides of a ratio and what each counts. */
const scopeSentence: Record<Language, Template> = {
  en: (p) =>
    `The scopes differ: ${possessive(p.partRegion)} ${p.partCategory} counts ${p.partScopeEn || UNSCOPED_EN}; ${possessive(p.totalRegion)} ${p.totalCategory} counts ${p.totalScopeEn || UNSCOPED_EN}.`,
  zh: (p) =>
    `统计口径不同：${place(p.partRegion, "zh")} ${p.partCategory} 为${p.partScopeZh || UNSCOPED_ZH}；${place(p.totalRegion, "zh")} ${p.totalCategory} 为${p.totalScopeZh || UNSCOPED_ZH}。`,
};

const catalogs: Record<Language, Record<MessageKey, Template>> = { en, zh };

export function formatMessage(key: MessageKey, params: MessageParams, lang: Language): string {
  const text = catalogs[lang][key](params);
  // A refusal of a share across two scopes also says that the scopes differ.
  // Chinese runs sentences on after "。" with no space.
  return params.scopesDiffer
    ? `${text}${lang === "zh" ? "" : " "}${scopeSentence[lang](params)}`
    : text;
}

/** Office display languages zh-* read Chinese; everything else reads English. */
export function languageFor(locale: string | undefined | null): Language {
  return locale && /^zh\b/i.test(locale) ? "zh" : "en";
}
