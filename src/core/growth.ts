import type { Dataset, Measure } from "./dataset";
import { isLatest, newestAnswer, queryFigure } from "./lookup";
import { periodKey, yearAgo } from "./periods";
import type { RegionCode } from "./regions";
import { fail, ok, type Result } from "./result";

/**
 * `=ZIBO.GROWTH(category, period)`: the year-on-year rate in percent. The rate a source reports
 * wins; otherwise the one derived at load from the year-ago figure; otherwise #N/A saying why.
 */
export function lookupGrowth(
  ds: Dataset,
  categoryInput: unknown,
  periodInput: unknown,
  region: RegionCode = "ZIBO",
): Result<Measure> {
  if (isLatest(periodInput)) {
    return newestAnswer(ds, categoryInput, region, (p) =>
      lookupGrowth(ds, categoryInput, p, region),
    );
  }
  const query = queryFigure(ds, categoryInput, periodInput, region);
  if (!query.ok) return query;
  const { figure } = query.value;
  if (figure.yoyPct) return ok(figure.yoyPct);
  return fail("notAvailable", "noGrowth", {
    category: figure.category,
    period: periodKey(figure.period),
    yearAgo: periodKey(yearAgo(figure.period)),
  });
}
