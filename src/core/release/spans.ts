import { chineseNumber } from "./numbers";

/** A span a release names, its year as written: a number, relative (今年, 去年) or not given. */
export interface SpanMark {
  at: number;
  end: number;
  text: string;
  year: { kind: "named"; year: number } | { kind: "relative"; offset: number } | { kind: "none" };
  first: number;
  last: number;
}

const M = "(?:1[0-2]|0?[1-9]|十[一二]?|[一二两三四五六七八九])";
const YEAR = "(?:(\\d{4})\\s*年|(今年|去年|前年|本年|上年))";
const SPAN_WORDS =
  "前[三3]季度" +
  "|第?[一二三四1-4]季度" +
  "|[上下]半年" +
  "|全年" +
  `|${M}\\s*月?\\s*(?:-|—|–|~|至|到)\\s*${M}\\s*月份?` +
  `|前${M}个?月` +
  `|${M}\\s*月份?(?!\\s*\\d{1,2}\\s*日)(?![\\d份])`;
const SPAN_RE = new RegExp(
  `${YEAR}?\\s*(?:的)?\\s*(${SPAN_WORDS})|${YEAR}(?!\\s*(?:\\d|[一二三四五六七八九十]{1,2}月|同期|以来|底|末|初|中|起|开始))`,
  "g",
);

const RELATIVE: Record<string, number> = { 今年: 0, 本年: 0, 去年: -1, 上年: -1, 前年: -2 };
const QUARTER: Record<string, number> = {
  一: 1,
  二: 2,
  三: 3,
  四: 4,
  "1": 1,
  "2": 2,
  "3": 3,
  "4": 4,
};

const monthNumber = (s: string) => (/^\d+$/.test(s) ? Number(s) : (chineseNumber(s) ?? 0));

/**
 * The spans a sentence names, in order. A year compared against (比2022年, 较上年) or a base
 * (去年同期) is not a span of a figure; a date (4月17日) is not a span at all.
 */
export function findSpans(folded: string): SpanMark[] {
  const marks: SpanMark[] = [];
  for (const m of folded.matchAll(SPAN_RE)) {
    const at = m.index;
    const end = at + m[0].length;
    if (/(比|较|与|同)\s*$/.test(folded.slice(Math.max(0, at - 2), at))) continue;
    if (/^\s*同期/.test(folded.slice(end))) continue;
    const named = m[1] ?? m[4];
    const relative = m[2] ?? m[5];
    const year: SpanMark["year"] = named
      ? { kind: "named", year: Number(named) }
      : relative
        ? { kind: "relative", offset: RELATIVE[relative]! }
        : { kind: "none" };
    const months = m[3] === undefined ? [1, 12] : monthsOf(m[3]);
    if (!months) continue;
    marks.push({ at, end, text: m[0], year, first: months[0], last: months[1] });
  }
  return marks;
}

function monthsOf(words: string): [number, number] | null {
  const w = words.replace(/\s+/g, "");
  if (/^前[三3]季度$/.test(w)) return [1, 9];
  const quarter = /^第?([一二三四1-4])季度$/.exec(w);
  if (quarter) {
    const q = QUARTER[quarter[1]!]!;
    return [q * 3 - 2, q * 3];
  }
  if (w === "上半年") return [1, 6];
  if (w === "下半年") return [7, 12];
  if (w === "全年") return [1, 12];
  const before = /^前(.+?)个?月$/.exec(w);
  if (before) return checked(1, monthNumber(before[1]!));
  const range = /^(.+?)月?(?:-|—|–|~|至|到)(.+?)月份?$/.exec(w);
  if (range) return checked(monthNumber(range[1]!), monthNumber(range[2]!));
  const month = /^(.+?)月份?$/.exec(w);
  if (month) {
    const n = monthNumber(month[1]!);
    return checked(n, n);
  }
  return null;
}

function checked(first: number, last: number): [number, number] | null {
  return first >= 1 && first <= last && last <= 12 ? [first, last] : null;
}
