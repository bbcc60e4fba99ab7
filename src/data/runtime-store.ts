import { bundledDataset } from "./bundled";
import { DatasetStore } from "./store";

/**
 * The runtime's store, starting from the bundled dataset: all the custom functions need of the
 * data layer. The feed, imports and their checks stay out of the functions bundle.
 */
export const store = new DatasetStore(bundledDataset());
