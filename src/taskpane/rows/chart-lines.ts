import { leadMeasure, type CategoryCode, type Dataset } from "../../core";
import type { PaneStrings } from "../strings";
import { distinctSourceIds, sourcesText } from "./source-text";

/**
 * The lines written under a chart of Zibo's exports: the sources of the figures it draws, that a
 * lighter bar is derived, and the dataset they come from.
 */
export function chartSourceLines(
  dataset: Dataset,
  categories: readonly CategoryCode[],
  strings: PaneStrings,
): string[] {
  const text = strings.table;
  const ids = distinctSourceIds(
    dataset.figures
      .filter((f) => f.region === "ZIBO" && categories.includes(f.category))
      .map((f) => leadMeasure(f).sourceIds),
  );
  return [
    text.chartSourceLine({ sources: sourcesText(dataset, ids, text) }),
    text.chartDerivedLine,
    text.citationDataset({ version: dataset.version, asOf: dataset.asOf }),
  ];
}
