import type { Language, ZiboError } from "../../core";

/**
 * The formula picker's own words, in both languages: the marks beside spans and categories, the
 * preview and the refusals of a field. They come with the picker's code, not with the pane's
 * start-up tables.
 */
export interface PickerWords {
  /** A span or category whose figure is computed from published ones. */
  derived: string;
  /** Why a span gives #N/A for the function chosen, by the error's message key. */
  naBecause: Partial<Record<string, string>> & { other: string };
  category: { growthOnly: string; notSeparately: string; notPublished: string };
  latest: string;
  forms: Record<"published" | "quarters" | "ytd" | "growth", string>;
  answer: (value: string) => string;
  fromCells: (refs: string) => string;
  rows: (p: { count: number; first: string; last: string }) => string;
  parks: (count: string) => string;
  percent: string;
  notNumber: (param: string) => string;
  notDate: (param: string) => string;
  /** A mark in brackets after a name, as each language writes it. */
  marked: (name: string, mark: string) => string;
}

const en: PickerWords = {
  derived: "derived",
  naBecause: {
    growthOnly: "growth rate only: #N/A",
    noGrowth: "no growth rate: #N/A",
    derivedInput: "derived input: #N/A",
    notPublishedSeparately: "not published separately: #N/A",
    noUsd: "no dollar rate: #N/A",
    withheld: "withheld: #N/A",
    other: "not published: #N/A",
  },
  category: {
    growthOnly: "growth rates only",
    notSeparately: "not published separately",
    notPublished: "not published",
  },
  latest: "latest (the newest span with an answer)",
  forms: {
    published: "published: every span",
    quarters: "quarters",
    ytd: "year-to-date totals",
    growth: "growth rates",
  },
  answer: (value) => `Answer: ${value}`,
  fromCells: (refs) => `Computed in the cell from ${refs}.`,
  rows: (p) => `${p.count} ${p.count === 1 ? "row" : "rows"}, ${p.first} to ${p.last}`,
  parks: (count) => `${count} parks`,
  percent: " %",
  notNumber: (param) =>
    `Nothing was inserted: ${param} must be a number or a cell, such as 80 or A1.`,
  notDate: (param) =>
    `Nothing was inserted: ${param} must be a date such as 2024-06-01, or a cell such as B2.`,
  marked: (name, mark) => `${name} (${mark})`,
};

const zh: PickerWords = {
  derived: "推算",
  naBecause: {
    growthOnly: "仅公布增速：#N/A",
    noGrowth: "无增速：#N/A",
    derivedInput: "含推算数：#N/A",
    notPublishedSeparately: "未单独公布：#N/A",
    noUsd: "无美元汇率：#N/A",
    withheld: "暂不提供：#N/A",
    other: "未公布：#N/A",
  },
  category: { growthOnly: "仅公布增速", notSeparately: "未单独公布", notPublished: "未公布" },
  latest: "最新（有结果的最新一期）",
  forms: { published: "公布：全部期间", quarters: "按季度", ytd: "累计", growth: "增速" },
  answer: (value) => `结果：${value}`,
  fromCells: (refs) => `由单元格 ${refs} 计算，结果见单元格。`,
  rows: (p) => `${p.count} 行，${p.first} 至 ${p.last}`,
  parks: (count) => `${count} 个园区`,
  percent: "%",
  notNumber: (param) => `未插入公式：“${param}”必须是数字或单元格，例如 80 或 A1。`,
  notDate: (param) => `未插入公式：“${param}”必须是日期（例如 2024-06-01）或单元格（例如 B2）。`,
  marked: (name, mark) => `${name}（${mark}）`,
};

export const PICKER_WORDS: Record<Language, PickerWords> = { en, zh };

/** How Excel writes an error kind in a cell. */
export const ERROR_TEXT: Record<ZiboError["code"], string> = {
  invalidValue: "#VALUE!",
  notAvailable: "#N/A",
  divisionByZero: "#DIV/0!",
  invalidNumber: "#NUM!",
};
