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
export { DataService, type DataEnvironment, type DataStatus, type ImportOutcome } from "./refresh";
export { datasetJsonSchema } from "./schema";
export { MemoryStorage, type KeyValueStorage } from "./storage";
export { DatasetStore, type DatasetListener } from "./store";

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
