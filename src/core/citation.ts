import type { Dataset, Measure, Source } from "./dataset";
import { queryFigure } from "./figure-query";
import type { RegionCode } from "./regions";
import { ok, type Result } from "./result";

/** A source as a reader cites it: publisher, "title", date, address. */
export function formatSource(source: Source): string {
  return `${source.publisher}, "${source.title}", ${source.published ?? "undated"}, ${source.url}`;
}

/** Where a number comes from: its sources, and for a derived number how it was computed first. */
export function citeMeasure(ds: Dataset, measure: Measure): string {
  const cited = measure.sourceIds
    .map((id) => ds.sources.get(id))
    .filter((s): s is Source => s !== undefined)
    .map(formatSource)
    .join("; ");
  if (measure.kind === "reported") return cited;
  const how = measure.derivation ?? "computed from the sources below";
  return `derived: ${how}. Source: ${cited}`;
}

/** `=ZIBO.SOURCE(category, period)`: the citation of a figure's value in million yuan. */
export function lookupSource(
  ds: Dataset,
  categoryInput: unknown,
  periodInput: unknown,
  region: RegionCode = "ZIBO",
): Result<string> {
  const query = queryFigure(ds, categoryInput, periodInput, region);
  if (!query.ok) return query;
  return ok(citeMeasure(ds, query.value.figure.cny));
}
