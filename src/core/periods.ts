import { fail, ok, type Result } from "./result";
import { normalizeText } from "./text";

/** A calendar quarter, or a whole year when `quarter` is null. */
export interface Period {
  year: number;
  quarter: 1 | 2 | 3 | 4 | null;
}

/** Years the add-in accepts; bare numbers in this range are years, larger ones Excel date serials. */
export const MIN_YEAR = 1990;
export const MAX_YEAR = 2100;

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;
const CHINESE_DIGITS: Record<string, number> = { 一: 1, 二: 2, 三: 3, 四: 4 };

const QUARTER_PATTERNS: { re: RegExp; year: number; quarter: number }[] = [
  { re: /^(\d{4}) ?[-/ ]? ?q([1-4])$/, year: 1, quarter: 2 },
  { re: /^q([1-4]) ?[-/ ]? ?(\d{4})$/, year: 2, quarter: 1 },
  { re: /^(\d{4}) ?年? ?第?([1-4一二三四]) ?季度?$/, year: 1, quarter: 2 },
  { re: /^(\d{4}) ?年 ?q([1-4])$/, year: 1, quarter: 2 },
];
const YEAR_PATTERN = /^(\d{4}) ?年?$/;

/** The canonical text of a period: `2024Q1` or `2023`. */
export function periodKey(p: Period): string {
  return p.quarter === null ? String(p.year) : `${p.year}Q${p.quarter}`;
}

/** Parses what a user types or a cell holds: quarter text, a year, or an Excel date serial. */
export function parsePeriod(input: unknown): Result<Period> {
  if (typeof input === "number") return periodFromNumber(input);
  const raw = input == null ? "" : String(input);
  if (raw.trim() === "") return fail("invalidValue", "missingArgument", { name: "period" });
  const text = normalizeText(raw);
  for (const { re, year, quarter } of QUARTER_PATTERNS) {
    const m = re.exec(text);
    if (m) return checked(Number(m[year]), toQuarter(m[quarter]), raw);
  }
  const y = YEAR_PATTERN.exec(text);
  if (y) return checked(Number(y[1]), null, raw);
  return badPeriod(raw);
}

/** Parses a stored period key strictly (`2024Q1` or `2023`); for data files, not user input. */
export function parsePeriodKey(key: string): Period | null {
  const m = /^(\d{4})(?:Q([1-4]))?$/.exec(key);
  if (!m) return null;
  const year = Number(m[1]);
  if (year < MIN_YEAR || year > MAX_YEAR) return null;
  return { year, quarter: m[2] ? (Number(m[2]) as Period["quarter"]) : null };
}

export function yearAgo(p: Period): Period {
  return { year: p.year - 1, quarter: p.quarter };
}

/** Orders periods oldest first; a year sorts after its four quarters. */
export function comparePeriods(a: Period, b: Period): number {
  return a.year - b.year || (a.quarter ?? 5) - (b.quarter ?? 5);
}

function periodFromNumber(n: number): Result<Period> {
  if (!Number.isFinite(n)) return badPeriod(String(n));
  if (Number.isInteger(n) && n >= MIN_YEAR && n <= MAX_YEAR) return ok({ year: n, quarter: null });
  if (n < 1) return badPeriod(String(n));
  const date = new Date(EXCEL_EPOCH_MS + Math.floor(n) * DAY_MS);
  const quarter = (Math.floor(date.getUTCMonth() / 3) + 1) as Period["quarter"];
  return checked(date.getUTCFullYear(), quarter, String(n));
}

function toQuarter(text: string): Period["quarter"] {
  return (CHINESE_DIGITS[text] ?? Number(text)) as Period["quarter"];
}

function checked(year: number, quarter: Period["quarter"], raw: string): Result<Period> {
  if (year < MIN_YEAR || year > MAX_YEAR) return badPeriod(raw);
  return ok({ year, quarter });
}

function badPeriod(raw: string): Result<Period> {
  return fail("invalidValue", "badPeriod", { input: raw.slice(0, 60) });
}
