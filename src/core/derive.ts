import type { CategoryCode } from "./categories";
import { fmt } from "./cell-number";
import { figureKey, sameScope, type Figure, type Measure } from "./dataset";
import type { Derivation } from "./derivation-text";
import { about, bounds, rangeOf, rangeParams } from "./ranges";
import { makePeriod, periodKey, periodShape, yearAgo, type Period } from "./periods";

/**
 * Adds every figure that follows arithmetically from the given ones, each marked `derived` with
 * its working. Nothing is derived that would overwrite a figure a source gives.
 *
 * - a quarter, month or half-year as the difference of two year-to-date totals;
 * - LIB_PV: TOTAL − NEV (sources publish the two batteries-and-solar categories only together);
 * - the year-ago base implied by a reported year-on-year rate;
 * - US dollars at the exchange rate the same source used in the same period;
 * - a year-on-year rate from the year-ago figure.
 */
export function deriveFigures(given: readonly Figure[]): Figure[] {
  const byKey = new Map(given.map((f) => [figureKey(f.region, f.category, f.period), f]));
  const get = (f: Figure, category: CategoryCode, period = f.period) =>
    byKey.get(figureKey(f.region, category, period));
  const add = (f: Figure) => byKey.set(figureKey(f.region, f.category, f.period), f);

  for (const f of differencesOfTotals([...byKey.values()])) if (!get(f, f.category)) add(f);
  for (const total of [...byKey.values()].filter((f) => f.category === "TOTAL")) {
    const nev = get(total, "NEV");
    // NEV above TOTAL contradicts: LIB_PV is withheld, never negative (see contradictions.ts).
    if (
      nev?.cny &&
      total.cny &&
      sameScope(total, nev) &&
      nev.cny.value <= total.cny.value &&
      !get(total, "LIB_PV")
    ) {
      add(libPvFromTotal(total, total.cny, nev.cny));
    }
  }
  for (const f of [...byKey.values()]) {
    if (f.yoyPct && f.cny && !get(f, f.category, yearAgo(f.period))) {
      const base = yearAgoBase(f, f.cny, f.yoyPct);
      if (base) add(base);
    }
  }
  const rates = sourceRates([...byKey.values()]);
  for (const f of [...byKey.values()]) {
    if (!f.usd && f.cny) {
      const usd = convertedToUsd(f.cny, f, rates);
      if (usd) add({ ...f, usd });
    }
  }
  for (const f of [...byKey.values()]) {
    const base = get(f, f.category, yearAgo(f.period));
    if (!f.yoyPct && f.cny && base?.cny && base.cny.value > 0 && sameScope(f, base)) {
      add({ ...f, yoyPct: growthFrom(f.cny, base, base.cny) });
    }
  }
  return [...byKey.values()];
}

/**
 * A quarter, month or half-year that only cumulative totals cover: the later year-to-date total
 * less the earlier one (Q4 = full year − January–September). Only reported totals of the same
 * region, category and scope are differenced, so no derived figure is derived again.
 */
function differencesOfTotals(figures: readonly Figure[]): Figure[] {
  const groups = new Map<string, Figure[]>();
  for (const f of figures) {
    if (f.period.first !== 1 || f.cny?.kind !== "reported") continue;
    const key = `${f.region}|${f.category}|${f.period.year}|${f.scope?.en ?? ""}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const out: Figure[] = [];
  for (const totals of groups.values()) {
    for (const earlier of totals) {
      for (const later of totals) {
        if (later.period.last <= earlier.period.last) continue;
        // A total that shrinks contradicts: the difference is withheld, never negative.
        if (later.cny!.value < earlier.cny!.value) continue;
        const span = makePeriod(later.period.year, earlier.period.last + 1, later.period.last);
        if (periodShape(span) === "span" || periodShape(span) === "year") continue;
        out.push(difference(later, later.cny!, earlier, earlier.cny!, span));
      }
    }
  }
  return out;
}

function difference(
  later: Figure,
  laterCny: Measure,
  earlier: Figure,
  earlierCny: Measure,
  span: Period,
): Figure {
  // Both totals rounded where published: the difference lies where their roundings allow.
  const [laterLow, laterHigh] = bounds(laterCny);
  const [earlierLow, earlierHigh] = bounds(earlierCny);
  const range = rangeOf(laterCny, earlierCny, [
    Math.max(0, laterLow - earlierHigh),
    laterHigh - earlierLow,
  ]);
  return {
    region: later.region,
    category: later.category,
    period: span,
    cny: derived(
      laterCny.value - earlierCny.value,
      {
        key: "differenceOfTotals",
        params: {
          later: fmt(laterCny.value),
          earlier: fmt(earlierCny.value),
          laterPeriod: periodKey(later.period),
          earlierPeriod: periodKey(earlier.period),
          ...rangeParams(range),
        },
      },
      [laterCny, earlierCny],
      range,
    ),
    usd: null,
    yoyPct: null,
    scope: later.scope,
    history: [],
  };
}

function libPvFromTotal(total: Figure, totalCny: Measure, nevCny: Measure): Figure {
  // Both inputs rounded where published: the difference may be anywhere the roundings allow.
  const bounds: [number, number] | undefined =
    totalCny.rounding && nevCny.rounding
      ? [
          Math.max(0, totalCny.value - totalCny.rounding - (nevCny.value + nevCny.rounding)),
          totalCny.value + totalCny.rounding - (nevCny.value - nevCny.rounding),
        ]
      : undefined;
  const range: Record<string, string> = bounds
    ? {
        low: fmt(bounds[0]),
        high: fmt(bounds[1]),
        step: fmt(2 * Math.max(totalCny.rounding!, nevCny.rounding!)),
      }
    : {};
  return {
    region: total.region,
    category: "LIB_PV",
    period: total.period,
    cny: derived(
      totalCny.value - nevCny.value,
      {
        key: "libPvFromTotal",
        params: { total: fmt(totalCny.value), nev: fmt(nevCny.value), ...range },
      },
      [totalCny, nevCny],
      bounds,
    ),
    usd: null,
    yoyPct: null,
    scope: total.scope,
    history: [],
  };
}

function yearAgoBase(f: Figure, cny: Measure, yoy: Measure): Figure | null {
  const pct = yoy.value;
  if (!(pct > -100)) return null;
  // The value and the rate as rounded where published bound the base.
  const dv = cny.rounding ?? 0;
  const dp = yoy.rounding ?? 0;
  const bounds: [number, number] | undefined =
    (dv || dp) && pct - dp > -100
      ? [(cny.value - dv) / (1 + (pct + dp) / 100), (cny.value + dv) / (1 + (pct - dp) / 100)]
      : undefined;
  const range: Record<string, string> = bounds
    ? { low: about(bounds[0]), high: about(bounds[1]) }
    : {};
  return {
    region: f.region,
    category: f.category,
    period: yearAgo(f.period),
    cny: derived(
      cny.value / (1 + pct / 100),
      {
        key: "yearAgoBase",
        params: { current: fmt(cny.value), pct: fmt(pct), period: periodKey(f.period), ...range },
      },
      [cny, yoy],
      bounds,
    ),
    usd: null,
    yoyPct: null,
    scope: f.scope,
    history: [],
  };
}

/** A pair: CNY and USD both reported by one source for one period, with its place in the list. */
interface RatePair {
  figure: Figure;
  order: number;
}

/**
 * The pairs by region, period and source, so each conversion finds its rate in one look-up
 * rather than a scan of every figure (which made deriving grow with the square of the figures).
 */
function sourceRates(figures: readonly Figure[]): Map<string, RatePair> {
  const rates = new Map<string, RatePair>();
  figures.forEach((figure, order) => {
    if (figure.usd?.kind !== "reported" || figure.cny?.kind !== "reported") return;
    for (const id of figure.cny.sourceIds) {
      const key = rateKey(figure, id);
      if (!rates.has(key)) rates.set(key, { figure, order });
    }
  });
  return rates;
}

function rateKey(f: Figure, sourceId: string): string {
  return `${f.region}|${periodKey(f.period)}|${sourceId}`;
}

/** Converts at the rate of a pair from a source of the figure (the first such pair listed). */
function convertedToUsd(
  cny: Measure,
  f: Figure,
  rates: ReadonlyMap<string, RatePair>,
): Measure | null {
  let first: RatePair | undefined;
  for (const id of cny.sourceIds) {
    const found = rates.get(rateKey(f, id));
    if (found && (!first || found.order < first.order)) first = found;
  }
  const pair = first?.figure;
  if (!pair?.usd || !pair.cny) return null;
  const rate = pair.cny.value / pair.usd.value;
  // The value and the pair that gives the rate are rounded: the dollars lie where they allow.
  const [low, high] = bounds(cny);
  const [pairCnyLow, pairCnyHigh] = bounds(pair.cny);
  const [pairUsdLow, pairUsdHigh] = bounds(pair.usd);
  const range =
    pairCnyLow > 0
      ? rangeOf(
          cny,
          pair.cny,
          [(low * pairUsdLow) / pairCnyHigh, (high * pairUsdHigh) / pairCnyLow],
          pair.usd,
        )
      : undefined;
  return derived(
    cny.value / rate,
    {
      key: "usdAtSourceRate",
      params: {
        cny: fmt(cny.value),
        rate: fmt(rate),
        pairCny: fmt(pair.cny.value),
        pairUsd: fmt(pair.usd.value),
        ...rangeParams(range),
      },
    },
    [cny, pair.cny, pair.usd],
    range,
  );
}

function growthFrom(cny: Measure, base: Figure, baseCny: Measure): Measure {
  const [low, high] = bounds(cny);
  const [baseLow, baseHigh] = bounds(baseCny);
  const range =
    baseLow > 0
      ? rangeOf(cny, baseCny, [(low / baseHigh - 1) * 100, (high / baseLow - 1) * 100])
      : undefined;
  return derived(
    (cny.value / baseCny.value - 1) * 100,
    {
      key: "growthFromYearAgo",
      params: {
        current: fmt(cny.value),
        base: fmt(baseCny.value),
        basePeriod: periodKey(base.period),
        ...rangeParams(range),
      },
    },
    [cny, baseCny],
    range,
  );
}

function derived(
  value: number,
  derivation: Derivation,
  inputs: readonly Measure[],
  range?: readonly [number, number],
): Measure {
  const sourceIds = [...new Set(inputs.flatMap((m) => m.sourceIds))];
  return { value, kind: "derived", derivation, sourceIds, inputs, ...(range ? { range } : {}) };
}
