import type { CategoryCode } from "../categories";
import type { Dataset, Figure } from "../dataset";
import type { Period } from "../periods";
import type { RegionCode } from "../regions";

type Index = Map<RegionCode, Map<CategoryCode, Map<number, Figure>>>;

/** Built once per dataset, on first use; datasets are immutable, so it never goes stale. */
const indexes = new WeakMap<Dataset, Index>();

/**
 * The figure for a region, category and period, found without building a text key: this runs for
 * every cell a dataset change re-answers.
 */
export function figureAt(
  ds: Dataset,
  region: RegionCode,
  category: CategoryCode,
  period: Period,
): Figure | undefined {
  let index = indexes.get(ds);
  if (index === undefined) indexes.set(ds, (index = buildIndex(ds)));
  return index.get(region)?.get(category)?.get(periodNumber(period));
}

/** One number per span: year, first month and last month. */
function periodNumber(p: Period): number {
  return p.year * 10_000 + p.first * 100 + p.last;
}

function buildIndex(ds: Dataset): Index {
  const index: Index = new Map();
  for (const f of ds.figures) {
    let byCategory = index.get(f.region);
    if (byCategory === undefined) index.set(f.region, (byCategory = new Map()));
    let byPeriod = byCategory.get(f.category);
    if (byPeriod === undefined) byCategory.set(f.category, (byPeriod = new Map()));
    byPeriod.set(periodNumber(f.period), f);
  }
  return index;
}
