import type { core } from "zod";
import type { MessageParams } from "../core";
import { kindOf, validatorWords, valuesText } from "./validator-words";

type Issue = core.$ZodRawIssue & Record<string, never>;

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

/** The kinds of JSON value in Chinese (validator-words.ts has the English). */
const KINDS_ZH: Record<string, string> = {
  string: "文本",
  number: "数字",
  array: "列表 [ … ]",
  object: "对象 { … }",
  boolean: "true 或 false",
  null: "null",
};

/**
 * The Chinese template of the `validatorText` message: the schema's own sentence in Chinese, or
 * the issue (see validator-text.ts) in the same words as validator-words.ts gives in English.
 */
export function validatorTextZh(params: MessageParams): string {
  const message = String(params.en);
  for (const [pattern, translate] of CUSTOM_ZH) {
    const match = pattern.exec(message);
    if (match) return translate(match);
  }
  const issue = JSON.parse(String(params.issue)) as Issue;
  // A custom message not in the table stays in English rather than a vaguer generic sentence.
  if (validatorWords(issue) !== message) return message;
  return wordsZh(issue);
}

function wordsZh(i: Issue): string {
  const unit = i.origin === "string" ? " 个字符" : i.origin === "array" ? " 项" : "";
  switch (i.code) {
    case "invalid_type":
      return i.input === undefined
        ? "必填，但缺少此项"
        : `应为${KINDS_ZH[i.expected] ?? i.expected}，而不是${KINDS_ZH[kindOf(i.input)]}`;
    case "invalid_value":
      return `应为 ${valuesText(i.values, " 或 ")}`;
    case "too_big":
      return unit ? `最多 ${i.maximum}${unit}` : `不能大于 ${i.maximum}`;
    case "too_small":
      if (!unit) return `不能小于 ${i.minimum}`;
      return Number(i.minimum) === 1 ? "不能为空" : `至少 ${i.minimum}${unit}`;
    case "invalid_format":
      return i.format === "date" ? "应为日期，如 2024-05-20" : "格式不符合要求";
    case "unrecognized_keys":
      return `含有数据集格式中没有的字段：${i.keys.join("、")}`;
    case "invalid_union":
      return i.options
        ? `应为 ${valuesText(i.options, " 或 ")}：这不是淄博新三样的数据集文件`
        : "不符合数据集格式允许的任何形式";
    default:
      return "不符合数据集格式允许的任何形式";
  }
}
