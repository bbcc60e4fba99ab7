import * as z from "zod/mini";
import { dataMessage, type DatasetContent, type DataMessage } from "../core";
import { formatProblem } from "./located-problem";
import { readDatasetText } from "./read-dataset-text";
import type { KeyValueStorage } from "./storage";

export const CACHE_KEY = "zibo-new-three.data-cache";
const APP = "zibo-new-three";

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
  | { kind: "ignored"; message: DataMessage };

/** Reads the saved copy; anything unreadable, foreign or invalid is ignored with a message. */
export async function readCache(storage: KeyValueStorage, today: Date): Promise<CacheRead> {
  let raw: string | null;
  try {
    raw = await storage.getItem(CACHE_KEY);
  } catch (e) {
    return ignored("cacheUnreadable", { detail: errorText(e) });
  }
  if (raw === null) return { kind: "empty" };
  let json: unknown;
  try {
    json = JSON.parse(raw);
  } catch {
    return ignored("cacheUnreadable", { detail: "not JSON" });
  }
  if (typeof json !== "object" || json === null || (json as { app?: unknown }).app !== APP) {
    return ignored("cacheForeign", {});
  }
  const parsed = entrySchema.safeParse(json);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    return ignored("cacheUnreadable", { detail: `${issue?.path.join(".")}: ${issue?.message}` });
  }
  const entry: CacheEntry = {
    text: parsed.data.text,
    feedUrl: parsed.data.feedUrl,
    etag: parsed.data.etag,
    lastModified: parsed.data.lastModified,
    fetchedAt: parsed.data.fetchedAt,
    savedAt: parsed.data.savedAt,
  };
  const read = readDatasetText(entry.text, today);
  if (!read.ok) return ignored("cacheInvalid", { detail: formatProblem(read.problems[0]!) });
  return { kind: "ok", entry, content: read.content };
}

/** Saves the dataset in use; returns a message when storage refuses (quota, private mode). */
export async function writeCache(
  storage: KeyValueStorage,
  entry: CacheEntry,
): Promise<DataMessage | null> {
  try {
    await storage.setItem(CACHE_KEY, JSON.stringify({ app: APP, cacheFormat: 1, ...entry }));
    return null;
  } catch (e) {
    return dataMessage("cacheSaveFailed", { detail: errorText(e) });
  }
}

function ignored(
  key: "cacheUnreadable" | "cacheForeign" | "cacheInvalid",
  params: Record<string, string>,
): CacheRead {
  return { kind: "ignored", message: dataMessage(key, params) };
}

function errorText(e: unknown): string {
  return e instanceof Error ? e.message : String(e);
}
