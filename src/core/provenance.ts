import type { Dataset, Measure, Source } from "./dataset";
import type { Derivation } from "./derivation-text";
import { provenanceKind, type ProvenanceKind } from "./provenance-kind";
import { shareRange } from "./ranges";

/**
 * Where one number comes from, as one value every surface reads its labels from (SOURCE, the
 * cards, the tables, the chart, the pane and INFO).
 */
export interface Provenance {
  kind: ProvenanceKind;
  value: number;
  /**
   * reported: the publishing sources. imported: the sources as the file words them (its own
   * title, address and date, never the add-in's publisher). derived, converted: every source behind
   * the inputs.
   */
  sources: readonly Source[];
  /** imported: the file's name and the ISO date of the import, where recorded. */
  file?: string;
  importedOn?: string;
  /** derived, converted: the rule, in words a reader can check. */
  working?: Derivation;
  /** derived, converted: the lowest and highest the inputs' rounding allows. */
  range?: readonly [number, number];
  /** derived, converted: the numbers it was computed from, each with its own provenance. */
  inputs: readonly Provenance[];
  /** converted: yuan per US dollar, and the source whose pair of figures implies it. */
  rate?: number;
  rateFrom?: Source;
}

/** The provenance of one measure of a figure (its CNY value, USD value or rate). */
export function provenanceOf(ds: Dataset, measure: Measure): Provenance {
  const kind = provenanceKind(ds, measure);
  const sources = measure.sourceIds
    .map((id) => ds.sources.get(id))
    .filter((s): s is Source => s !== undefined);
  const inputs = (measure.inputs ?? []).map((m) => provenanceOf(ds, m));
  const out: Provenance = { kind, value: measure.value, sources, inputs };
  if (kind === "imported") {
    const file = sources.find((s) => s.standing === "user");
    if (file?.file) out.file = file.file;
    if (file?.importedOn) out.importedOn = file.importedOn;
  }
  if (measure.derivation) out.working = measure.derivation;
  const range = measure.range ?? shareRangeOf(measure);
  if (range) out.range = range;
  if (kind === "converted" && measure.inputs && measure.inputs.length === 3) {
    // The inputs of a conversion: the CNY value, then the source's pair (CNY, USD).
    const [, pairCny, pairUsd] = measure.inputs;
    out.rate = pairCny!.value / pairUsd!.value;
    const from = ds.sources.get(pairCny!.sourceIds[0] ?? "");
    if (from) out.rateFrom = from;
  }
  return out;
}

/** A share's range, worked out where it is shown so the functions' start-up code stays small. */
function shareRangeOf(measure: Measure): readonly [number, number] | undefined {
  const how = measure.derivation;
  const [part, total] = measure.inputs ?? [];
  return how && "key" in how && how.key.startsWith("share") && part && total
    ? shareRange(part, total)
    : undefined;
}
