import type { CategoryCode } from "../categories";
import type { ScopeNote } from "../dataset";
import { makePeriod, periodKey, type Period } from "../periods";
import type { RegionCode } from "../regions";
import { numberText, shiftDecimal, UNIT_POWER } from "./numbers";
import type { SkipCode } from "./reasons";
import { findSpans, type SpanMark } from "./spans";
import { foldWidth, splitSentences, type Sentence } from "./text";
import {
  APPROXIMATE_AFTER,
  APPROXIMATE_BEFORE,
  CONTRIBUTION,
  CUSTOMS_NAMES,
  CUSTOMS_NEW_THREE,
  DECLINE,
  FORECAST,
  NOT_YEAR_ON_YEAR,
  OTHER_GOODS,
  OTHER_PLACES,
  PART_OF_EXPORTS,
  PRODUCT_WORDS,
  RATE_WORDS,
  REGION_WORDS,
  SHARE,
  type ProductWord,
} from "./words";

/** A figure a release gives, in the dataset's terms, with the sentence it was read from. */
export interface ReleaseFigure {
  region: RegionCode;
  category: CategoryCode;
  period: Period;
  valueCnyMn: number | null;
  valueUsdMn: number | null;
  yoyPct: number | null;
  scope: ScopeNote | null;
  /** The sentence as written: it contains every number of the figure. */
  quote: string;
  /** Where the sentence starts in the text. */
  at: number;
  /** The product word the figure was read from (电动汽车, 新三样, …). */
  product: string;
  /** The numbers as written (63.1亿元, 40.6%). */
  numbers: string[];
  /** What the sentence does not say itself: the region or the span from an earlier sentence, the year. */
  assumed: ("region" | "period" | "year")[];
}

/** A number the release gives that is not taken, and why. */
export interface SkippedNumber {
  sentence: string;
  at: number;
  number: string;
  reason: SkipCode;
  /** The word that decided it (预计, 进口, 机电产品, …), where there is one. */
  word?: string;
}

export interface ReleaseReading {
  figures: ReleaseFigure[];
  skipped: SkippedNumber[];
}

interface Token {
  kind: "cny" | "usd" | "rate";
  at: number;
  end: number;
  text: string;
  value: number;
  respectively: boolean;
  each: boolean;
}

interface Group {
  at: number;
  end: number;
  items: ProductWord[] | null;
  word: string;
}

interface Place {
  at: number;
  code: RegionCode | null;
  word: string;
}

interface Slot {
  group: Group;
  region: RegionCode;
  period: Period;
  assumed: ReleaseFigure["assumed"];
  cny: Token[];
  usd: Token[];
  rates: Token[];
}

interface State {
  published: string;
  namedYear: number | null;
  region: RegionCode | "other" | null;
  period: Period | null;
  periodAssumedYear: boolean;
}

/**
 * Reads the export figures a Chinese release gives, as releases write them: regions, products
 * (with 其中 lists), spans (一季度, 前三季度, 1-5月, 今年, 去年…), amounts (万元 … 万亿元, 万美元, 亿美元,
 * 折合) and growth (增长 X%, 下降 X%, 增长 X倍, 增速, 增幅). A region or a span a sentence does not
 * name is carried from the text before it. Forecasts, imports, other goods, shares and bounds are
 * not taken: each such number is listed with the reason.
 *
 * `published` (YYYY-MM-DD) anchors 今年 and 去年, and gives a span named without a year its year
 * when no year is named before it: the year of publication, or the year before when the span had
 * not yet ended then (a full-year figure published in January is last year's).
 */
export function readRelease(text: string, published: string): ReleaseReading {
  const state: State = {
    published,
    namedYear: null,
    region: null,
    period: null,
    periodAssumedYear: false,
  };
  const figures: ReleaseFigure[] = [];
  const skipped: SkippedNumber[] = [];
  for (const sentence of splitSentences(text)) {
    readSentence(sentence, state, figures, skipped);
  }
  return { figures: withoutRepeats(figures, skipped), skipped };
}

function readSentence(
  sentence: Sentence,
  state: State,
  figures: ReleaseFigure[],
  skipped: SkippedNumber[],
): void {
  const folded = foldWidth(sentence.text);
  const tokens = findTokens(folded);
  const spans = findSpans(folded);
  const places = findPlaces(folded);
  const groups = findGroups(folded);
  const resolved = spans.map((mark) => resolveSpan(mark, state));
  const skip = (token: Token, reason: SkipCode, word?: string) =>
    skipped.push({
      sentence: sentence.text,
      at: sentence.at,
      number: token.text,
      reason,
      ...(word ? { word } : {}),
    });

  const slots = new Map<string, Slot>();
  let previous: (Token & { class: string }) | null = null;
  for (const token of tokens) {
    const window = folded.slice(previous?.end ?? 0, token.at);
    const prefix = folded.slice(0, token.at);
    // "增长104.4%、65.3%和95.7%": a number right after another of its kind is read like it.
    const continues: boolean =
      previous !== null &&
      (previous.kind === "rate") === (token.kind === "rate") &&
      /^[\s、和及与]*$/.test(window);
    const tokenClass: string = continues ? previous!.class : classify(token, window);
    if (continues) {
      token.respectively ||= previous!.respectively;
      token.each ||= previous!.each;
    }
    previous = { ...token, class: tokenClass };

    const forecast = FORECAST.exec(prefix);
    if (forecast) {
      skip(token, "forecast", forecast[0]);
      continue;
    }
    const direction = [...prefix.matchAll(/进出口|进口|出口/g)].at(-1)?.[0];
    if (direction === "进口") {
      skip(token, "imports", direction);
      continue;
    }
    if (tokenClass !== "value" && tokenClass !== "growth" && tokenClass !== "decline") {
      skip(token, tokenClass as SkipCode);
      continue;
    }
    if (token.kind === "rate" && NOT_YEAR_ON_YEAR.test(window)) {
      skip(token, "notYearOnYear", NOT_YEAR_ON_YEAR.exec(window)![0]);
      continue;
    }
    const approximate =
      APPROXIMATE_BEFORE.exec(window.trimEnd()) ?? APPROXIMATE_AFTER.exec(folded.slice(token.end));
    if (approximate || /[多余]/.test(token.text)) {
      skip(token, "approximate", approximate?.[0]);
      continue;
    }
    const group = groups.filter((g) => g.end <= token.at).at(-1);
    if (!group) {
      skip(token, direction === "进出口" ? "allTrade" : "noProduct");
      continue;
    }
    if (!group.items) {
      skip(token, direction === "进出口" ? "allTrade" : "otherGoods", group.word);
      continue;
    }
    // Said anywhere before the number (对欧盟出口“新三样”, 民营企业出口…): when in doubt, not taken.
    const part = PART_OF_EXPORTS.exec(prefix);
    if (part) {
      skip(token, "partOfExports", part[0]);
      continue;
    }
    if (direction !== "出口") {
      skip(token, direction === "进出口" ? "allTrade" : "notExports");
      continue;
    }
    const place = places.filter((p) => p.at < token.at).at(-1);
    const region = place ? (place.code ?? "other") : state.region;
    if (region === "other") {
      skip(token, "otherPlace", place?.word);
      continue;
    }
    if (region === null) {
      skip(token, "noRegion");
      continue;
    }
    const span = resolved.filter((_, i) => spans[i]!.end <= token.at).at(-1) ?? null;
    const period = span?.period ?? state.period;
    if (!period) {
      skip(token, "noPeriod");
      continue;
    }
    if (periodEnd(period) >= state.published) {
      skip(token, "notOver");
      continue;
    }
    const compared = /(?:比|较)(\d{4})年/.exec(window);
    if (token.kind === "rate" && compared && Number(compared[1]) !== period.year - 1) {
      skip(token, "notYearOnYear", compared[0]);
      continue;
    }
    if (tokenClass === "decline") token.value = -Math.abs(token.value);
    if (token.kind === "rate" && (token.value < -100 || token.value > 1e6)) {
      skip(token, "notRate");
      continue;
    }

    const assumed: ReleaseFigure["assumed"] = [];
    if (!place) assumed.push("region");
    if (!span) assumed.push("period");
    if (span ? span.assumedYear : state.periodAssumedYear) assumed.push("year");
    const key = `${groups.indexOf(group)}|${region}|${periodKey(period)}`;
    let slot = slots.get(key);
    if (!slot) {
      slot = { group, region, period, assumed, cny: [], usd: [], rates: [] };
      slots.set(key, slot);
    }
    (token.kind === "rate" ? slot.rates : token.kind === "cny" ? slot.cny : slot.usd).push(token);
  }

  for (const slot of slots.values()) {
    figures.push(...slotFigures(slot, sentence, folded, (t, r) => skip(t, r)));
  }
  // What this sentence names is what the next one means when it names nothing.
  const lastPlace = places.at(-1);
  if (lastPlace) state.region = lastPlace.code ?? "other";
  const lastSpan = resolved.at(-1);
  if (lastSpan) {
    state.period = lastSpan.period;
    state.periodAssumedYear = lastSpan.assumedYear;
  }
}

/** What a number is, from the words between it and the number before it. */
function classify(token: Token, window: string): string {
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

function findTokens(folded: string): Token[] {
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
function findPlaces(folded: string): Place[] {
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
function findGroups(folded: string): Group[] {
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

function resolveSpan(mark: SpanMark, state: State): { period: Period; assumedYear: boolean } {
  const publishedYear = Number(state.published.slice(0, 4));
  let year: number;
  let assumedYear = false;
  if (mark.year.kind === "named") year = mark.year.year;
  else if (mark.year.kind === "relative") year = publishedYear + mark.year.offset;
  else if (state.namedYear !== null) year = state.namedYear;
  else {
    assumedYear = true;
    year = publishedYear;
    if (periodEnd(makePeriod(year, mark.first, mark.last)) >= state.published) year -= 1;
  }
  if (mark.year.kind !== "none") state.namedYear = year;
  return { period: makePeriod(year, mark.first, mark.last), assumedYear };
}

/** The last day of a span, YYYY-MM-DD. */
function periodEnd(p: Period): string {
  const day = new Date(Date.UTC(p.year, p.last, 0)).getUTCDate();
  return `${p.year}-${String(p.last).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}

/** The figures of one subject, region and span: one product, a list, or a combined total. */
function slotFigures(
  slot: Slot,
  sentence: Sentence,
  folded: string,
  skip: (token: Token, reason: SkipCode) => void,
): ReleaseFigure[] {
  const items = slot.group.items!;
  const all = [...slot.cny, ...slot.usd, ...slot.rates];
  const skipAll = (reason: SkipCode) => {
    all.forEach((t) => skip(t, reason));
    return [];
  };
  // A rate after a dollar value alone is a rate in dollars: neither is a yuan figure.
  if (slot.usd.length > 0 && slot.cny.length === 0) return skipAll("usdOnly");
  const make = (
    product: ProductWord | { word: string; category: CategoryCode; scope: ScopeNote | null },
    cny: Token | undefined,
    usd: Token | undefined,
    rate: Token | undefined,
  ): ReleaseFigure => ({
    region: slot.region,
    category: product.category,
    period: slot.period,
    valueCnyMn: cny?.value ?? null,
    valueUsdMn: cny && usd ? usd.value : null,
    yoyPct: rate?.value ?? null,
    scope: scopeOf(product, slot.region, folded),
    quote: sentence.text,
    at: sentence.at,
    product: product.word,
    numbers: [cny, usd, rate].filter((t): t is Token => t !== undefined).map((t) => t.text),
    assumed: slot.assumed,
  });
  const extra = (list: Token[], from: number) =>
    list.slice(from).forEach((t) => skip(t, "secondNumber"));

  if (items.length === 1) {
    extra(slot.cny, 1);
    extra(slot.usd, 1);
    extra(slot.rates, 1);
    return [make(items[0]!, slot.cny[0], slot.usd[0], slot.rates[0])];
  }
  const n = items.length;
  const counts = [slot.cny.length, slot.usd.length, slot.rates.length];
  const respectively = all.some((t) => t.respectively);
  if (respectively || counts.some((c) => c === n && n > 1)) {
    if (counts.some((c) => c !== 0 && c !== n)) return skipAll("listMismatch");
    return items.map((item, i) => make(item, slot.cny[i], slot.usd[i], slot.rates[i]));
  }
  // One number for a list: the same for each (均), or their total.
  if (slot.rates.length === 1 && slot.cny.length === 0 && all.some((t) => t.each)) {
    return items.map((item) => make(item, undefined, undefined, slot.rates[0]));
  }
  const categories = new Set(items.map((i) => i.category));
  const words = items.map((i) => i.word).join("、");
  const combined: CategoryCode | null =
    categories.size === 3
      ? "TOTAL"
      : categories.size === 2 && !categories.has("NEV")
        ? "LIB_PV"
        : null;
  if (!combined || categories.size !== items.length) return skipAll("severalProducts");
  extra(slot.cny, 1);
  extra(slot.usd, 1);
  extra(slot.rates, 1);
  return [
    make({ word: words, category: combined, scope: null }, slot.cny[0], slot.usd[0], slot.rates[0]),
  ];
}

/**
 * The scope note a figure's words imply. A provincial or national "new three" total is always
 * customs' measure; Zibo's is, when the sentence defines it with customs' product names.
 */
function scopeOf(
  product: { word: string; category: CategoryCode; scope: ScopeNote | null },
  region: RegionCode,
  folded: string,
): ScopeNote | null {
  if (product.category === "TOTAL") {
    return region !== "ZIBO" || CUSTOMS_NAMES.test(folded) ? CUSTOMS_NEW_THREE : null;
  }
  if (product.category === "LIB_PV") {
    return /太阳能电池/.test(product.word)
      ? {
          en: "lithium-ion batteries and solar cells (太阳能电池) as customs counts them: not by name the Zibo release's photovoltaic products",
          zh: "海关统计的锂电池与太阳能电池，与淄博发布的“光伏产品”并非同一名称口径",
        }
      : null;
  }
  return product.scope;
}

/**
 * One figure per region, product and span: a repeat (a headline and its story) keeps the fuller
 * of the two; a figure that differs from one found earlier is left out and listed.
 */
function withoutRepeats(figures: ReleaseFigure[], skipped: SkippedNumber[]): ReleaseFigure[] {
  const kept = new Map<string, ReleaseFigure>();
  const numbers = (f: ReleaseFigure) => [f.valueCnyMn, f.valueUsdMn, f.yoyPct];
  const count = (f: ReleaseFigure) => numbers(f).filter((n) => n !== null).length;
  for (const f of figures) {
    const key = `${f.region}|${f.category}|${periodKey(f.period)}|${f.scope?.en ?? ""}`;
    const first = kept.get(key);
    if (!first) {
      kept.set(key, f);
      continue;
    }
    const agree = numbers(f).every(
      (n, i) => n === null || numbers(first)[i] === null || n === numbers(first)[i],
    );
    const note = (loser: ReleaseFigure, reason: SkipCode) =>
      skipped.push({
        sentence: loser.quote,
        at: loser.at,
        number: loser.numbers.join(" "),
        reason,
      });
    if (agree && count(f) > count(first)) {
      kept.set(key, f);
      note(first, "repeat");
    } else {
      note(f, agree ? "repeat" : "conflict");
    }
  }
  return [...kept.values()].sort((a, b) => a.at - b.at);
}
