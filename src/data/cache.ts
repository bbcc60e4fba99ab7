import * as z from "zod/mini";
import { dataMessage, type DatasetContent, type DataMessage } from "../core";
import { DATASET_FORMAT } from "./dataset-file";
import { problemMessage } from "./located-problem";
import { readDatasetTextYielding } from "./read-dataset-text";
import { validatorText } from "./validator-text";
import type { KeyValueStorage } from "./storage";

export const CACHE_KEY = "zibo-new-three.data-cache";
const APP = "zibo-new-three";
const CACHE_FORMAT = 1;

/**
 * The last good dataset, as dataset-file text (re-validated like a feed on every read), with what
 * the feed said about it, so the next request can be conditional.
 */
export interface CacheEntry {
  /** The dataset in use, in the file format: the merge of everything accepted so far. */
  text: string;
  /** The feed whose validators these are; they mean nothing to another URL. */
  feedUrl: string;
  etag: string | null;
  lastModified: string | null;
  /** When the feed last confirmed or delivered this data (ISO timestamp), or null if it never did. */
  fetchedAt: string | null;
  savedAt: string;
}

const entrySchema = z.strictObject({
  app: z.literal(APP),
  cacheFormat: z.literal(1),
  text: z.string().check(z.maxLength(8_000_000)),
  feedUrl: z.string().check(z.maxLength(2000)),
  etag: z.nullable(z.string().check(z.maxLength(1000))),
  lastModified: z.nullable(z.string().check(z.maxLength(200))),
  fetchedAt: z.nullable(z.iso.datetime()),
  savedAt: z.iso.datetime(),
});

export type CacheRead =
  | { kind: "empty" }
  | { kind: "ok"; entry: CacheEntry; content: DatasetContent }
  | { kind: "ignored"; message: DataMessage }
  /** Written by a newer version of the add-in: not used, and not to be overwritten. */
  | { kind: "newer"; message: DataMessage };

/** Reads the saved copy; anything unreadable, foreign or invalid is ignored with a message. */
export async function readCache(storage: KeyValueStorage, today: Date): Promise<CacheRead> {
  let raw: string | null | undefined;
  try {
    raw = await storage.getItem(CACHE_KEY);
  } catch {
    // The storage's own exception text means nothing to the reader.
    return ignored("cacheUnreadable", {});
  }
  // Some hosts' storage answers undefined, not null, for a key never set.
  if (raw === null || raw === undefined) return { kind: "empty" };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return ignored("cacheNotJson", {});
  }
  if (typeof json !== "object" || json === null || (json as { app?: unknown }).app !== APP) {
    return ignored("cacheForeign", {});
  }
  if (isNewer(json as { cacheFormat?: unknown; text?: unknown })) {
    return { kind: "newer", message: dataMessage("cacheNewer") };
  }
  const parsed = entrySchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0]!;
    const where = dataMessage(
      "schemaProblem",
      { path: issue.path.join(".") },
      { detail: validatorText(issue) },
    );
    return { kind: "ignored", message: dataMessage("cacheUnreadable", {}, { detail: where }) };
  }
  const entry: CacheEntry = {
    text: parsed.data.text,
    feedUrl: parsed.data.feedUrl,
    etag: parsed.data.etag,
    lastModified: parsed.data.lastModified,
    fetchedAt: parsed.data.fetchedAt,
    savedAt: parsed.data.savedAt,
  };
  const read = await readDatasetTextYielding(entry.text, today);
  if (!read.ok) {
    return {
      kind: "ignored",
      message: dataMessage("cacheInvalid", {}, { detail: problemMessage(read.problems[0]!) }),
    };
  }
  return { kind: "ok", entry, content: read.content };
}

/** Saves the dataset in use; returns a message when storage refuses (quota, private mode). */
export async function writeCache(
  storage: KeyValueStorage,
  entry: CacheEntry,
): Promise<DataMessage | null> {
  try {
    await storage.setItem(
      CACHE_KEY,
      JSON.stringify({ app: APP, cacheFormat: CACHE_FORMAT, ...entry }),
    );
    return null;
  } catch {
    return dataMessage("cacheSaveFailed");
  }
}

/**
 * A copy in a later envelope, or holding a dataset in a later format than this version writes:
 * a newer add-in (on another machine sharing the storage, or before a rollback) saved it.
 */
function isNewer(json: { cacheFormat?: unknown; text?: unknown }): boolean {
  if (typeof json.cacheFormat === "number" && json.cacheFormat > CACHE_FORMAT) return true;
  if (typeof json.text !== "string") return false;
  const format = /^\s*\{\s*"format"\s*:\s*(\d+)/.exec(json.text)?.[1];
  return format !== undefined && Number(format) > DATASET_FORMAT;
}

function ignored(
  key: "cacheUnreadable" | "cacheNotJson" | "cacheForeign" | "cacheInvalid",
  params: Record<string, string>,
): CacheRead {
  return { kind: "ignored", message: dataMessage(key, params) };
}
