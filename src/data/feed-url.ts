import { dataMessage, type DataMessage } from "../core";
import type { KeyValueStorage } from "./storage";

export const FEED_URL_KEY = "zibo-new-three.feed-url";

/** Where the add-in publishes its dataset, relative to its own pages. */
export const DEFAULT_FEED_PATH = "data/zibo-new-three.json";

const LOCAL_HOSTS = new Set(["localhost", "127.0.0.1", "[::1]"]);

export type FeedUrlCheck = { ok: true; url: string } | { ok: false; message: DataMessage };

export function defaultFeedUrl(pageUrl: string): string {
  return new URL(DEFAULT_FEED_PATH, pageUrl).href;
}

/**
 * A feed URL a user may set: https, or http on this machine for development; no credentials.
 * Relative URLs resolve against the add-in's page.
 */
export function checkFeedUrl(input: string, pageUrl: string): FeedUrlCheck {
  const text = input.trim().slice(0, 2000);
  let url: URL;
  try {
    url = new URL(text, pageUrl);
  } catch {
    return { ok: false, message: dataMessage("feedUrlNotUrl", { input: text.slice(0, 100) }) };
  }
  const local = url.protocol === "http:" && LOCAL_HOSTS.has(url.hostname);
  if (url.protocol !== "https:" && !local) {
    return { ok: false, message: dataMessage("feedUrlNotHttps", { input: text.slice(0, 100) }) };
  }
  if (url.username || url.password)
    return { ok: false, message: dataMessage("feedUrlCredentials") };
  return { ok: true, url: url.href };
}

export interface FeedUrlSetting {
  url: string;
  isDefault: boolean;
  /** Set when a saved URL was unusable and the default is used instead. */
  problem?: DataMessage;
}

/** The feed URL in effect: the saved one if it still passes the rules, else the default. */
export async function readFeedUrl(
  storage: KeyValueStorage,
  pageUrl: string,
): Promise<FeedUrlSetting> {
  const fallback = defaultFeedUrl(pageUrl);
  let saved: string | null | undefined;
  try {
    saved = await storage.getItem(FEED_URL_KEY);
  } catch {
    return { url: fallback, isDefault: true, problem: storageFailed() };
  }
  // Some hosts' storage answers undefined, not null, for a key never set.
  if (saved === null || saved === undefined) return { url: fallback, isDefault: true };
  const checked = checkFeedUrl(saved, pageUrl);
  if (!checked.ok) return { url: fallback, isDefault: true, problem: checked.message };
  return { url: checked.url, isDefault: checked.url === fallback };
}

export async function saveFeedUrl(
  storage: KeyValueStorage,
  input: string,
  pageUrl: string,
): Promise<FeedUrlCheck> {
  const checked = checkFeedUrl(input, pageUrl);
  if (!checked.ok) return checked;
  try {
    await storage.setItem(FEED_URL_KEY, checked.url);
  } catch {
    return { ok: false, message: storageFailed() };
  }
  return checked;
}

/** Forgets the saved URL; returns a message when storage refuses. */
export async function clearFeedUrl(storage: KeyValueStorage): Promise<DataMessage | null> {
  try {
    await storage.removeItem(FEED_URL_KEY);
    return null;
  } catch {
    return storageFailed();
  }
}

function storageFailed(): DataMessage {
  return dataMessage("storageFailed");
}
