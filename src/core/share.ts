import type { Dataset, Measure } from "./dataset";
import { fmt } from "./derive";
import { queryFigure } from "./figure-query";
import { findFigure, growthOnly } from "./lookup";
import { periodKey } from "./periods";
import type { RegionCode } from "./regions";
import { fail, ok, type Result } from "./result";

/**
 * `=ZIBO.SHARE(category, period)`: the category's percent of TOTAL in the same period, in yuan.
 * Always derived, since no source publishes shares; the working says which figures it divides.
 */
export function lookupShare(
  ds: Dataset,
  categoryInput: unknown,
  periodInput: unknown,
  region: RegionCode = "ZIBO",
): Result<Measure> {
  const query = queryFigure(ds, categoryInput, periodInput, region);
  if (!query.ok) return query;
  const { figure, period } = query.value;
  const total = findFigure(ds, region, "TOTAL", period);
  if (!total.ok) return total;
  if (!figure.cny) return growthOnly(figure);
  if (!total.value.cny) return growthOnly(total.value);
  const totalCny = total.value.cny.value;
  if (totalCny === 0) return fail("divisionByZero", "totalIsZero", { period: periodKey(period) });
  const part = figure.cny.value;
  return ok({
    value: (part / totalCny) * 100,
    kind: "derived",
    derivation: {
      key: "shareOfTotal",
      params: { category: figure.category, part: fmt(part), total: fmt(totalCny) },
    },
    sourceIds: [...new Set([...figure.cny.sourceIds, ...total.value.cny.sourceIds])],
  });
}
