import { bundledDataset } from "./bundled";
import { DatasetStore } from "./store";

export { bundledDataset } from "./bundled";
export { datasetFromJson, datasetFromText, type LoadResult, type Problem } from "./load-dataset";
export { datasetJsonSchema } from "./schema";
export { DatasetStore, type DatasetListener } from "./store";

/** The runtime's store, starting from the bundled dataset. */
export const store = new DatasetStore(bundledDataset());
