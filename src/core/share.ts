import { figureKey, sameScope, type Dataset, type Figure, type Measure } from "./dataset";
import { fmt } from "./cell-number";
import {
  findFigure,
  growthOnly,
  isLatest,
  newestAnswer,
  publishedInput,
  queryFigure,
  withheldFor,
} from "./lookup";
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
  if (!sameScope(figure, total.value)) return scopesDiffer("SHARE", figure, total.value);
  if (!figure.cny) return growthOnly(figure);
  if (!total.value.cny) return growthOnly(total.value);
  const totalCny = total.value.cny.value;
  if (totalCny === 0) return fail("divisionByZero", "totalIsZero", { period: periodKey(period) });
  const partCny = figure.cny.value;
  // A part above its total contradicts: no share above 100 % is offered.
  const disagree = ds.contradictions?.find(
    (c) =>
      c.figures[0] === figureKey(region, figure.category, period) &&
      c.figures[1] === figureKey(region, "TOTAL", period),
  );
  if (disagree)
    return withheldFor(`SHARE(${figure.category}) ${periodKey(period)}`, region, disagree);
  return ok({
    value: (partCny / totalCny) * 100,
    kind: "derived",
    derivation: {
      key: "shareOfTotal",
      params: { category: figure.category, part: fmt(partCny), total: fmt(totalCny) },
    },
    sourceIds: [...new Set([...figure.cny.sourceIds, ...total.value.cny.sourceIds])],
    // Its range is worked out from these where it is shown (see provenanceOf).
    inputs: [figure.cny, total.value.cny],
  });
}

/** `#N/A` naming both figures of a ratio and what each counts, when their scopes differ. */
export function scopesDiffer<T>(fn: "SHARE" | "SHARE_OF", part: Figure, total: Figure): Result<T> {
  return fail("notAvailable", "scopesDiffer", {
    fn,
    period: periodKey(part.period),
    ...scopeParams(part, total),
  });
}

/** The two sides of a ratio and their scopes, as message parameters. */
export function scopeParams(part: Figure, total: Figure): Record<string, string> {
  return {
    partRegion: part.region,
    partCategory: part.category,
    partScopeEn: part.scope?.en ?? "",
    partScopeZh: part.scope?.zh ?? "",
    totalRegion: total.region,
    totalCategory: total.category,
    totalScopeEn: total.scope?.en ?? "",
    totalScopeZh: total.scope?.zh ?? "",
  };
}
