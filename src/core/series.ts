import type { CategoryCode } from "./categories";
import { leadMeasure, type Dataset, type Figure } from "./dataset";
import { isLatest, isOmitted, latestPeriod, periodLists, valueIn } from "./lookup";
import { parseCategoryCached, parsePeriodCached, parseUnitCached } from "./parse-cache";
import { isCumulative, periodKey, type Period } from "./periods";
import { provenanceKind, type ProvenanceKind } from "./provenance-kind";
import type { RegionCode } from "./regions";
import { fail, ok, type Result } from "./result";
import type { Unit } from "./units";

export interface SeriesRow {
  period: string;
  /** The value in the unit asked for, or why there is none (no US dollar figure, say). */
  value: Result<number>;
  kind: ProvenanceKind | null;
  /** A year-to-date total (January to a later month), not a discrete quarter, month or half. */
  cumulative: boolean;
  /** The figure the row shows (none for a total the row sums itself). */
  figure?: Figure;
}

export interface Series {
  category: CategoryCode;
  unit: Unit;
  rows: SeriesRow[];
  /** Year-on-year rates in percent rather than values (`SERIES(…, "growth")`). */
  growth?: boolean;
}

/**
 * `=ZIBO.SERIES(category, [from], [to], [unit])`: every span with a figure, ordered by end month,
 * shorter spans first. A row belongs to the range its last month falls in, so a year as `from`
 * starts in its January and a year as `to` ends after its December.
 */
export function lookupSeries(
  ds: Dataset,
  categoryInput: unknown,
  fromInput: unknown,
  toInput: unknown,
  unitInput: unknown,
  region: RegionCode = "ZIBO",
): Result<Series> {
  const category = parseCategoryCached(categoryInput);
  if (!category.ok) return category;
  // "latest" as `to` is the default; as `from`, the caller keeps the newest row of its form.
  const from =
    isOmitted(fromInput) || isLatest(fromInput) ? ok(null) : parsePeriodCached(fromInput);
  if (!from.ok) return from;
  const to = isOmitted(toInput) || isLatest(toInput) ? ok(null) : parsePeriodCached(toInput);
  if (!to.ok) return to;
  const unit = parseUnitCached(unitInput);
  if (!unit.ok) return unit;
  const low = from.value ? month(from.value.year, from.value.first) : -Infinity;
  const high = to.value ? month(to.value.year, to.value.last) : Infinity;
  if (low > high) {
    return fail("invalidValue", "periodsReversed", {
      from: periodKey(from.value!),
      to: periodKey(to.value!),
    });
  }
  const all = ds.figures.filter((f) => f.region === region && f.category === category.value);
  const rows = all
    .filter((f) => {
      const end = month(f.period.year, f.period.last);
      return end >= low && end <= high;
    })
    .map((f) => {
      const found = valueIn(f, unit.value, ds);
      return {
        period: periodKey(f.period),
        value: found.ok ? ok(found.value.value) : found,
        // A growth-only row still says whether its rate is reported or derived.
        kind: found.ok
          ? provenanceKind(ds, found.value.measure)
          : f.cny
            ? null
            : provenanceKind(ds, leadMeasure(f)),
        cumulative: isCumulative(f.period),
        figure: f,
      };
    });
  if (rows.length === 0) return noneFound(ds, category.value, from.value, to.value, region);
  const series = { category: category.value, unit: unit.value, rows };
  return isLatest(fromInput) ? newestRow(series) : ok(series);
}

/** `from` "latest": the newest row with an answer, or the newest row where none has one. */
export function newestRow(series: Series): Result<Series> {
  const rows = series.rows;
  const newest = [...rows].reverse().find((r) => r.value.ok) ?? rows[rows.length - 1];
  return ok({ ...series, rows: newest ? [newest] : [] });
}

/** Months on one line; a row belongs to the range its last month falls in. */
function month(year: number, m: number): number {
  return year * 12 + m;
}

function noneFound(
  ds: Dataset,
  category: CategoryCode,
  from: Period | null,
  to: Period | null,
  region: RegionCode,
): Result<Series> {
  const any = latestPeriod(ds, category, region);
  if (!any.ok) return any;
  return fail("notAvailable", "noFiguresBetween", {
    category,
    region,
    from: from ? periodKey(from) : "",
    to: to ? periodKey(to) : "",
    ...periodLists(ds, region, category),
  });
}
