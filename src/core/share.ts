import type { Dataset, Measure } from "./dataset";
import { fmt } from "./cell-number";
import { queryFigure } from "./figure-query";
import { isLatest, newestAnswer } from "./latest";
import { findFigure, growthOnly, publishedInput } from "./lookup";
import { periodKey } from "./periods";
import type { RegionCode } from "./regions";
import { fail, ok, type Result } from "./result";

/**
 * `=ZIBO.SHARE(category, period)`: the category's percent of TOTAL in the same period, in yuan.
 * Always derived, since no source publishes shares; the working says which figures it divides.
 * Both figures must be published (see `publishedInput`).
 */
export function lookupShare(
  ds: Dataset,
  categoryInput: unknown,
  periodInput: unknown,
  region: RegionCode = "ZIBO",
): Result<Measure> {
  if (isLatest(periodInput)) {
    return newestAnswer(ds, categoryInput, region, (p) =>
      lookupShare(ds, categoryInput, p, region),
    );
  }
  const query = queryFigure(ds, categoryInput, periodInput, region);
  if (!query.ok) return query;
  const { period } = query.value;
  const part = publishedInput(ds, query.value.figure, "SHARE");
  if (!part.ok) return part;
  const figure = part.value;
  const found = findFigure(ds, region, "TOTAL", period);
  if (!found.ok) return found;
  const total = publishedInput(ds, found.value, "SHARE");
  if (!total.ok) return total;
  if (!figure.cny) return growthOnly(figure);
  if (!total.value.cny) return growthOnly(total.value);
  const totalCny = total.value.cny.value;
  if (totalCny === 0) return fail("divisionByZero", "totalIsZero", { period: periodKey(period) });
  const partCny = figure.cny.value;
  return ok({
    value: (partCny / totalCny) * 100,
    kind: "derived",
    derivation: {
      key: "shareOfTotal",
      params: { category: figure.category, part: fmt(partCny), total: fmt(totalCny) },
    },
    sourceIds: [...new Set([...figure.cny.sourceIds, ...total.value.cny.sourceIds])],
  });
}
