import {
  type Contradiction,
  type Dataset,
  type Figure,
  type Note,
  type Park,
  type Source,
} from "./dataset";

/** A built dataset as plain data (JSON): its maps as lists, its figures already sorted. */
export interface DatasetSnapshot {
  version: string;
  asOf: string;
  sources: Source[];
  figures: Figure[];
  parks: Park[];
  notes: Note[];
  contradictions?: Contradiction[];
}

export function snapshotOf(dataset: Dataset): DatasetSnapshot {
  return {
    version: dataset.version,
    asOf: dataset.asOf,
    sources: [...dataset.sources.values()],
    figures: [...dataset.figures],
    parks: [...dataset.parks],
    notes: [...dataset.notes],
    ...(dataset.contradictions?.length ? { contradictions: [...dataset.contradictions] } : {}),
  };
}

/**
 * The dataset again, without deriving or sorting anything: the add-in starts from a snapshot of
 * its bundled dataset made at build time, so each start only maps its sources.
 */
export function datasetFromSnapshot(snapshot: DatasetSnapshot): Dataset {
  return {
    ...snapshot,
    sources: new Map(snapshot.sources.map((s) => [s.id, s])),
  };
}
