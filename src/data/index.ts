// The data layer: the bundled dataset, the runtime's store, the data service the pane loads on
// demand, and what the pane says about them. Internal: the feed, the saved copy, the file readers
// and the JSON scanner (the service and its import chunk use them), and the Office storage
// adapter, which only the service's chunk creates.
export { bundledContent, bundledDataset } from "./bundled";
export { contentFromFile, fileFromContent } from "./dataset-file";
export { describeImport, describeStatus, type StatusText } from "./describe-status";
export { checkFeedUrl, defaultFeedUrl, type FeedUrlCheck, type FeedUrlSetting } from "./feed-url";
export { formatProblem, type LocatedProblem } from "./located-problem";
export {
  datasetFromJson,
  datasetFromText,
  validateDatasetFile,
  type LoadResult,
  type Problem,
} from "./load-dataset";
export { readDatasetText } from "./read-dataset-text";
export {
  DataService,
  type DataEnvironment,
  type DataStatus,
  type ImportOutcome,
} from "./data-service";
export { datasetJsonSchema } from "./schema";
export { MemoryStorage, type KeyValueStorage } from "./storage";
export { DatasetStore, type DatasetListener } from "./store";
export { validatorTextZh } from "./validator-text-zh";

// The store the functions and the pane share: one module instance, so a refresh reaches both.
export { store } from "./runtime-store";

// The pane's entry points, the service loaded on demand (on-demand.ts).
export {
  getFeedUrl,
  importFromFile,
  loadDataService,
  refreshNow,
  resetFeedUrl,
  resetToPublished,
  setFeedUrl,
  startData,
} from "./on-demand";
