import { parseCategory } from "./categories";
import type { Measure } from "./dataset";
import { lookupGrowthCached } from "./cached-lookups";
import { fmt } from "./cell-number";
import { sameScope } from "./dataset";
import { findFigure, growthOnly, lookupExports, publishedInput, type FoundValue } from "./lookup";
import { parsePeriod, periodKey } from "./periods";
import { parseRegion } from "./regions";
import { isLatest, newestAnswer } from "./latest";
import { ok, type Result } from "./result";
import type { Dataset } from "./dataset";

/** `REGION_GROWTH(region, category, period)`: the growth rate of a context figure, reported or derived. */
export function lookupRegionGrowth(
  ds: Dataset,
  regionInput: unknown,
  categoryInput: unknown,
  periodInput: unknown,
): Result<Measure> {
  const region = parseRegion(regionInput);
  if (!region.ok) return region;
  return lookupGrowthCached(ds, categoryInput, periodInput, region.value);
}

/** `REGION_EXPORTS(region, category, period, [unit])`: a context figure for Shandong or China. */
export function lookupRegionExports(
  ds: Dataset,
  regionInput: unknown,
  categoryInput: unknown,
  periodInput: unknown,
  unitInput?: unknown,
): Result<FoundValue> {
  const region = parseRegion(regionInput);
  if (!region.ok) return region;
  return lookupExports(ds, categoryInput, periodInput, unitInput, region.value);
}

/**
 * `SHARE_OF(region, period, [category])`: Zibo's figure as a percent of the region's, derived from
 * two published figures; `#N/A` where either side is unpublished or only derived.
 */
export function shareOfRegion(
  ds: Dataset,
  regionInput: unknown,
  periodInput: unknown,
  categoryInput?: unknown,
): Result<Measure> {
  const region = parseRegion(regionInput);
  if (!region.ok) return region;
  if (isLatest(periodInput)) {
    // The newest span where Zibo's figure and the region's both answer.
    const category = categoryInput == null || categoryInput === "" ? "TOTAL" : categoryInput;
    return newestAnswer(ds, category, "ZIBO", (p) =>
      shareOfRegion(ds, regionInput, p, categoryInput),
    );
  }
  const period = parsePeriod(periodInput);
  if (!period.ok) return period;
  const category =
    categoryInput == null || categoryInput === ""
      ? ok("TOTAL" as const)
      : parseCategory(categoryInput);
  if (!category.ok) return category;
  const ziboFound = findFigure(ds, "ZIBO", category.value, period.value);
  if (!ziboFound.ok) return ziboFound;
  const zibo = publishedInput(ds, ziboFound.value, "SHARE_OF");
  if (!zibo.ok) return zibo;
  const wholeFound = findFigure(ds, region.value, category.value, period.value);
  if (!wholeFound.ok) return wholeFound;
  const whole = publishedInput(ds, wholeFound.value, "SHARE_OF");
  if (!whole.ok) return whole;
  const part = zibo.value.cny;
  if (!part) return growthOnly(zibo.value);
  const total = whole.value.cny;
  if (!total) return growthOnly(whole.value);
  const params = {
    part: fmt(part.value),
    total: fmt(total.value),
    category: category.value,
    period: periodKey(period.value),
    region: region.value,
  };
  // A share across different product scopes is still a ratio of published figures, but says so.
  const scopes = sameScope(zibo.value, whole.value)
    ? null
    : { scopeEn: whole.value.scope?.en ?? "", scopeZh: whole.value.scope?.zh ?? "" };
  return ok({
    value: (part.value / total.value) * 100,
    kind: "derived",
    derivation: scopes
      ? { key: "shareOfRegionScopes", params: { ...params, ...scopes } }
      : { key: "shareOfRegion", params },
    sourceIds: [...new Set([...part.sourceIds, ...total.sourceIds])],
  });
}
