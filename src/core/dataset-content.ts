import { makeDataset, type Dataset } from "./dataset";
import { findContradictions } from "./contradictions";
import { deriveFigures } from "./derive";

/**
 * What a dataset file holds, as the model: the figures it gives (reported, or derived with a
 * stated working by the file's author), never the ones the add-in computes at load. Merges work
 * on this so that computed figures are always recomputed, never carried over.
 */
export type DatasetContent = Dataset;

/** The dataset users see: the given figures plus every figure that follows from them. */
export function buildDataset(content: DatasetContent): Dataset {
  const contradictions = findContradictions(content.figures);
  return makeDataset({
    ...content,
    figures: deriveFigures(content.figures),
    ...(contradictions.length > 0 ? { contradictions } : {}),
  });
}
