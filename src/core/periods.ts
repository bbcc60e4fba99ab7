import type { Language } from "./localized";
import { fail, ok, type Result } from "./result";
import { normalizeText } from "./text";

/**
 * A span of months in one year, as statistics are published: a quarter (`2024Q1`, months 1–3), a
 * half (`2024H1`), a month (`2024M05`), a year-to-date total (`2023M01-M09`) or a year (`2023`).
 */
export interface Period {
  year: number;
  /** First month of the span, 1–12. */
  first: number;
  /** Last month of the span, first–12. */
  last: number;
}

/** What a span is, which decides its canonical text and its labels. */
export type PeriodShape = "year" | "half" | "quarter" | "month" | "span";

/** Years the add-in accepts; bare numbers in this range are years, larger ones Excel date serials. */
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const CHINESE_NUMBERS: Record<string, number> = {
  一: 1,
  二: 2,
  两: 2,
  三: 3,
  四: 4,
  五: 5,
  六: 6,
  七: 7,
  八: 8,
  九: 9,
  十: 10,
  十一: 11,
  十二: 12,
};
const MONTHS = [
  "jan",
  "feb",
  "mar",
  "apr",
  "may",
  "jun",
  "jul",
  "aug",
  "sep",
  "oct",
  "nov",
  "dec",
] as const;
const MONTH_NAMES_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const QUARTER_ZH = ["", "一", "二", "三", "四"];

export function makePeriod(year: number, first: number, last: number): Period {
  return { year, first, last };
}
export const quarterPeriod = (year: number, q: number): Period =>
  makePeriod(year, q * 3 - 2, q * 3);
export const yearPeriod = (year: number): Period => makePeriod(year, 1, 12);

export function periodShape(p: Period): PeriodShape {
  if (p.first === 1 && p.last === 12) return "year";
  if (p.first === p.last) return "month";
  if (p.last - p.first === 2 && p.first % 3 === 1) return "quarter";
  if (p.last - p.first === 5 && (p.first === 1 || p.first === 7)) return "half";
  return "span";
}

/** The quarter number when the span is exactly a quarter, else null. */
export function quarterOf(p: Period): 1 | 2 | 3 | 4 | null {
  return periodShape(p) === "quarter" ? (((p.first - 1) / 3 + 1) as 1 | 2 | 3 | 4) : null;
}

/**
 * A year-to-date total beyond the first quarter: January to a later month (1–5月, 上半年,
 * 前三季度, 全年). A quarter, a half-year's second half or a month is a discrete span.
 */
export function isCumulative(p: Period): boolean {
  return p.first === 1 && p.last > 1 && p.last !== 3;
}

/** The canonical text: `2023`, `2024Q1`, `2024H1`, `2024M05`, `2023M01-M09`. */
export function periodKey(p: Period): string {
  const m = (n: number) => `M${String(n).padStart(2, "0")}`;
  switch (periodShape(p)) {
    case "year":
      return String(p.year);
    case "quarter":
      return `${p.year}Q${quarterOf(p)}`;
    case "half":
      return `${p.year}H${p.first === 1 ? 1 : 2}`;
    case "month":
      return `${p.year}${m(p.first)}`;
    default:
      return `${p.year}${m(p.first)}-${m(p.last)}`;
  }
}

/** The period as a reader says it: `January–September 2023`, `2023年前三季度`. */
export function periodLabel(p: Period, lang: Language): string {
  return periodLabels[lang](p, periodShape(p));
}

// Each language says a span in its own grammar.
const periodLabels: Record<Language, (p: Period, shape: PeriodShape) => string> = {
  en: (p, shape) => {
    if (shape === "year") return String(p.year);
    if (shape === "quarter") return `Q${quarterOf(p)} ${p.year}`;
    if (shape === "half") return `${p.first === 1 ? "first" : "second"} half of ${p.year}`;
    if (shape === "month") return `${MONTH_NAMES_EN[p.first - 1]} ${p.year}`;
    return `${MONTH_NAMES_EN[p.first - 1]}–${MONTH_NAMES_EN[p.last - 1]} ${p.year}`;
  },
  zh: (p, shape) => {
    const y = `${p.year}年`;
    if (shape === "year") return `${y}全年`;
    if (shape === "quarter") return `${y}第${QUARTER_ZH[quarterOf(p)!]}季度`;
    if (shape === "half") return `${y}${p.first === 1 ? "上" : "下"}半年`;
    if (shape === "month") return `${y}${p.first}月`;
    if (p.first === 1 && p.last === 9) return `${y}前三季度`;
    return `${y}${p.first}-${p.last}月`;
  },
};

// Patterns over normalized text (NFKC, lower case, single spaces). Each returns [year, first, last].
type Reader = (m: RegExpExecArray) => [number, number, number] | null;
const year4 = (s: string) => Number(s);
const year2 = (s: string) => 2000 + Number(s);
const q = (y: number, n: number): [number, number, number] => [y, n * 3 - 2, n * 3];
const h = (y: number, n: number): [number, number, number] => [y, n * 6 - 5, n * 6];
const monthOf = (s: string) => MONTHS.indexOf(s.slice(0, 3) as (typeof MONTHS)[number]) + 1;
const zhNumber = (s: string) => CHINESE_NUMBERS[s] ?? Number(s);
const MONTH_WORD =
  "(jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?";
const DASH = " ?(?:-|–|—|~|～|to|至|到) ?";
const SEP = " ?[-/ ]? ?";
const ZH_NUM = "(1[0-2]|[1-9]|十[一二]?|[一二两三四五六七八九])";
/** All a date may be followed by: a time of day (`2024-03-31 23:59`, `2024-03-31T08:00:00Z`). */
const TIME_OF_DAY =
  "(?:(?: |t) ?\\d{1,2}:\\d{2}(?::\\d{2}(?:\\.\\d+)?)?(?: ?[ap]m)?(?:z|[+-]\\d{2}:?\\d{2})?)?";
/** A date at the start of the text: whatever follows it must be a time of day. */
const LEADING_DATE = /^\d{4}(?:[-/.]\d{1,2}[-/.]\d{1,2}|年\d{1,2}月\d{1,2}日)/;
const FOUR_DIGITS = /(?<!\d)\d{4}(?!\d)/g;

const PATTERNS: [RegExp, Reader][] = [
  // Quarters
  [new RegExp(`^(\\d{4})${SEP}q([1-4])$`), (m) => q(year4(m[1]), +m[2])],
  [new RegExp(`^q([1-4])${SEP}(\\d{4})$`), (m) => q(year4(m[2]), +m[1])],
  [/^([1-4])q(\d{2})$/, (m) => q(year2(m[2]), +m[1])], // 1Q24
  [/^q([1-4]) ?[-/ ] ?(\d{2})$/, (m) => q(year2(m[2]), +m[1])], // Q1-24
  [/^(\d{4}) ?年? ?第?([1-4一二三四]) ?季度?$/, (m) => q(year4(m[1]), zhNumber(m[2]))],
  [/^(\d{4}) ?年 ?q([1-4])$/, (m) => q(year4(m[1]), +m[2])],
  // Runs of quarters: 2023Q1-Q3, Q1-Q3 2023
  [
    new RegExp(`^(\\d{4})${SEP}q([1-4])${DASH}(?:\\d{4} ?)?q([1-4])$`),
    (m) => [year4(m[1]), +m[2] * 3 - 2, +m[3] * 3],
  ],
  [
    new RegExp(`^q([1-4])${DASH}q([1-4])${SEP}(\\d{4})$`),
    (m) => [year4(m[3]), +m[1] * 3 - 2, +m[2] * 3],
  ],
  // Halves
  [new RegExp(`^(\\d{4})${SEP}h([12])$`), (m) => h(year4(m[1]), +m[2])],
  [new RegExp(`^h([12])${SEP}(\\d{4})$`), (m) => h(year4(m[2]), +m[1])],
  [/^([12])h(\d{2})$/, (m) => h(year2(m[2]), +m[1])],
  [/^(\d{4}) ?年? ?([上下])半年$/, (m) => h(year4(m[1]), m[2] === "上" ? 1 : 2)],
  // Chinese year-to-date and month forms
  [/^(\d{4}) ?年? ?前[三3]季度?$/, (m) => [year4(m[1]), 1, 9]],
  [
    new RegExp(`^(\\d{4}) ?年 ?第?([1-4一二三四])${DASH}第?([1-4一二三四]) ?季度$`),
    (m) => [year4(m[1]), zhNumber(m[2]) * 3 - 2, zhNumber(m[3]) * 3],
  ],
  [/^(\d{4}) ?年? ?(?:全年|年度)$/, (m) => [year4(m[1]), 1, 12]],
  [
    new RegExp(`^(\\d{4}) ?年 ?${ZH_NUM} ?月?${DASH}${ZH_NUM} ?月(?:份)?$`),
    (m) => [year4(m[1]), zhNumber(m[2]), zhNumber(m[3])],
  ],
  [new RegExp(`^(\\d{4}) ?年 ?前${ZH_NUM}个?月$`), (m) => [year4(m[1]), 1, zhNumber(m[2])]],
  [
    new RegExp(`^(\\d{4}) ?年 ?${ZH_NUM} ?月(?:份)?$`),
    (m) => [year4(m[1]), zhNumber(m[2]), zhNumber(m[2])],
  ],
  // Month codes: 2024M05, 2023M01-M09
  [/^(\d{4}) ?-? ?m(\d{1,2})$/, (m) => [year4(m[1]), +m[2], +m[2]]],
  [
    new RegExp(`^(\\d{4}) ?-? ?m(\\d{1,2})${DASH}m?(\\d{1,2})$`),
    (m) => [year4(m[1]), +m[2], +m[3]],
  ],
  // Month names: May 2024, 2024 May, Jan-Sep 2023, 2023 Jan-Sep
  [new RegExp(`^${MONTH_WORD}${SEP}(\\d{4})$`), (m) => monthSpan(m[2], m[1], m[1])],
  [new RegExp(`^(\\d{4})${SEP}${MONTH_WORD}$`), (m) => monthSpan(m[1], m[2], m[2])],
  [
    new RegExp(`^${MONTH_WORD}${DASH}${MONTH_WORD},? ?(\\d{4})$`),
    (m) => monthSpan(m[3], m[1], m[2]),
  ],
  [
    new RegExp(`^(\\d{4}),? ?${MONTH_WORD}${DASH}${MONTH_WORD}$`),
    (m) => monthSpan(m[1], m[2], m[3]),
  ],
  // ISO month (2024-05) and ISO dates: a date means the quarter it falls in.
  [/^(\d{4})-(\d{2})$/, (m) => [year4(m[1]), +m[2], +m[2]]],
  [
    new RegExp(`^(\\d{4})[-/.](\\d{1,2})[-/.](\\d{1,2})${TIME_OF_DAY}$`),
    (m) => quarterOfDate(m[1], m[2], m[3]),
  ],
  [
    new RegExp(`^(\\d{4})年(\\d{1,2})月(\\d{1,2})日${TIME_OF_DAY}$`),
    (m) => quarterOfDate(m[1], m[2], m[3]),
  ],
  // Years
  [/^(\d{4}) ?年?$/, (m) => [year4(m[1]), 1, 12]],
];

/** Text dates whose day and month order is a matter of locale: refused with a message, never guessed. */
const LOCALE_DATE = /^\d{1,2}[-/.]\d{1,2}[-/.]\d{2,4}$/;

function monthSpan(y: string, from: string, to: string): [number, number, number] {
  return [year4(y), monthOf(from), monthOf(to)];
}

function quarterOfDate(y: string, mo: string, d: string): [number, number, number] | null {
  const year = year4(y);
  const month = Number(mo);
  const day = Number(d);
  const date = new Date(Date.UTC(year, month - 1, day));
  if (date.getUTCMonth() !== month - 1 || date.getUTCDate() !== day) return null;
  return q(year, Math.floor((month - 1) / 3) + 1);
}

/** Parses what a user types or a cell holds: any period form, a year, or an Excel date serial. */
export function parsePeriod(input: unknown): Result<Period> {
  if (typeof input === "number") return periodFromNumber(input);
  const raw = input == null ? "" : String(input);
  if (raw.trim() === "") return fail("invalidValue", "missingArgument", { name: "period" });
  const text = normalizeText(raw);
  if (LOCALE_DATE.test(text)) {
    return fail("invalidValue", "ambiguousDate", { input: raw.slice(0, 60) });
  }
  for (const [re, read] of PATTERNS) {
    const m = re.exec(text);
    if (!m) continue;
    if (namesTwoYears(text)) return notOneSpan(raw);
    const span = read(m);
    return span ? checked(span, raw) : badPeriod(raw);
  }
  // Never cut a range to its first part: two years, or a date followed by more than a time of
  // day, is not one span inside one year.
  if (namesTwoYears(text) || LEADING_DATE.test(text)) return notOneSpan(raw);
  return badPeriod(raw);
}

/** Whether the text names two different years (`2024Q1-2025Q1`, `2023年1月至2024年3月`). */
function namesTwoYears(text: string): boolean {
  return new Set(text.match(FOUR_DIGITS) ?? []).size > 1;
}

/** Parses a stored period key strictly (only the canonical text); for data files, not user input. */
export function parsePeriodKey(key: string): Period | null {
  const m = /^(\d{4})(?:Q([1-4])|H([12])|M(\d{2})(?:-M(\d{2}))?)?$/.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  let span: [number, number, number];
  if (m[2]) span = q(year, Number(m[2]));
  else if (m[3]) span = h(year, Number(m[3]));
  else if (m[4]) span = [year, Number(m[4]), Number(m[5] ?? m[4])];
  else span = [year, 1, 12];
  const parsed = checked(span, key);
  if (!parsed.ok || periodKey(parsed.value) !== key) return null;
  return parsed.value;
}

export function yearAgo(p: Period): Period {
  return { year: p.year - 1, first: p.first, last: p.last };
}

/** Orders periods oldest first: by year, then by last month, then shorter before longer. */
export function comparePeriods(a: Period, b: Period): number {
  return a.year - b.year || a.last - b.last || b.first - a.first;
}

/** Whether `inner` lies inside `outer`. */
export function periodWithin(inner: Period, outer: Period): boolean {
  return inner.year === outer.year && inner.first >= outer.first && inner.last <= outer.last;
}

function periodFromNumber(n: number): Result<Period> {
  if (!Number.isFinite(n)) return badPeriod(String(n));
  if (Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR) return ok(yearPeriod(n));
  if (n < 1) return badPeriod(String(n));
  const date = new Date(EXCEL_EPOCH_MS + Math.floor(n) * DAY_MS);
  return checked(q(date.getUTCFullYear(), Math.floor(date.getUTCMonth() / 3) + 1), String(n));
}

function checked([year, first, last]: [number, number, number], raw: string): Result<Period> {
  if (year < MIN_YEAR || year > MAX_YEAR) return badPeriod(raw);
  if (!(first >= 1 && first <= last && last <= 12)) return badPeriod(raw);
  return ok({ year, first, last });
}

function notOneSpan(raw: string): Result<Period> {
  return fail("invalidValue", "notOneSpan", { input: raw.slice(0, 60) });
}

function badPeriod(raw: string): Result<Period> {
  return fail("invalidValue", "badPeriod", { input: raw.slice(0, 60) });
}
