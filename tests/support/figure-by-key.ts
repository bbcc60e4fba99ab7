import {
  figureAt,
  parsePeriodKey,
  type CategoryCode,
  type Dataset,
  type Figure,
  type RegionCode,
} from "../../src/core";

/** The figure a `REGION|CATEGORY|PERIOD` key names, found as the functions find it. */
export function figureByKey(ds: Dataset, key: string): Figure | undefined {
  const [region, category, period] = key.split("|");
  return figureAt(ds, region as RegionCode, category as CategoryCode, parsePeriodKey(period!)!);
}
