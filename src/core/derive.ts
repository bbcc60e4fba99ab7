import type { CategoryCode } from "./categories";
import { figureKey, type Figure, type Measure } from "./dataset";
import type { Derivation } from "./derivation";
import { periodKey, yearAgo } from "./periods";

/**
 * Adds every figure that follows arithmetically from the given ones, each marked `derived` with
 * its working. Nothing is derived that would overwrite a figure a source gives.
 *
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

  for (const total of [...byKey.values()].filter((f) => f.category === "TOTAL")) {
    const nev = get(total, "NEV");
    if (nev && !get(total, "LIB_PV")) add(libPvFromTotal(total, nev));
  }
  for (const f of [...byKey.values()]) {
    if (f.yoyPct && !get(f, f.category, yearAgo(f.period))) {
      const base = yearAgoBase(f);
      if (base) add(base);
    }
  }
  const rates = sourceRates([...byKey.values()]);
  for (const f of [...byKey.values()]) {
    if (!f.usd) {
      const usd = convertedToUsd(f, rates);
      if (usd) add({ ...f, usd });
    }
  }
  for (const f of [...byKey.values()]) {
    const base = get(f, f.category, yearAgo(f.period));
    if (!f.yoyPct && base && base.cny.value > 0) add({ ...f, yoyPct: growthFrom(f, base) });
  }
  return [...byKey.values()];
}

function libPvFromTotal(total: Figure, nev: Figure): Figure {
  return {
    region: total.region,
    category: "LIB_PV",
    period: total.period,
    cny: derived(
      total.cny.value - nev.cny.value,
      {
        key: "libPvFromTotal",
        params: { total: fmt(total.cny.value), nev: fmt(nev.cny.value) },
      },
      [total.cny, nev.cny],
    ),
    usd: null,
    yoyPct: null,
    history: [],
  };
}

function yearAgoBase(f: Figure): Figure | null {
  const pct = f.yoyPct!.value;
  if (!(pct > -100)) return null;
  return {
    region: f.region,
    category: f.category,
    period: yearAgo(f.period),
    cny: derived(
      f.cny.value / (1 + pct / 100),
      {
        key: "yearAgoBase",
        params: { current: fmt(f.cny.value), pct: fmt(pct), period: periodKey(f.period) },
      },
      [f.cny, f.yoyPct!],
    ),
    usd: null,
    yoyPct: null,
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
    if (figure.usd?.kind !== "reported" || figure.cny.kind !== "reported") return;
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
function convertedToUsd(f: Figure, rates: ReadonlyMap<string, RatePair>): Measure | null {
  let first: RatePair | undefined;
  for (const id of f.cny.sourceIds) {
    const found = rates.get(rateKey(f, id));
    if (found && (!first || found.order < first.order)) first = found;
  }
  const pair = first?.figure;
  if (!pair || !pair.usd) return null;
  const rate = pair.cny.value / pair.usd.value;
  return derived(
    f.cny.value / rate,
    {
      key: "usdAtSourceRate",
      params: {
        cny: fmt(f.cny.value),
        rate: fmt(rate),
        pairCny: fmt(pair.cny.value),
        pairUsd: fmt(pair.usd.value),
      },
    },
    [f.cny, pair.cny, pair.usd],
  );
}

function growthFrom(f: Figure, base: Figure): Measure {
  return derived(
    (f.cny.value / base.cny.value - 1) * 100,
    {
      key: "growthFromYearAgo",
      params: {
        current: fmt(f.cny.value),
        base: fmt(base.cny.value),
        basePeriod: periodKey(base.period),
      },
    },
    [f.cny, base.cny],
  );
}

function derived(value: number, derivation: Derivation, inputs: readonly Measure[]): Measure {
  const sourceIds = [...new Set(inputs.flatMap((m) => m.sourceIds))];
  return { value, kind: "derived", derivation, sourceIds };
}

/** Up to four decimals, no trailing zeros: what a reader checks by hand. */
export function fmt(n: number): string {
  return String(Number(n.toFixed(4)));
}
