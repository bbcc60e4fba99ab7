import {
  comparePeriods,
  periodKey,
  provenanceKind,
  quarterOf,
  type CategoryCode,
  type Dataset,
  type Figure,
  type Measure,
  type Period,
  type ProvenanceKind,
} from "../../core";

export interface PreviewBar {
  category: CategoryCode;
  period: string;
  value: number;
  kind: ProvenanceKind;
}

export interface PreviewData {
  /** Quarters on the axis, oldest first. */
  periods: string[];
  bars: PreviewBar[];
}

/** Zibo's quarterly figures in million yuan for the categories, as the inserted chart shows them. */
export function previewData(dataset: Dataset, categories: readonly CategoryCode[]): PreviewData {
  const figures = dataset.figures.filter(
    (f): f is Figure & { cny: Measure } =>
      f.region === "ZIBO" &&
      f.cny !== null &&
      quarterOf(f.period) !== null &&
      categories.includes(f.category),
  );
  const periods = new Map<string, Period>(figures.map((f) => [periodKey(f.period), f.period]));
  return {
    periods: [...periods.values()].sort(comparePeriods).map(periodKey),
    bars: figures
      .sort(
        (a, b) =>
          comparePeriods(a.period, b.period) ||
          categories.indexOf(a.category) - categories.indexOf(b.category),
      )
      .map((f) => ({
        category: f.category,
        period: periodKey(f.period),
        value: f.cny.value,
        kind: provenanceKind(dataset, f.cny),
      })),
  };
}
