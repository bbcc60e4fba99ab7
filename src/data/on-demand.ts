import { dataMessage, newestFigures, type DataMessage } from "../core";
import type { FeedUrlCheck, FeedUrlSetting } from "./feed-url";
import type { DataService, DataStatus, ImportOutcome } from "./data-service";
import { store } from "./runtime-store";

type ServiceCode = typeof import("./service");

let code: Promise<ServiceCode> | null = null;
let service: DataService | null = null;

/**
 * Fetches the data service's code (the saved copy, the feed, imports and the schema that checks
 * them), a chunk of its own so that the page and the functions start without it. The pane asks
 * at once, so it arrives while Office starts; a failed fetch (the add-in's server out of reach,
 * or a script that does not arrive within `output.chunkLoadTimeout`, 15 s like the feed) is tried
 * again by the next data action.
 */
export function loadDataService(): Promise<ServiceCode> {
  const pending = (code ??= import(/* webpackChunkName: "data-service" */ "./service"));
  pending.catch(() => {
    if (code === pending) code = null;
  });
  return pending;
}

/** Runs `use` on the service; if its code cannot be fetched, answers `failed` with the reason. */
async function withService<T>(
  use: (service: DataService) => Promise<T>,
  failed: (reason: DataMessage) => T,
): Promise<T> {
  let loaded: ServiceCode;
  try {
    loaded = await loadDataService();
  } catch {
    // The browser's words (a script's address, "ChunkLoadError") mean nothing to the reader.
    return failed(dataMessage("serviceNotLoaded", {}));
  }
  // Created after Office is ready (the first action comes then), so storage sees its partition key.
  service ??= loaded.createDataService();
  return use(service);
}

/** The feed was not checked, as when offline: the data in use stays, and the pane says why. */
function notChecked(reason: DataMessage): DataStatus {
  const newest = newestFigures(store.current);
  return {
    state: "offline",
    cachedOn: null,
    reason,
    version: store.current.version,
    asOf: store.current.asOf,
    newest: newest && { period: newest.period, published: newest.published },
    notices: [],
  };
}

/** On start: the saved offline copy (if valid and not older than the bundled data), then the feed. */
export const startData = () => withService((s) => s.start(), notChecked);

/** The Refresh buttons: checks the feed now. */
export const refreshNow = () => withService((s) => s.refreshNow(), notChecked);

/** Imports a file the user picked (.json dataset or .csv figures), as its bytes; all or nothing. */
export const importFromFile = (name: string, content: string | ArrayBuffer) =>
  withService<ImportOutcome>(
    (s) => s.importFile(name, content),
    (message) => ({ state: "rejected", name, problems: [{ line: null, column: null, message }] }),
  );

/** The feed address in use; without the service, none is known and the note says why. */
export const getFeedUrl = () =>
  withService<FeedUrlSetting>(
    (s) => s.getFeedUrl(),
    (problem) => ({ url: "", isDefault: false, problem }),
  );

/** Checks and saves a feed URL; call refreshNow() afterwards to use it. */
export const setFeedUrl = (url: string) =>
  withService<FeedUrlCheck>(
    (s) => s.setFeedUrl(url),
    (message) => ({ ok: false, message }),
  );

export const resetFeedUrl = () =>
  withService<FeedUrlSetting>(
    (s) => s.resetFeedUrl(),
    (problem) => ({ url: "", isDefault: false, problem }),
  );

/** Forgets imports, a custom feed and the saved copy; the bundled data is used until a refresh. */
export const resetToPublished = () =>
  withService<DataMessage[]>(
    (s) => s.resetToPublished(),
    (problem) => [problem],
  );
