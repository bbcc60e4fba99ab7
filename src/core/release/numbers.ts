/**
 * Exact decimal scaling: "0.8" × 10² is 80, not 80.00000000000001. Releases write at most a few
 * decimals, so shifting the point in the text is exact where multiplying floats is not.
 */
export function shiftDecimal(digits: string, power: number): number {
  const clean = digits.replace(/,/g, "");
  const negative = clean.startsWith("-");
  const [whole = "0", fraction = ""] = (negative ? clean.slice(1) : clean).split(".");
  let all = whole + fraction;
  let point = whole.length + power;
  if (point < 0) {
    all = "0".repeat(-point) + all;
    point = 0;
  }
  if (point > all.length) all += "0".repeat(point - all.length);
  const text = `${all.slice(0, point) || "0"}.${all.slice(point) || "0"}`;
  return (negative ? -1 : 1) * Number(text);
}

const ZH_DIGITS: Record<string, number> = {
  零: 0,
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
};
const ZH_UNITS: Record<string, number> = { 十: 10, 百: 100, 千: 1000 };

/** 一 … 九千九百九十九 (and 百, 十二) as a number; null for anything else. */
export function chineseNumber(text: string): number | null {
  let total = 0;
  let digit: number | null = null;
  for (const c of text) {
    if (c in ZH_DIGITS) {
      digit = ZH_DIGITS[c]!;
    } else if (c in ZH_UNITS) {
      total += (digit ?? 1) * ZH_UNITS[c]!;
      digit = null;
    } else {
      return null;
    }
  }
  return text === "" ? null : total + (digit ?? 0);
}

/** A number as written: ASCII digits (with thousands commas) or Chinese numerals. */
export function numberText(text: string): string | null {
  if (/^-?\d+(,\d{3})*(\.\d+)?$/.test(text)) return text.replace(/,/g, "");
  const n = chineseNumber(text);
  return n === null ? null : String(n);
}

/** Powers of ten from a unit to million (yuan or dollars). */
export const UNIT_POWER: Record<string, number> = {
  万亿: 6,
  千亿: 5,
  百亿: 4,
  亿: 2,
  千万: 1,
  百万: 0,
  万: -2,
  "": -6,
};
