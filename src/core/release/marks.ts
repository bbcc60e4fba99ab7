import type { RegionCode } from "../regions";
import { numberText, shiftDecimal, UNIT_POWER } from "./numbers";
import {
  CONTRIBUTION,
  DECLINE,
  OTHER_GOODS,
  OTHER_PLACES,
  PRODUCT_WORDS,
  RATE_WORDS,
  REGION_WORDS,
  SHARE,
  type ProductWord,
} from "./words";

/* What a sentence holds, found by its words: numbers, places and subjects, with their positions. */

export interface Token {
  kind: "cny" | "usd" | "rate";
  at: number;
  end: number;
  text: string;
  value: number;
  respectively: boolean;
  each: boolean;
}

export interface Group {
  at: number;
  end: number;
  items: ProductWord[] | null;
  word: string;
}

export interface Place {
  at: number;
  code: RegionCode | null;
  word: string;
}

/** What a number is, from the words between it and the number before it. */
export function classify(token: Token, window: string): string {
  if (token.kind !== "rate") {
    if (/(增长|增加|减少|下降|提高|降低)了?(达|为)?\s*$/.test(window)) return "change";
    if (/(去年|上年)同期[^，,；;。]*$/.test(window)) return "yearAgo";
    return "value";
  }
  const word = [...window.matchAll(RATE_WORDS)].at(-1)?.[0];
  if (!word) return "notRate";
  if (SHARE.test(word)) return "share";
  if (CONTRIBUTION.test(word)) return "contribution";
  if (token.text.endsWith("倍") && DECLINE.test(word)) return "notRate";
  return DECLINE.test(word) ? "decline" : "growth";
}

const AMOUNT =
  /(?<![\d.])(\d+(?:,\d{3})*(?:\.\d+)?|[一二两三四五六七八九十百千]+)\s*([多余])?\s*(?:(万亿|千亿|百亿|亿|千万|百万|万)\s*(美元|元)?|(美元|元))(?:人民币)?/g;
const RATE = /(?<![\d.])(-?\d+(?:\.\d+)?)\s*(%|倍)/g;

export function findTokens(folded: string): Token[] {
  const tokens: Token[] = [];
  for (const m of folded.matchAll(AMOUNT)) {
    const [whole, digits, , unit, unitCurrency, bareCurrency] = m;
    const currency = unitCurrency ?? bareCurrency;
    const after = folded.slice(m.index + whole.length);
    if (!currency) {
      // 万 with no currency is a count (10万辆); 亿 with none is yuan, as headlines write it
      // (1.06万亿), unless a measure word follows (1.2亿件).
      if (!/亿$/.test(unit ?? "")) continue;
      if (/^[\u4e00-\u9fff]/.test(after) && !/^[的和及、增同比出较左以多余]/.test(after)) continue;
    }
    const number = numberText(digits!);
    if (number === null) continue;
    tokens.push({
      kind: currency === "美元" ? "usd" : "cny",
      at: m.index,
      end: m.index + whole.length,
      text: whole,
      value: shiftDecimal(number, UNIT_POWER[unit ?? ""]!),
      respectively: false,
      each: false,
    });
  }
  for (const m of folded.matchAll(RATE)) {
    tokens.push({
      kind: "rate",
      at: m.index,
      end: m.index + m[0].length,
      text: m[0],
      value: m[2] === "倍" ? shiftDecimal(m[1]!, 2) : Number(m[1]),
      respectively: false,
      each: false,
    });
  }
  tokens.sort((a, b) => a.at - b.at);
  for (const [i, t] of tokens.entries()) {
    const window = folded.slice(tokens[i - 1]?.end ?? 0, t.at);
    t.respectively = /分别/.test(window);
    t.each = /均|都/.test(window);
  }
  return tokens;
}

const PLACE_WORDS = [...REGION_WORDS.map(([w]) => w), ...OTHER_PLACES].sort(
  (a, b) => b.length - a.length,
);
const PLACE_RE = new RegExp(PLACE_WORDS.join("|"), "g");
const REGION_OF = new Map<string, RegionCode>(REGION_WORDS);

/** Places a sentence names as its subject: not one compared against (高于全国) nor an agency's name. */
export function findPlaces(folded: string): Place[] {
  const places: Place[] = [];
  for (const m of folded.matchAll(PLACE_RE)) {
    const word = m[0];
    const before = folded.slice(Math.max(0, m.index - 2), m.index);
    const after = folded.slice(m.index + word.length);
    if (/(高于|低于|快于|慢于|比|较|占|于)$/.test(before)) continue;
    if (word === "中国" && /^(日报|经济网|新闻|政府网|网)/.test(after)) continue;
    const code = REGION_OF.get(word) ?? null;
    if (code === null && /^海关/.test(after)) continue;
    places.push({ at: m.index, code, word });
  }
  return places;
}

const PRODUCT_RE = new RegExp(PRODUCT_WORDS.map((p) => p.word).join("|"), "g");
const PRODUCT_OF = new Map(PRODUCT_WORDS.map((p) => [p.word, p]));

/**
 * The subjects of a sentence in order: one product, a list of products (锂电池、电动汽车和光伏产品),
 * 新三样, or other goods (机电产品). A number belongs to the subject named last before it.
 */
export function findGroups(folded: string): Group[] {
  const marks: Group[] = [];
  for (const m of folded.matchAll(PRODUCT_RE)) {
    marks.push({
      at: m.index,
      end: m.index + m[0].length,
      items: [PRODUCT_OF.get(m[0])!],
      word: m[0],
    });
  }
  for (const m of folded.matchAll(OTHER_GOODS)) {
    marks.push({ at: m.index, end: m.index + m[0].length, items: null, word: m[0] });
  }
  marks.sort((a, b) => a.at - b.at);
  const groups: Group[] = [];
  for (const mark of marks) {
    const last = groups.at(-1);
    const joins =
      last?.items &&
      mark.items &&
      last.items[0]!.category !== "TOTAL" &&
      mark.items[0]!.category !== "TOTAL" &&
      /^[\s、，,和及与以“”"'‘’「」]*$/.test(folded.slice(last.end, mark.at));
    if (joins) {
      last.items!.push(mark.items![0]!);
      last.end = mark.end;
      last.word = folded.slice(last.at, mark.end);
    } else {
      groups.push({ ...mark, items: mark.items && [...mark.items] });
    }
  }
  return groups;
}
