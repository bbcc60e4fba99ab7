import type { core } from "zod";
import { en, zhCN } from "zod/v4/locales";
import type { MessageParams } from "../core";

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
  [
    /^a period like 2024Q1, 2024H1, 2024M05, 2023M01-M09 or 2023$/,
    () => "应为期间，如 2024Q1、2024H1、2024M05、2023M01-M09 或 2023",
  ],
  [
    /^a span of months in its canonical form: /,
    () =>
      "应为期间的标准写法：1-3 月写作 2024Q1，1-6 月写作 2024H1，1-12 月写作 2023，单月写作 2024M05，其余写作 2023M01-M09",
  ],
  [
    /^a figure gives a value \(valueCnyMn\), a growth rate \(yoyPct\) or both$/,
    () => "数据应给出数值（valueCnyMn）、同比增速（yoyPct）或两者",
  ],
  [
    /^a US dollar value comes with its value in yuan \(valueCnyMn\)$/,
    () => "给出美元数值时须同时给出人民币数值（valueCnyMn）",
  ],
  [
    /^a scope note is given in both languages \(scopeEn and scopeZh\)$/,
    () => "统计口径说明须同时给出中英文（scopeEn 和 scopeZh）",
  ],
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

/**
 * The Chinese template of the `validatorText` message: the issue (see validator-text.ts) in
 * zod's Chinese locale, or the schema's own sentence in Chinese.
 */
export function validatorTextZh(params: MessageParams): string {
  const message = String(params.en);
  for (const [pattern, translate] of CUSTOM_ZH) {
    const match = pattern.exec(message);
    if (match) return translate(match);
  }
  const raw = JSON.parse(String(params.issue)) as core.$ZodRawIssue;
  // A custom message not in the table stays in English rather than a vaguer generic sentence.
  if (text(english(raw)) !== message) return message;
  const zh = text(chinese(raw));
  if (!zh) return message;
  return zh.replace(/\b(string|number|array|object|boolean)\b/g, (t) => TYPE_NAMES_ZH[t]!);
}

function text(result: unknown): string | null {
  if (typeof result === "string") return result;
  if (result && typeof (result as { message?: unknown }).message === "string")
    return (result as { message: string }).message;
  return null;
}
