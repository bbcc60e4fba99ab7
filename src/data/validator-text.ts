import type { core } from "zod";
import { en, zhCN } from "zod/v4/locales";
import { dataMessage, type DataMessage } from "../core";

type Issue = core.$ZodIssue;
type ErrorMap = (issue: core.$ZodRawIssue) => unknown;

const english = en().localeError as ErrorMap;
const chinese = zhCN().localeError as ErrorMap;

/**
 * The schema's own sentences (custom messages in schema.ts) in Chinese. A message not listed
 * here is shown in English in both languages, so a new rule is never silent.
 */
const CUSTOM_ZH: [RegExp, (m: RegExpExecArray) => string][] = [
  [/^lower-case letters, digits and hyphens$/, () => "只能使用小写字母、数字和连字符"],
  [/^a quarter like 2024Q1 or a year like 2023$/, () => "应为季度（如 2024Q1）或年份（如 2023）"],
  [/^a year from (\d+) to (\d+)$/, (m) => `年份应在 ${m[1]} 至 ${m[2]} 之间`],
  [
    /^a derived figure says how it was derived \(derivation\)$/,
    () => "推算数据必须说明推算方法（derivation）",
  ],
  [/^duplicate source id (".*")$/, (m) => `来源 id ${m[1]} 重复`],
  [/^duplicate park id (".*")$/, (m) => `园区 id ${m[1]} 重复`],
  [/^duplicate note id (".*")$/, (m) => `说明 id ${m[1]} 重复`],
  [/^unknown source (".*")$/, (m) => `未知的来源 ${m[1]}`],
  [/^a second figure for (.*)$/, (m) => `${m[1]} 的第二个数据`],
  [
    /^starts with (".*"), which a spreadsheet would run as a formula; remove it$/,
    (m) => `以 ${m[1]} 开头，电子表格会把它当作公式执行；请删除`,
  ],
];

// zod's Chinese sentences keep some type names in English.
const TYPE_NAMES_ZH: Record<string, string> = {
  string: "字符串",
  number: "数字",
  array: "数组",
  object: "对象",
  boolean: "布尔值",
};

/** One validator issue as a sentence in both languages (the pane picks one). */
export function validatorText(issue: Issue): DataMessage {
  return dataMessage("validatorText", { en: issue.message, zh: chineseText(issue) });
}

function chineseText(issue: Issue): string {
  for (const [pattern, translate] of CUSTOM_ZH) {
    const match = pattern.exec(issue.message);
    if (match) return translate(match);
  }
  const raw = issue as unknown as core.$ZodRawIssue;
  // A custom message not in the table stays in English rather than a vaguer generic sentence.
  if (text(english(raw)) !== issue.message) return issue.message;
  const zh = text(chinese(raw));
  if (!zh) return issue.message;
  return zh.replace(/\b(string|number|array|object|boolean)\b/g, (t) => TYPE_NAMES_ZH[t]!);
}

function text(result: unknown): string | null {
  if (typeof result === "string") return result;
  if (result && typeof (result as { message?: unknown }).message === "string")
    return (result as { message: string }).message;
  return null;
}
