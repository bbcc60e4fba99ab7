import type { CategoryCode } from "./categories";
import type { Dataset, Kind } from "./dataset";
import { latestPeriod, isOmitted } from "./latest";
import { periodLists, valueIn } from "./lookup";
import { parseCategoryCached, parsePeriodCached, parseUnitCached } from "./parse-cache";
import { periodKey, type Period } from "./periods";
import type { RegionCode } from "./regions";
import { fail, ok, type Result } from "./result";
import type { Unit } from "./units";

export interface SeriesRow {
  period: string;
  /** The value in the unit asked for, or why there is none (no US dollar figure, say). */
  value: Result<number>;
  kind: Kind | null;
}

export interface Series {
  category: CategoryCode;
  unit: Unit;
  rows: SeriesRow[];
}

/**
 * `=ZIBO.SERIES(category, [from], [to], [unit])`: every period with a figure, oldest first.
 * A year as `from` starts at its first quarter; a year as `to` ends after its last.
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
  const from = isOmitted(fromInput) ? ok(null) : parsePeriodCached(fromInput);
  if (!from.ok) return from;
  const to = isOmitted(toInput) ? ok(null) : parsePeriodCached(toInput);
  if (!to.ok) return to;
  const unit = parseUnitCached(unitInput);
  if (!unit.ok) return unit;
  const low = from.value ? position(from.value, 0) : -Infinity;
  const high = to.value ? position(to.value, 5) : Infinity;
  if (low > high) {
    return fail("invalidValue", "periodsReversed", {
      from: periodKey(from.value!),
      to: periodKey(to.value!),
    });
  }
  const all = ds.figures.filter((f) => f.region === region && f.category === category.value);
  const rows = all
    .filter((f) => {
      const p = position(f.period, 5);
      return p >= low && p <= high;
    })
    .map((f) => {
      const found = valueIn(f, unit.value);
      return {
        period: periodKey(f.period),
        value: found.ok ? ok(found.value.value) : found,
        kind: found.ok ? found.value.measure.kind : null,
      };
    });
  if (rows.length === 0) return noneFound(ds, category.value, from.value, to.value, region);
  return ok({ category: category.value, unit: unit.value, rows });
}

/** Orders periods on one line; a missing quarter means the year's start (0) or end (5). */
function position(p: Period, yearQuarter: number): number {
  return p.year * 10 + (p.quarter ?? yearQuarter);
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
