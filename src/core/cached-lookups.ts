import type { Dataset } from "./dataset";
import { lookupGrowth } from "./growth";
import { lookupExports, memoizeLookup, type Lookup3 } from "./lookup";
import type { RegionCode } from "./regions";
import { lookupShare } from "./share";

/** One memo per region, made when a region is first asked about. */
export function perRegion<R>(
  make: (region: RegionCode) => Lookup3<R>,
): (region: RegionCode) => Lookup3<R> {
  const memos = new Map<RegionCode, Lookup3<R>>();
  return (region) => {
    let memo = memos.get(region);
    if (memo === undefined) memos.set(region, (memo = make(region)));
    return memo;
  };
}

// The per-cell lookups the live functions run, remembered per dataset and region.
const exportsMemo = perRegion((region) =>
  memoizeLookup((ds, category, period, unit) => lookupExports(ds, category, period, unit, region)),
);
const growthMemo = perRegion((region) =>
  memoizeLookup((ds, category, period) => lookupGrowth(ds, category, period, region)),
);
const shareMemo = perRegion((region) =>
  memoizeLookup((ds, category, period) => lookupShare(ds, category, period, region)),
);
export function lookupExportsCached(
  ds: Dataset,
  category: unknown,
  period: unknown,
  unit: unknown,
  region: RegionCode = "ZIBO",
) {
  return exportsMemo(region)(ds, category, period, unit);
}

export function lookupGrowthCached(
  ds: Dataset,
  category: unknown,
  period: unknown,
  region: RegionCode = "ZIBO",
) {
  return growthMemo(region)(ds, category, period, null);
}

export function lookupShareCached(
  ds: Dataset,
  category: unknown,
  period: unknown,
  region: RegionCode = "ZIBO",
) {
  return shareMemo(region)(ds, category, period, null);
}
