import { formatSource, type Dataset, type Source } from "../../core";
import type { PaneStrings } from "../strings";
import { distinctSourceIds } from "./source-text";

/**
 * The note a shareable copy leaves under the converted cells: which dataset the values came from,
 * then every source its figures cite, in full (publisher, title, date, address).
 */
export function provenanceLines(dataset: Dataset, strings: PaneStrings): string[] {
  const text = strings.table;
  const cited = new Set(
    distinctSourceIds(
      dataset.figures.flatMap((f) =>
        [f.cny, f.usd, f.yoyPct].flatMap((m) => (m ? [m.sourceIds] : [])),
      ),
    ),
  );
  // In the dataset's own order: Zibo's primary source first.
  const sources = [...dataset.sources.values()].filter((s: Source) => cited.has(s.id));
  return [
    text.shareProvenance({ version: dataset.version, asOf: dataset.asOf }),
    ...sources.map((s) => text.shareSource({ citation: formatSource(s) })),
  ];
}
