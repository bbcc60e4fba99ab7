/*
 * Vintages: the figures as they were known on a date (ALFRED's real-time periods). A dataset as of
 * a date keeps the values its figures had then, from their history of revisions and their
 * sources' publication dates, and derives again from those alone. Loaded on the first `as_of`:
 * re-deriving is not needed to start.
 */
import { lookupExportsCached, lookupGrowthCached } from "./cached-lookups";
import { lookupSourceCached } from "./cached-source";
import { citedAsOf } from "./citation";
import { buildDataset } from "./dataset-content";
import type { Dataset, Figure, Measure, Revision } from "./dataset";
import { lookupFigureCard, type FigureCard } from "./figure-card";
import type { FoundValue } from "./lookup";
import type { Language } from "./messages";
import { memoizeParse } from "./parse-cache";
import type { RegionCode } from "./regions";
import { fail, ok, type Result } from "./result";
import { compareCodes } from "./text";

const EXCEL_EPOCH_MS = Date.UTC(1899, 11, 30);
const DAY_MS = 86_400_000;

/** An as-of date as a cell holds it: a date cell (an Excel serial number) or ISO text, to ISO. */
export const parseAsOf = memoizeParse((input: unknown): Result<string> => {
  if (typeof input === "number" && Number.isFinite(input) && input >= 1) {
    return ok(new Date(EXCEL_EPOCH_MS + Math.floor(input) * DAY_MS).toISOString().slice(0, 10));
  }
  const iso = typeof input === "string" ? input.normalize("NFKC").trim() : "";
  const m = /^(\d{4})[-/.](\d{1,2})[-/.](\d{1,2})$|^(\d{4})年(\d{1,2})月(\d{1,2})日$/.exec(iso);
  if (m) {
    const [y, mo, d] = (m[1] ? m.slice(1, 4) : m.slice(4, 7)).map(Number) as [
      number,
      number,
      number,
    ];
    const date = new Date(Date.UTC(y, mo - 1, d));
    if (date.getUTCMonth() === mo - 1 && date.getUTCDate() === d && y >= 1990 && y <= 2100) {
      return ok(date.toISOString().slice(0, 10));
    }
  }
  const text = String(input).slice(0, 60);
  return fail("invalidValue", "said", {
    en: `"${text}" is not a date for as_of: give a date cell or ISO text such as 2024-06-01.`,
    zh: `“${text}”不是有效的 as_of 日期：请给出日期单元格或 ISO 格式文本，如 2024-06-01。`,
  });
});

/** The earliest date among a measure's sources, or null where none gives one. */
function published(ds: Dataset, sourceIds: readonly string[]): string | null {
  const dates = sourceIds
    .map((id) => ds.sources.get(id)?.published)
    .filter((d): d is string => typeof d === "string")
    .sort(compareCodes);
  return dates[0] ?? null;
}

/** Only what a data file gives: the core's own workings (which name a template) are made again. */
function given(m: Measure | null): Measure | null {
  return m && !(m.derivation && "key" in m.derivation) ? m : null;
}

/**
 * A given figure as known on `date`: the value a later revision replaced, if one did after the
 * date (with neither dollar value nor rate, which the history does not keep), or null where its
 * first source was published after the date. An undated source cannot date the figure: it stays.
 */
function figureAsOf(ds: Dataset, f: Figure, date: string): Figure | null {
  const cny = given(f.cny);
  const yoyPct = given(f.yoyPct);
  if (!cny && !yoyPct) return null;
  // The bundled snapshot leaves out an empty history.
  const history: readonly Revision[] = f.history ?? [];
  const first = history[0];
  const firstDate = first
    ? published(ds, [first.sourceId])
    : published(ds, (cny ?? yoyPct)!.sourceIds);
  if (firstDate !== null && firstDate > date) return null;
  // A correction of words kept the number: only a replaced number changes the value known then.
  const replaced = history.find(
    (h) => h.replacedOn > date && !h.corrected && h.valueCnyMn !== undefined,
  );
  if (!replaced) return { ...f, cny, usd: given(f.usd), yoyPct };
  const old: Measure = {
    value: replaced.valueCnyMn!,
    kind: "reported",
    sourceIds: [replaced.sourceId],
  };
  return {
    ...f,
    cny: old,
    usd: null,
    yoyPct: null,
    history: history.filter((h) => h.replacedOn <= date),
  };
}

const vintages = new WeakMap<Dataset, Map<string, Dataset>>();

/** The dataset as known on an ISO date, made once per dataset and date. */
export function vintageOf(ds: Dataset, date: string): Dataset {
  let byDate = vintages.get(ds);
  if (!byDate) vintages.set(ds, (byDate = new Map()));
  let vintage = byDate.get(date);
  if (!vintage) {
    const figures = ds.figures
      .map((f) => figureAsOf(ds, f, date))
      .filter((f): f is Figure => f !== null);
    vintage = buildDataset({ ...ds, figures });
    byDate.set(date, vintage);
  }
  return vintage;
}

/** Dates on which what is known can change: sources' publication dates and revisions. */
function changeDates(ds: Dataset): string[] {
  const dates = new Set<string>();
  for (const s of ds.sources.values()) if (s.published) dates.add(s.published);
  for (const f of ds.figures) for (const h of f.history ?? []) dates.add(h.replacedOn);
  return [...dates].sort(compareCodes);
}

/**
 * `ask` on the dataset as known on `asOfInput` (and its ISO date). Where it has no answer then but
 * has one today, `#N/A` says so and when the answer was first published.
 */
export function answerAsOf<T>(
  ds: Dataset,
  asOfInput: unknown,
  ask: (vintage: Dataset, date: string | null) => Result<T>,
): Result<T> {
  const date = parseAsOf(asOfInput);
  if (!date.ok) return date;
  const then = ask(vintageOf(ds, date.value), date.value);
  if (then.ok || then.error.code !== "notAvailable" || !ask(ds, null).ok) return then;
  const first = changeDates(ds).find((d) => d > date.value && ask(vintageOf(ds, d), d).ok);
  const day = date.value;
  return fail("notAvailable", "said", {
    en: `Not yet published on ${day}${first ? `; first published ${first}` : ""}.`,
    zh: `截至 ${day} 尚未公布${first ? `；首次公布于 ${first}` : ""}。`,
  });
}

/* The answers of the functions that take `as_of`, as they ask (for tests and the pane). */

export const exportsAsOf = (
  ds: Dataset,
  category: unknown,
  period: unknown,
  unit: unknown,
  asOf: unknown,
  region: RegionCode = "ZIBO",
): Result<FoundValue> =>
  answerAsOf(ds, asOf, (v) => lookupExportsCached(v, category, period, unit, region));

export const growthAsOf = (
  ds: Dataset,
  category: unknown,
  period: unknown,
  asOf: unknown,
  region: RegionCode = "ZIBO",
): Result<Measure> => answerAsOf(ds, asOf, (v) => lookupGrowthCached(v, category, period, region));

export const sourceAsOf = (
  ds: Dataset,
  category: unknown,
  period: unknown,
  unit: unknown,
  asOf: unknown,
  lang: Language,
): Result<string> =>
  answerAsOf(ds, asOf, (v, date) =>
    citedAsOf(lookupSourceCached(v, category, period, unit, "ZIBO", lang), date, lang),
  );

export const figureCardAsOf = (
  ds: Dataset,
  category: unknown,
  period: unknown,
  unit: unknown,
  region: unknown,
  asOf: unknown,
  lang: Language,
): Result<FigureCard> =>
  answerAsOf(ds, asOf, (v, date) =>
    lookupFigureCard(v, category, period, unit, region, lang, date ?? undefined),
  );
