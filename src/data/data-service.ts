import {
  buildDataset,
  dataMessage,
  hasChanges,
  isoDay,
  mergeContent,
  newestFigures,
  SerialQueue,
  type ChangeSummary,
  type DatasetContent,
  type DataMessage,
  type MergeMode,
} from "../core";
// The file readers' English comes with them, in this on-demand code (see file-message.ts).
// eslint-disable-next-line no-restricted-imports
import { fileMessage } from "../core/file-message";
import { CACHE_KEY, readCache, writeCache, type CacheEntry } from "./cache";
import { fileFromContent } from "./dataset-file";
import { fetchFeed, type FeedValidators, type TimeLimit } from "./feed";
import {
  checkFeedUrl,
  clearFeedUrl,
  readFeedUrl,
  saveFeedUrl,
  type FeedUrlCheck,
  type FeedUrlSetting,
} from "./feed-url";
import { validateDatasetFile } from "./load-dataset";
import { problemMessage, type LocatedProblem } from "./located-problem";
import { problemTotal } from "./problem-list";
import { readDatasetTextYielding } from "./read-dataset-text";
import type { KeyValueStorage } from "./storage";
import type { DatasetStore } from "./store";

export interface DataEnvironment {
  store: DatasetStore;
  storage: KeyValueStorage;
  /** The dataset shipped with the add-in; the store starts from it and never goes below it. */
  bundled: DatasetContent;
  /** The add-in page's URL: the default feed is `data/zibo-new-three.json` beside it. */
  pageUrl: string;
  now?: () => Date;
  fetchImpl?: typeof fetch;
  timeoutMs?: number;
  /** How a fetch's time limit is kept; by the wall clock unless a test says otherwise. */
  timeLimit?: TimeLimit;
  maxBytes?: number;
}

export const DEFAULT_TIMEOUT_MS = 15_000;
export const DEFAULT_MAX_BYTES = 2 * 1_048_576;

/** What the pane shows after a start or a refresh. `notices` are side remarks (a bad cache, …). */
export type DataStatus = {
  version: string;
  asOf: string;
  /** Zibo's newest period in the data in use, and when its sources published it. */
  newest: { period: string; published: string | null } | null;
  notices: DataMessage[];
} & (
  | { state: "up-to-date" }
  | { state: "updated"; changes: ChangeSummary }
  /** `cachedOn`: the day the data in use came from the feed; null when it is the bundled data. */
  | { state: "offline"; cachedOn: string | null; reason: DataMessage }
  | { state: "rejected"; reason: DataMessage; problems: LocatedProblem[] }
);

export type ImportOutcome =
  | { state: "imported"; name: string; changes: ChangeSummary; notices: DataMessage[] }
  | { state: "rejected"; name: string; problems: LocatedProblem[] };

type Applied =
  | { ok: true; changes: ChangeSummary; notices: DataMessage[] }
  | { ok: false; problems: LocatedProblem[] };

/**
 * Keeps the runtime's dataset current: the bundled data, then the saved offline copy, then the
 * feed; and imports. Every update validates fully, merges, and replaces the store once; on any
 * failure the store and the saved copy stay as they were. Operations run one at a time.
 */
export class DataService {
  private current: DatasetContent;
  private cache: CacheEntry | null = null;
  /**
   * What start-up made of the saved copy: `ignored` (unreadable or invalid; a feed may replace it,
   * an import may not, as it could hold the last good feed data) or `newer` (kept untouched).
   */
  private savedCopy: "usable" | "ignored" | "newer" = "usable";
  private readonly operations = new SerialQueue();
  private pendingRefresh: Promise<DataStatus> | null = null;
  private started = false;

  constructor(private readonly env: DataEnvironment) {
    this.current = env.bundled;
  }

  /**
   * On start: the saved copy if it is valid and not older than the bundled data (the store takes
   * it at once), then the feed. Called again, it only checks the feed.
   */
  start(): Promise<DataStatus> {
    if (this.started) return this.refreshNow();
    this.started = true;
    return this.serial(() =>
      this.reporting(async () => {
        const notices = await this.loadCache();
        const status = await this.checkFeed();
        return { ...status, notices: [...notices, ...status.notices] };
      }),
    );
  }

  /** Checks the feed now; a refresh asked for while one runs shares its answer. */
  refreshNow(): Promise<DataStatus> {
    this.pendingRefresh ??= this.serial(() => this.reporting(() => this.checkFeed())).finally(
      () => {
        this.pendingRefresh = null;
      },
    );
    return this.pendingRefresh;
  }

  /** Imports a picked file: all of it, or nothing. */
  importFile(name: string, content: string | ArrayBuffer | Uint8Array): Promise<ImportOutcome> {
    return this.serial(async () => {
      let read;
      try {
        // The import readers are a chunk of their own, loaded on the first import.
        const { readImportFile } = await import(/* webpackChunkName: "import" */ "./import-file");
        read = await readImportFile(name, content, this.now());
      } catch {
        // A reader could not be loaded (the add-in's server unreachable, say).
        const message = dataMessage("serviceNotLoaded");
        return { state: "rejected", name, problems: [{ line: null, column: null, message }] };
      }
      if (!read.ok) return { state: "rejected", name, problems: read.problems };
      const applied = this.apply(read.content, "import");
      if (!applied.ok) return { state: "rejected", name, problems: applied.problems };
      const saved = await this.save(this.cache ?? (await this.unfetchedEntry()), "import");
      return {
        state: "imported",
        name,
        changes: applied.changes,
        notices: [...read.notices, ...applied.notices, ...saved],
      };
    });
  }

  getFeedUrl(): Promise<FeedUrlSetting> {
    return readFeedUrl(this.env.storage, this.env.pageUrl);
  }

  /**
   * Saves a feed URL once it answers with a valid dataset; an address that fails (404, a web page,
   * an invalid file, no answer) is not saved, so the previous one stays. The pane refreshes
   * afterwards to use the new feed.
   */
  async setFeedUrl(input: string): Promise<FeedUrlCheck> {
    const checked = checkFeedUrl(input, this.env.pageUrl);
    if (!checked.ok) return checked;
    const response = await fetchFeed(checked.url, {
      validators: null,
      timeoutMs: this.env.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      timeLimit: this.env.timeLimit,
      maxBytes: this.env.maxBytes ?? DEFAULT_MAX_BYTES,
      ...(this.env.fetchImpl ? { fetchImpl: this.env.fetchImpl } : {}),
    });
    if (response.kind === "unavailable" || response.kind === "rejected") {
      return { ok: false, message: response.message };
    }
    if (response.kind === "body") {
      const read = await readDatasetTextYielding(response.text, this.now());
      if (!read.ok) {
        // No list of problems beside the address: the first one is said, in words.
        const first = problemMessage(read.problems[0]!);
        const count = problemTotal(read.problems);
        return { ok: false, message: fileMessage("feedUrlInvalidFile", { count }, { first }) };
      }
    }
    return saveFeedUrl(this.env.storage, checked.url, this.env.pageUrl);
  }

  /**
   * Back to the published data: forgets the custom feed address and the saved copy (imports and
   * custom-feed data live in it, whatever its state), and puts the bundled data in the store. The
   * pane then refreshes from the default feed. Answers the storage failures, if any.
   */
  resetToPublished(): Promise<DataMessage[]> {
    return this.serial(async () => {
      const problems: DataMessage[] = [];
      const feed = await clearFeedUrl(this.env.storage);
      if (feed) problems.push(feed);
      try {
        await this.env.storage.removeItem(CACHE_KEY);
      } catch {
        problems.push(dataMessage("storageFailed"));
      }
      this.cache = null;
      this.current = this.env.bundled;
      this.env.store.replace(buildDataset(this.env.bundled));
      return problems;
    });
  }

  async resetFeedUrl(): Promise<FeedUrlSetting> {
    const problem = await clearFeedUrl(this.env.storage);
    const setting = await this.getFeedUrl();
    return problem ? { ...setting, problem } : setting;
  }

  private async loadCache(): Promise<DataMessage[]> {
    const read = await readCache(this.env.storage, this.now());
    if (read.kind === "empty") return [];
    if (read.kind === "newer") {
      this.savedCopy = "newer";
      return [read.message];
    }
    if (read.kind === "ignored") {
      this.savedCopy = "ignored";
      return [read.message];
    }
    const floor = this.env.bundled.asOf;
    if (read.content.asOf < floor) {
      return [dataMessage("cacheOlder", { cached: read.content.asOf, floor })];
    }
    const applied = this.apply(read.content, "feed");
    if (!applied.ok) {
      this.savedCopy = "ignored";
      return [dataMessage("cacheInvalid", {}, { detail: problemMessage(applied.problems[0]!) })];
    }
    this.cache = read.entry;
    return applied.notices;
  }

  private async checkFeed(): Promise<DataStatus> {
    const setting = await this.getFeedUrl();
    const notices = setting.problem ? [setting.problem] : [];
    const cache = this.cache?.feedUrl === setting.url ? this.cache : null;
    const response = await fetchFeed(setting.url, {
      validators: cache && { etag: cache.etag, lastModified: cache.lastModified },
      timeoutMs: this.env.timeoutMs ?? DEFAULT_TIMEOUT_MS,
      timeLimit: this.env.timeLimit,
      maxBytes: this.env.maxBytes ?? DEFAULT_MAX_BYTES,
      ...(this.env.fetchImpl ? { fetchImpl: this.env.fetchImpl } : {}),
    });
    switch (response.kind) {
      case "notModified": {
        const saved = await this.save({ ...cache!, fetchedAt: this.now().toISOString() }, "feed");
        return this.status({ state: "up-to-date" }, [...notices, ...saved]);
      }
      case "unavailable":
        return this.status(
          { state: "offline", cachedOn: this.cachedOn(), reason: response.message },
          notices,
        );
      case "rejected":
        return this.status({ state: "rejected", reason: response.message, problems: [] }, notices);
      case "body":
        return this.acceptFeed(response.text, setting.url, response.validators, notices);
    }
  }

  private async acceptFeed(
    text: string,
    feedUrl: string,
    validators: FeedValidators,
    notices: DataMessage[],
  ): Promise<DataStatus> {
    const read = await readDatasetTextYielding(text, this.now());
    if (!read.ok) return this.rejected(invalidFile(read.problems), read.problems, notices);
    const incoming = read.content.asOf;
    if (incoming < this.env.bundled.asOf) {
      return this.rejected(
        dataMessage("olderThanBundled", { incoming, floor: this.env.bundled.asOf }),
        [],
        notices,
      );
    }
    if (incoming < this.current.asOf) {
      return this.rejected(
        dataMessage("olderThanCurrent", { incoming, current: this.current.asOf }),
        [],
        notices,
      );
    }
    const previous = this.current;
    const applied = this.apply(read.content, "feed");
    if (!applied.ok) return this.rejected(invalidFile(applied.problems), applied.problems, notices);
    const now = this.now().toISOString();
    const saved = await this.save(
      { text: "", feedUrl, ...validators, fetchedAt: now, savedAt: now },
      "feed",
    );
    const all = [...notices, ...applied.notices, ...saved];
    const changed =
      hasChanges(applied.changes) ||
      previous.version !== this.current.version ||
      previous.asOf !== this.current.asOf;
    return changed
      ? this.status({ state: "updated", changes: applied.changes }, all)
      : this.status({ state: "up-to-date" }, all);
  }

  /**
   * Merges, re-validates the result as a dataset file (so the saved copy will load next time),
   * then replaces the store once. Leaves everything untouched when the result is invalid.
   */
  private apply(incoming: DatasetContent, mode: MergeMode): Applied {
    const merged = mergeContent(this.current, incoming, { mode, replacedOn: isoDay(this.now()) });
    const noop =
      !hasChanges(merged.changes) &&
      merged.content.version === this.current.version &&
      merged.content.asOf === this.current.asOf;
    // Nothing changed (a feed repeating the data in use): the data in use was checked already,
    // and the incoming file just now, so the result needs no second validation.
    if (noop) {
      this.current = merged.content;
      return { ok: true, changes: merged.changes, notices: [] };
    }
    const checked = validateDatasetFile(fileFromContent(merged.content));
    if (!checked.ok) {
      return {
        ok: false,
        problems: checked.problems.map((p) => ({
          line: null,
          column: null,
          message: dataMessage("schemaProblem", { path: p.path }, { detail: p.localized() }),
        })),
      };
    }
    this.current = merged.content;
    const built = buildDataset(merged.content);
    // Figures that contradict each other stay as published, and the pane says so in words.
    const contradictions = (built.contradictions ?? []).map(
      (c) => ({ key: "contradiction", params: {}, localized: { text: c.text } }) as DataMessage,
    );
    try {
      this.env.store.replace(built);
    } catch {
      // The store holds the new data already; only some subscriber failed to take it.
      return {
        ok: true,
        changes: merged.changes,
        notices: [dataMessage("viewsFailed"), ...contradictions],
      };
    }
    return { ok: true, changes: merged.changes, notices: contradictions };
  }

  /**
   * Saves the data in use with the given feed details; the text is always the current data.
   * A copy from a newer version is never replaced; an ignored one only by the feed's data.
   */
  private async save(entry: CacheEntry, from: "feed" | "import"): Promise<DataMessage[]> {
    // Once the copy is gone (cleared, as by a reset to the published data) there is nothing to keep.
    if (this.savedCopy === "newer" && (await this.copyStillSaved())) {
      return [dataMessage("notSavedNewer")];
    }
    if (this.savedCopy === "ignored" && from === "import" && (await this.copyStillSaved())) {
      return [dataMessage("importNotSaved")];
    }
    const full: CacheEntry = {
      ...entry,
      text: JSON.stringify(fileFromContent(this.current)),
      savedAt: this.now().toISOString(),
    };
    const problem = await writeCache(this.env.storage, full);
    if (problem) return [problem];
    this.cache = full;
    this.savedCopy = "usable";
    return [];
  }

  private async copyStillSaved(): Promise<boolean> {
    try {
      return (await this.env.storage.getItem(CACHE_KEY)) != null;
    } catch {
      return true;
    }
  }

  /** The day the data in use was last confirmed by the feed (or saved, if it never was). */
  private cachedOn(): string | null {
    if (!this.cache) return null;
    return (this.cache.fetchedAt ?? this.cache.savedAt).slice(0, 10);
  }

  private async unfetchedEntry(): Promise<CacheEntry> {
    const { url } = await this.getFeedUrl();
    return { text: "", feedUrl: url, etag: null, lastModified: null, fetchedAt: null, savedAt: "" };
  }

  private rejected(
    reason: DataMessage,
    problems: LocatedProblem[],
    notices: DataMessage[],
  ): DataStatus {
    return this.status({ state: "rejected", reason, problems }, notices);
  }

  private status<S extends DistributiveOmit<DataStatus, "version" | "asOf" | "newest" | "notices">>(
    state: S,
    notices: DataMessage[],
  ): DataStatus {
    const newest = newestFigures(this.env.store.current);
    return {
      ...state,
      version: this.current.version,
      asOf: this.current.asOf,
      newest: newest && { period: newest.period, published: newest.published },
      notices,
    };
  }

  /** A defect or a storage failure still ends in a state the pane can show. */
  private async reporting(check: () => Promise<DataStatus>): Promise<DataStatus> {
    try {
      return await check();
    } catch {
      return this.rejected(dataMessage("unexpected"), [], []);
    }
  }

  private serial<T>(operation: () => Promise<T>): Promise<T> {
    return this.operations.run(operation);
  }

  private now(): Date {
    return (this.env.now ?? (() => new Date()))();
  }
}

type DistributiveOmit<T, K extends PropertyKey> = T extends unknown ? Omit<T, K> : never;

function invalidFile(problems: LocatedProblem[]): DataMessage {
  return dataMessage("invalidFile", { count: problemTotal(problems) });
}
