import type { Dataset } from "../core";

export type DatasetListener = (current: Dataset, previous: Dataset) => void;

/**
 * The one dataset the pane and the functions share (a shared runtime has one JS realm).
 * Replacing it is atomic: readers see the old dataset or the new one, never a mix.
 */
export class DatasetStore {
  private dataset: Dataset;
  private readonly listeners = new Set<DatasetListener>();

  constructor(initial: Dataset) {
    this.dataset = initial;
  }

  get current(): Dataset {
    return this.dataset;
  }

  /** Swaps in a new dataset and tells every subscriber; one failing subscriber does not stop the rest. */
  replace(next: Dataset): void {
    const previous = this.dataset;
    this.dataset = next;
    const failures: unknown[] = [];
    for (const listener of [...this.listeners]) {
      try {
        listener(next, previous);
      } catch (e) {
        failures.push(e);
      }
    }
    if (failures.length > 0) throw new AggregateError(failures, "A dataset subscriber failed");
  }

  /** Returns the function that unsubscribes. */
  subscribe(listener: DatasetListener): () => void {
    this.listeners.add(listener);
    return () => this.listeners.delete(listener);
  }

  get subscriberCount(): number {
    return this.listeners.size;
  }
}
