import { parseCategory } from "./categories";
import type { Measure } from "./dataset";
import { lookupGrowthCached } from "./cached-lookups";
import { fmt } from "./cell-number";
import { sameScope } from "./dataset";
import { findFigure, growthOnly, lookupExports, publishedInput, type FoundValue } from "./lookup";
import { inEachLanguage } from "./localized";
import { parsePeriod, periodKey } from "./periods";
import { parseRegion } from "./parse-region";
import { isLatest, newestAnswer } from "./lookup";
import { fail, ok, type Result } from "./result";
import { scopeParams } from "./share";
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
  const wholeFound = findFigure(ds, region.value, category.value, period.value);
  // A refusal of a share across scopes says that the scopes differ too.
  const differ =
    wholeFound.ok && !sameScope(ziboFound.value, wholeFound.value)
      ? { scopesDiffer: 1, ...scopeParams(ziboFound.value, wholeFound.value) }
      : null;
  const refuse = (r: Result<unknown>): Result<never> => {
    if (r.ok) return fail("notAvailable", "unexpected", { detail: "SHARE_OF refusal" });
    return differ ? fail(r.error.code, r.error.key, { ...r.error.params, ...differ }) : r;
  };
  const zibo = publishedInput(ds, ziboFound.value, "SHARE_OF");
  if (!zibo.ok) return refuse(zibo);
  if (!wholeFound.ok) return wholeFound;
  const whole = publishedInput(ds, wholeFound.value, "SHARE_OF");
  if (!whole.ok) return refuse(whole);
  const part = zibo.value.cny;
  if (!part) return refuse(growthOnly(zibo.value));
  const total = whole.value.cny;
  if (!total) return refuse(growthOnly(whole.value));
  const params = {
    part: fmt(part.value),
    total: fmt(total.value),
    category: category.value,
    period: periodKey(period.value),
    region: region.value,
  };
  // A share across different product scopes is still a ratio of published figures, but says so.
  const none = inEachLanguage(() => "");
  const scopes = differ
    ? { partScope: zibo.value.scope ?? none, totalScope: whole.value.scope ?? none }
    : null;
  return ok({
    value: (part.value / total.value) * 100,
    kind: "derived",
    derivation: scopes
      ? { key: "shareOfRegionScopes", params, localized: scopes }
      : { key: "shareOfRegion", params },
    sourceIds: [...new Set([...part.sourceIds, ...total.sourceIds])],
    inputs: [part, total],
  });
}
