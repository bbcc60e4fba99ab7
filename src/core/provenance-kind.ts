import type { Dataset, Measure } from "./dataset";

/**
 * What a number is: *reported* (a source publishes it for exactly this span and scope),
 * *derived* (computed by a rule from other numbers), *imported* (supplied by the user in a file)
 * or *converted* (another currency at a stated rate). Every label of a number is read from this.
 */
export type ProvenanceKind = "reported" | "derived" | "imported" | "converted";

/** A number the data holds as published is imported when a source it cites came in a user's file. */
export function provenanceKind(ds: Dataset, measure: Measure): ProvenanceKind {
  if (measure.kind === "derived") {
    const how = measure.derivation;
    return how && "key" in how && how.key === "usdAtSourceRate" ? "converted" : "derived";
  }
  return measure.sourceIds.some((id) => ds.sources.get(id)?.standing === "user")
    ? "imported"
    : "reported";
}
