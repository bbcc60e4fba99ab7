import { bundledContent, bundledDataset } from "./bundled";
import { officeStorage } from "./office-storage";
import { DataService } from "./refresh";
import { DatasetStore } from "./store";

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

/** The runtime's store, starting from the bundled dataset. */
export const store = new DatasetStore(bundledDataset());

let service: DataService | null = null;

/** Created on first use, after Office is ready, so storage can see Office's partition key. */
function dataService(): DataService {
  service ??= new DataService({
    store,
    storage: officeStorage(),
    bundled: bundledContent(),
    pageUrl: location.href,
  });
  return service;
}

/** On start: the saved offline copy (if valid and not older than the bundled data), then the feed. */
export const startData = () => dataService().start();
/** The Refresh buttons: checks the feed now. */
export const refreshNow = () => dataService().refreshNow();
/** Imports a file the user picked (.json dataset or .csv figures), as its bytes; all or nothing. */
export const importFromFile = (name: string, content: string | ArrayBuffer) =>
  dataService().importFile(name, content);
export const getFeedUrl = () => dataService().getFeedUrl();
/** Checks and saves a feed URL; call refreshNow() afterwards to use it. */
export const setFeedUrl = (url: string) => dataService().setFeedUrl(url);
export const resetFeedUrl = () => dataService().resetFeedUrl();
/** Forgets imports, a custom feed and the saved copy; the bundled data is used until a refresh. */
export const resetToPublished = () => dataService().resetToPublished();
