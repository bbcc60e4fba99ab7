/*
 * What a formula the picker builds would answer, computed before Insert with the same core code
 * the functions run (no Excel call), and the spans worth offering for its period: those with an
 * answer first, the others marked with why they give #N/A. Office-free and loaded with the picker.
 */
import {
  CATEGORY_CODES,
  comparePeriods,
  datasetInfo,
  isOmitted,
  latestPeriod,
  lookupExports,
  lookupGrowth,
  lookupRegionExports,
  lookupRegionGrowth,
  lookupShare,
  lookupSource,
  mapResult,
  ok,
  parkTable,
  parseRegion,
  periodKey,
  lookupFigureCard,
  lookupParkCard,
  shareOfRegion,
  yoyBase,
  yoyChange,
  type CategoryCode,
  type Dataset,
  type Language,
  type RegionCode,
  type Result,
} from "../core";
import type { FunctionSpec, ParamName } from "./formula-catalog";

/**
 * Code the functions fetch on first use, fetched here only when a preview needs it: the figures
 * as known on a date (`as_of`) and SERIES's forms.
 */
export interface LaterCode {
  answerAsOf: typeof import("../core/vintage").answerAsOf;
  seriesInForm: typeof import("../core/series-forms").seriesInForm;
}

let laterCode: Promise<LaterCode> | null = null;

export function loadLaterCode(): Promise<LaterCode> {
  const pending = (laterCode ??= Promise.all([
    // Chunks of their own, as the functions fetch them.
    import(/* webpackChunkName: "vintage" */ "../core/vintage"),
    import(/* webpackChunkName: "series-forms" */ "../core/series-forms"),
  ]).then(([vintage, forms]) => ({
    answerAsOf: vintage.answerAsOf,
    seriesInForm: forms.seriesInForm,
  })));
  pending.catch(() => {
    if (laterCode === pending) laterCode = null;
  });
  return pending;
}

/** Whether an answer needs the later code: a date given, or SERIES. */
export function needsLaterCode(name: string, args: Args): boolean {
  return name === "SERIES" || !isOmitted(args.as_of);
}

/** An answer as the preview shows it: a number (with its unit word) or text. */
export type Answer =
  | { kind: "number"; value: number; percent: boolean }
  | { kind: "text"; text: string }
  | { kind: "rows"; count: number; first: string; last: string };

type Args = Partial<Record<ParamName, string>>;

/** The arguments by parameter name, as the picker's fields hold them ("" for left out). */
export function argsOf(spec: FunctionSpec, values: readonly string[]): Args {
  const args: Args = {};
  spec.params.forEach((p, i) => (args[p.name] = values[i]?.trim() ?? ""));
  return args;
}

const num = (r: Result<{ value: number }>, percent = false): Result<Answer> =>
  mapResult(r, (m) => ({ kind: "number", value: m.value, percent }));
const text = (r: Result<string>): Result<Answer> =>
  mapResult(r, (t) => ({ kind: "text", text: t }));
const blank = (v: string | undefined) => (isOmitted(v) ? null : v);
/** A number field's text as Excel passes a typed number. */
const n = (v: string | undefined) => (v && Number.isFinite(Number(v)) ? Number(v) : v);

/** The region a function asks about (its region argument, else Zibo), or null where it is unknown. */
export function regionOf(args: Args): RegionCode | null {
  if (isOmitted(args.region)) return "ZIBO";
  const region = parseRegion(args.region);
  return region.ok ? region.value : null;
}

/**
 * The answer of a function for the arguments given (cell references excluded by the caller),
 * on the data in use, or as known on `as_of`.
 */
export function answerOf(
  ds: Dataset,
  name: string,
  args: Args,
  lang: Language,
  later?: LaterCode,
): Result<Answer> {
  const a = args;
  const ask = (d: Dataset, date: string | null): Result<Answer> => {
    switch (name) {
      case "EXPORTS":
        return num(lookupExports(d, a.category, a.period, blank(a.unit)));
      case "GROWTH":
        return num(lookupGrowth(d, a.category, a.period), true);
      case "SHARE":
        return num(lookupShare(d, a.category, a.period), true);
      case "SOURCE":
        return text(lookupSource(d, a.category, a.period, blank(a.unit), "ZIBO", lang));
      case "LATEST":
        return text(latestPeriod(d, blank(a.category)));
      case "REGION_EXPORTS":
        return num(lookupRegionExports(d, a.region, a.category, a.period, blank(a.unit)));
      case "REGION_GROWTH":
        return num(lookupRegionGrowth(d, a.region, a.category, a.period), true);
      case "SHARE_OF":
        return num(shareOfRegion(d, a.region, a.period, blank(a.category)), true);
      case "YOY":
        return num(
          mapResult(yoyChange(n(a.current), n(a.base)), (value) => ({ value })),
          true,
        );
      case "YOY_BASE":
        return num(mapResult(yoyBase(n(a.current), n(a.yoy_percent)), (value) => ({ value })));
      case "FIGURE":
        return num(
          lookupFigureCard(
            d,
            a.category,
            a.period,
            blank(a.unit),
            blank(a.region),
            lang,
            date ?? undefined,
          ),
        );
      case "SERIES": {
        const region = isOmitted(a.region) ? ok<RegionCode>("ZIBO") : parseRegion(a.region);
        if (!region.ok) return region;
        const series = later!.seriesInForm(
          d,
          a.category,
          blank(a.from),
          blank(a.to),
          blank(a.unit),
          blank(a.form),
          region.value,
        );
        return mapResult(series, ({ rows }) => ({
          kind: "rows",
          count: rows.length,
          first: rows[0]?.period ?? "",
          last: rows.at(-1)?.period ?? "",
        }));
      }
      case "PARKS":
        return ok({ kind: "text", text: String(parkTable(d, lang).length - 1) });
      case "PARK":
        return text(mapResult(lookupParkCard(d, a.name_or_id, lang), (card) => card.name));
      default:
        return ok({ kind: "text", text: datasetInfo(d, lang) });
    }
  };
  return isOmitted(a.as_of) ? ask(ds, null) : later!.answerAsOf(ds, a.as_of, ask);
}

/** How a span answers for a function: published, derived, or #N/A and why (the error's key). */
export interface PeriodChoice {
  period: string;
  mark: "published" | "derived" | "na";
  /** For "na": the reason's message key (growthOnly, derivedInput, notPublishedSeparately…). */
  why?: string;
}

const VALUE_FUNCTIONS = new Set(["EXPORTS", "REGION_EXPORTS", "FIGURE", "SOURCE"]);

/**
 * The spans to offer for a function's period, given its other arguments: every span the region
 * (and for a share, Zibo) has a figure for in that category (or any category, where the category
 * has none), each asked as the function would ask it. Spans with an answer come first, published
 * before derived, newest first in each; then those that give #N/A, marked with why.
 */
export function periodChoices(ds: Dataset, name: string, args: Args): PeriodChoice[] {
  const region = regionOf(args);
  if (region === null) return [];
  const category = parsedCategory(args.category) ?? "TOTAL";
  const regions: RegionCode[] =
    name === "SHARE_OF" || name === "SHARE" ? ["ZIBO", region] : [region];
  const inCategory = ds.figures.filter(
    (f) =>
      regions.includes(f.region) &&
      (f.category === category || (name === "SHARE" && f.category === "TOTAL")),
  );
  const figures =
    inCategory.length > 0 ? inCategory : ds.figures.filter((f) => f.region === region);
  const periods = [...new Map(figures.map((f) => [periodKey(f.period), f.period])).values()]
    .sort((x, y) => comparePeriods(y, x))
    .map(periodKey);
  const choices = periods.map((period): PeriodChoice => {
    const found = answerOf(ds, name, { ...args, period, as_of: "" }, "en");
    if (!found.ok) return { period, mark: "na", why: found.error.key };
    return { period, mark: markOf(ds, name, region, category, period) };
  });
  const rank = { published: 0, derived: 1, na: 2 };
  return choices
    .map((c, i) => ({ c, i }))
    .sort((x, y) => rank[x.c.mark] - rank[y.c.mark] || x.i - y.i)
    .map(({ c }) => c);
}

/** Published or derived: the figure's value for value functions, its rate for growth ones. */
function markOf(
  ds: Dataset,
  name: string,
  region: RegionCode,
  category: CategoryCode,
  period: string,
): "published" | "derived" {
  if (name === "SHARE" || name === "SHARE_OF") return "published";
  const figure = ds.figures.find(
    (f) => f.region === region && f.category === category && periodKey(f.period) === period,
  );
  const measure = VALUE_FUNCTIONS.has(name) ? figure?.cny : figure?.yoyPct;
  return measure?.kind === "reported" ? "published" : "derived";
}

function parsedCategory(input: string | undefined): CategoryCode | null {
  const code = (input ?? "").trim().toUpperCase();
  return (CATEGORY_CODES as readonly string[]).includes(code) ? (code as CategoryCode) : null;
}

/**
 * How a region publishes a category, for a mark beside it: values published, only derived, only
 * growth rates, or nothing of its own (LIB and PV where only their sum LIB_PV is given).
 */
export function categoryMark(
  ds: Dataset,
  region: RegionCode,
  category: CategoryCode,
): "published" | "derived" | "growthOnly" | "notSeparately" | "notPublished" {
  const figures = ds.figures.filter((f) => f.region === region && f.category === category);
  if (figures.some((f) => f.cny?.kind === "reported")) return "published";
  if (figures.some((f) => f.cny)) return "derived";
  if (figures.length > 0) return "growthOnly";
  const inSum = category === "LIB" || category === "PV";
  return inSum && ds.figures.some((f) => f.region === region && f.category === "LIB_PV")
    ? "notSeparately"
    : "notPublished";
}
