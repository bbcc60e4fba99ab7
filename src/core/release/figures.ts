import type { CategoryCode } from "../categories";
import type { ScopeNote } from "../dataset";
import { periodKey, type Period } from "../periods";
import type { RegionCode } from "../regions";
import type { Group, Token } from "./marks";
import type { SkipCode } from "./reasons";
import type { ReleaseFigure, SkippedNumber } from "./reading";
import type { Sentence } from "./text";
import { CUSTOMS_NAMES, CUSTOMS_NEW_THREE, type ProductWord } from "./words";

export interface Slot {
  group: Group;
  region: RegionCode;
  period: Period;
  assumed: ReleaseFigure["assumed"];
  cny: Token[];
  usd: Token[];
  rates: Token[];
}

/** The figures of one subject, region and span: one product, a list, or a combined total. */
export function slotFigures(
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
export function scopeOf(
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
export function withoutRepeats(
  figures: ReleaseFigure[],
  skipped: SkippedNumber[],
): ReleaseFigure[] {
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
