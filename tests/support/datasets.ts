import {
  bundledContent,
  bundledDataset,
  DataService,
  DatasetStore,
  MemoryStorage,
  validateDatasetFile,
  type KeyValueStorage,
} from "../../src/data";
import type { TimeLimit } from "../../src/data/feed";
import type { DatasetFile } from "../../src/data/schema";
import bundledJson from "../../src/data/zibo-new-three.json";

/** A fixed "today" after 2024Q2 was published, so period checks do not depend on the clock. */
export const TODAY = new Date("2024-09-01T08:00:00Z");

export const FEED_PATH = "/data/zibo-new-three.json";

/** A fresh, typed copy of the bundled dataset file. */
export function bundledFile(): DatasetFile {
  const checked = validateDatasetFile(structuredClone(bundledJson));
  if (!checked.ok) throw new Error("bundled dataset invalid");
  return checked.file;
}

const source = "prnewswire-2024-05-20";

/** The bundled file plus 2024Q2: TOTAL 95, NEV 80 (test numbers, never shipped). */
export function newQuarterFile(): DatasetFile {
  const file = bundledFile();
  file.version = "2024Q2.1";
  file.asOf = "2024-08-15";
  file.figures.push(
    {
      region: "ZIBO",
      category: "TOTAL",
      period: "2024Q2",
      valueCnyMn: 95,
      kind: "reported",
      source,
    },
    { region: "ZIBO", category: "NEV", period: "2024Q2", valueCnyMn: 80, kind: "reported", source },
  );
  return file;
}

/** The new quarter, and NEV 2024Q1 revised from 70 to 72. */
export function revisedFile(): DatasetFile {
  const file = newQuarterFile();
  file.version = "2024Q2.2";
  file.asOf = "2024-08-30";
  const nev = file.figures.find((f) => f.category === "NEV" && f.period === "2024Q1")!;
  nev.valueCnyMn = 72;
  return file;
}

export function text(file: unknown): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

export interface Harness {
  store: DatasetStore;
  storage: KeyValueStorage;
  service: DataService;
}

/** A fetch time limit that never passes: a feed answers however busy the machine is. */
const noTimeLimit: TimeLimit = () => () => undefined;

/**
 * A data service over a fresh store and storage, pointed at `pageUrl`'s default feed path. Its
 * fetches have no time limit unless `timeLimit` gives one (FeedServer.timeLimit for a feed that
 * never answers); `timeoutMs` is the limit the messages name.
 */
export function harness(
  pageUrl: string,
  options: { storage?: KeyValueStorage; timeoutMs?: number; timeLimit?: TimeLimit } = {},
): Harness {
  const store = new DatasetStore(bundledDataset());
  const storage = options.storage ?? new MemoryStorage();
  const service = new DataService({
    store,
    storage,
    bundled: bundledContent(),
    pageUrl,
    now: () => TODAY,
    timeoutMs: options.timeoutMs ?? 5000,
    timeLimit: options.timeLimit ?? noTimeLimit,
  });
  return { store, storage, service };
}
