import { dataMessage, type DataMessage } from "../core";
import { checkFeedUrl } from "./feed-url";

/** What the last good response said about itself, for a conditional request next time. */
export interface FeedValidators {
  etag: string | null;
  lastModified: string | null;
}

export interface FetchFeedOptions {
  validators: FeedValidators | null;
  timeoutMs: number;
  maxBytes: number;
  fetchImpl?: typeof fetch;
  timeLimit?: TimeLimit;
}

/**
 * Starts a fetch's time limit: `expire` runs once `ms` have passed; the answer stops the limit.
 * Tests give one that expires on an event instead, so none depends on a busy machine's speed.
 */
export type TimeLimit = (ms: number, expire: () => void) => () => void;

const wallClockLimit: TimeLimit = (ms, expire) => {
  const timer = setTimeout(expire, ms);
  return () => clearTimeout(timer);
};

/**
 * `unavailable`: no usable answer (network, timeout, HTTP error); the add-in works offline.
 * `rejected`: an answer that is not the dataset file (HTML, wrong type, too large, not UTF-8).
 */
export type FeedResponse =
  | { kind: "notModified" }
  | { kind: "body"; text: string; validators: FeedValidators }
  | { kind: "unavailable"; message: DataMessage }
  | { kind: "rejected"; message: DataMessage };

const JSON_TYPES = /^(application\/(json|[\w.+-]+\+json|octet-stream)|text\/(json|plain))$/;
const HTML_TYPES = new Set(["text/html", "application/xhtml+xml"]);

/**
 * Fetches the feed: conditional when validators are given, bounded in time (the timeout covers
 * the body too) and size (counted while reading, not only from Content-Length).
 */
export async function fetchFeed(url: string, options: FetchFeedOptions): Promise<FeedResponse> {
  const fetchImpl = options.fetchImpl ?? fetch;
  const controller = new AbortController();
  let timedOut = false;
  const stopLimit = (options.timeLimit ?? wallClockLimit)(options.timeoutMs, () => {
    timedOut = true;
    controller.abort();
  });
  try {
    const headers: Record<string, string> = { Accept: "application/json" };
    if (options.validators?.etag) headers["If-None-Match"] = options.validators.etag;
    if (options.validators?.lastModified) {
      headers["If-Modified-Since"] = options.validators.lastModified;
    }
    const response = await fetchImpl(url, {
      headers,
      signal: controller.signal,
      // Our own validators decide; the browser cache must not turn a 304 into a stale 200.
      cache: "no-store",
      credentials: "omit",
    });
    // A redirect is followed by the browser; where it ended must pass the feed URL's rules too.
    if (response.redirected && response.url && !checkFeedUrl(response.url, url).ok) {
      return reject(response, "redirectNotHttps", { url: response.url.slice(0, 100) });
    }
    if (response.status === 304) {
      await response.body?.cancel();
      return options.validators
        ? { kind: "notModified" }
        : { kind: "unavailable", message: dataMessage("notModifiedUnasked") };
    }
    if (response.status !== 200) {
      await response.body?.cancel();
      return unavailable("httpStatus", { status: response.status });
    }
    const type = (response.headers.get("content-type") ?? "").split(";")[0]!.trim().toLowerCase();
    if (HTML_TYPES.has(type)) return reject(response, "htmlInsteadOfJson", {});
    if (type !== "" && !JSON_TYPES.test(type)) {
      return reject(response, "notJson", { type: type.slice(0, 80) });
    }
    const declared = Number(response.headers.get("content-length"));
    if (declared > options.maxBytes)
      return reject(response, "tooLarge", { limit: mb(options.maxBytes) });
    const text = await readLimited(response, options.maxBytes);
    if (text === null) return rejected("tooLarge", { limit: mb(options.maxBytes) });
    // Captive portals and misconfigured hosts answer 200 with a page under any content type.
    if (/^\s*</.test(text)) return rejected("htmlInsteadOfJson", {});
    return {
      kind: "body",
      text,
      validators: {
        etag: response.headers.get("etag"),
        lastModified: response.headers.get("last-modified"),
      },
    };
  } catch (e) {
    if (timedOut) return unavailable("timedOut", { seconds: options.timeoutMs / 1000 });
    if (e instanceof TypeError && /utf-?8|decode|encoded/i.test(e.message)) {
      return rejected("notUtf8", {});
    }
    // The browser's words ("Failed to fetch") say nothing a reader can act on; the message does.
    return unavailable("unreachable", {});
  } finally {
    stopLimit();
  }
}

/** The body as UTF-8 text, or null as soon as it passes `maxBytes`. */
async function readLimited(response: Response, maxBytes: number): Promise<string | null> {
  if (!response.body) return "";
  const reader = response.body.getReader();
  const decoder = new TextDecoder("utf-8", { fatal: true });
  let received = 0;
  let text = "";
  for (;;) {
    const { done, value } = await reader.read();
    if (done) return text + decoder.decode();
    received += value.byteLength;
    if (received > maxBytes) {
      await reader.cancel();
      return null;
    }
    text += decoder.decode(value, { stream: true });
  }
}

function unavailable(
  key: "httpStatus" | "timedOut" | "unreachable",
  params: Record<string, string | number>,
): FeedResponse {
  return { kind: "unavailable", message: dataMessage(key, params) };
}

function rejected(
  key: "htmlInsteadOfJson" | "notJson" | "notUtf8" | "tooLarge" | "redirectNotHttps",
  params: Record<string, string | number>,
): FeedResponse {
  return { kind: "rejected", message: dataMessage(key, params) };
}

async function reject(
  response: Response,
  key: "htmlInsteadOfJson" | "notJson" | "tooLarge" | "redirectNotHttps",
  params: Record<string, string | number>,
): Promise<FeedResponse> {
  await response.body?.cancel();
  return rejected(key, params);
}

function mb(bytes: number): number {
  return Math.round((bytes / 1_048_576) * 10) / 10;
}
