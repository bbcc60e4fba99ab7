import type { MessageParams } from "./messages";

// The same shape as data-messages.ts's Template; not imported from there, which names these keys.
type Template = (p: MessageParams) => string;

/**
 * The English of the file readers' problems (JSON syntax details, CSV cells, file encodings):
 * they come with the readers, loaded on the first import or the first file with a problem, so the
 * pane starts without them. `fileMessage` (file-message.ts) makes one and adds this English.
 */
export const enFileMessages = {
  futurePeriod: (p) => `${p.period} is more than one quarter after today.`,
  futurePublished: (p) =>
    `published ${p.date} is after today (${p.today}); a release cannot be dated in the future. Check the year.`,
  futureAsOf: (p) =>
    `asOf ${p.asOf} is after today (${p.today}); a dataset cannot be dated in the future. Check the year.`,
  // A feed address that answers with a file that is not a dataset: its first problem, in words.
  feedUrlInvalidFile: (p) =>
    `The address serves a file that is not a dataset this add-in reads; first problem: ${p.first}${Number(p.count) > 1 ? ` (${p.count} problems in all)` : ""}.`,
  unknownFileType: (p) => `"${p.name}" is neither a .json nor a .csv file.`,
  unknownEncoding: () =>
    `The file's text encoding was not recognised; in Excel, save it as "CSV UTF-8 (Comma delimited)" and import it again.`,
  readAsGbk: () =>
    `The file is not UTF-8; it was read as GBK (as Excel on Chinese Windows saves CSV). If its text looks wrong, save it as "CSV UTF-8 (Comma delimited)" and import it again.`,
  jsonExpectedKey: () => `expected a property name in double quotes`,
  jsonExpectedColon: () => `expected ":" after a property name`,
  jsonExpectedComma: (p) => `expected "," or "${p.close}"`,
  jsonUnexpected: (p) => `unexpected ${p.char}; expected a value`,
  jsonEnded: () => `the text ends where a value was expected`,
  jsonTrailing: () => `unexpected text after the end of the JSON`,
  jsonBadEscape: () => `invalid escape in a string`,
  jsonControlChar: () => `a line break or control character inside a string`,
  jsonUnclosed: () => `a string that is never closed`,
  jsonDuplicateKey: (p) => `the property ${p.name} appears twice`,
  fileTooLarge: (p) => `The file is larger than ${p.limit} MB.`,
  tooDeep: (p) => `nested more than ${p.limit} levels deep`,
  csvUnclosedQuote: () => `a quoted field is never closed`,
  csvStrayQuote: () => `a quote inside a field that does not start with a quote`,
  csvHeader: (p) => `The first line must be the header ${p.expected}`,
  csvFieldCount: (p) => `expected ${p.expected} fields, found ${p.found}`,
  csvSyntax: (p) => `CSV syntax error: ${p.detail}`,
  csvNoRows: () => `The file has a header but no figures.`,
  tooManyRows: (p) => `more than ${p.max} rows; split the file.`,
  formulaCell: (p) =>
    `${p.column} starts with "${p.char}", which a spreadsheet would run as a formula; remove it.`,
  required: (p) => `${p.column} is required.`,
  notNumber: (p) => `${p.column} must be a plain number like 95 or 12.5; got "${p.input}".`,
  decimalComma: (p) =>
    `${p.column} has a decimal comma: write ${p.fixed}, not ${p.input} (or save the file from Excel as "CSV UTF-8 (Comma delimited)").`,
  negativeValue: (p) => `${p.column} cannot be negative: exports are never below zero.`,
  tooBig: (p) => `${p.column} is larger than ${p.max}.`,
  yoyTooLow: (p) => `${p.column} cannot be below -100 %.`,
  badPeriodCell: (p) =>
    `"${p.input}" is not a period; write a quarter as 2024Q2, a half as 2024H1, a month as 2024M05, a year-to-date span as 2024M01-M05 or a year as 2024.`,
  periodAcrossYears: (p) =>
    `"${p.input}" is not one period: a period is a span of months within one year (2024Q2, 2024M01-M05); give each period its own row.`,
  valueOrRate: () =>
    `value_cny_mn is required unless yoy_pct gives a growth rate published without a value.`,
  badCategoryCell: (p) => `"${p.input}" is not a category; use one of ${p.valid}.`,
  badUrl: (p) => `"${p.input}" is not an http or https URL.`,
  badDate: (p) => `"${p.input}" is not a date like 2024-07-15.`,
  tooLong: (p) => `${p.column} is longer than ${p.max} characters.`,
  duplicateRow: (p) => `a second row for ${p.category} ${p.period} (first on line ${p.firstLine}).`,
} satisfies Record<string, Template>;

export type FileMessageKey = keyof typeof enFileMessages;
