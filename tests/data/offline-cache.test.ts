import { formatDataMessage, lookupExports } from "../../src/core";
import { describeStatus, MemoryStorage, type KeyValueStorage } from "../../src/data";
import { CACHE_KEY } from "../../src/data/cache";
import {
  FEED_PATH,
  bundledFile,
  harness,
  newQuarterFile,
  revisedFile,
  text,
} from "../support/datasets";
import { FeedServer } from "../support/feed-server";
import { figureByKey } from "../support/figure-by-key";

let server: FeedServer;

beforeEach(async () => {
  server = await FeedServer.start();
});

afterEach(async () => {
  await server.close();
});

/** Storage holding what an earlier start saved after taking the new quarter (and a revision). */
async function savedAfterUpdate(file = revisedFile()): Promise<MemoryStorage> {
  const storage = new MemoryStorage();
  server.route(FEED_PATH, { kind: "file", body: text(file) });
  expect((await harness(server.baseUrl, { storage }).service.start()).state).toBe("updated");
  return storage;
}

function total2024Q2(h: ReturnType<typeof harness>): number | string {
  const found = lookupExports(h.store.current, "TOTAL", "2024Q2");
  return found.ok ? found.value.value : found.error.key;
}

describe("the offline copy", () => {
  it("is used on the next start when the feed cannot be reached, history included", async () => {
    const storage = await savedAfterUpdate();
    server.route(FEED_PATH, { kind: "hang" });
    const next = harness(server.baseUrl, { storage, timeLimit: server.timeLimit });
    const status = await next.service.start();
    expect(status.state).toBe("offline");
    expect(describeStatus(status).headline).toMatch(
      /^The feed did not answer within 5 seconds\. Still in use: dataset 2024Q2\.2, as of 2024-08-30\.$/,
    );
    expect(total2024Q2(next)).toBe(95);
    const nev = figureByKey(next.store.current, "ZIBO|NEV|2024Q1")!;
    expect(nev.cny!.value).toBe(72);
    expect(nev.history).toEqual([
      { valueCnyMn: 70, sourceId: "prnewswire-2024-05-20", replacedOn: "2024-09-01" },
    ]);
  });

  it("makes the next start's request conditional, and a 304 keeps the saved data", async () => {
    const storage = await savedAfterUpdate();
    const next = harness(server.baseUrl, { storage });
    const status = await next.service.start();
    expect(status.state).toBe("up-to-date");
    expect(server.requests.at(-1)!.headers["if-none-match"]).toBeDefined();
    expect(total2024Q2(next)).toBe(95);
  });

  it("does not grow the history each time it is loaded", async () => {
    const storage = await savedAfterUpdate();
    for (let i = 0; i < 3; i++) await harness(server.baseUrl, { storage }).service.start();
    const last = harness(server.baseUrl, { storage });
    await last.service.start();
    expect(figureByKey(last.store.current, "ZIBO|NEV|2024Q1")!.history).toHaveLength(1);
  });

  const broken: { name: string; stored: (valid: string) => string; says: RegExp }[] = [
    { name: "not JSON", stored: () => "{{{ garbage", says: /offline copy was unreadable/ },
    {
      name: "written by something else",
      stored: () => JSON.stringify({ theme: "dark" }),
      says: /not written by this add-in/,
    },
    {
      name: "an envelope with a wrong field",
      stored: (valid) => JSON.stringify({ ...JSON.parse(valid), etag: 42 }),
      says: /offline copy was unreadable .*etag/,
    },
    {
      name: "a tampered dataset inside",
      stored: (valid) => {
        const entry = JSON.parse(valid);
        entry.text = entry.text.replace('"valueCnyMn":95', '"valueCnyMn":"95"');
        return JSON.stringify(entry);
      },
      says: /not a valid dataset .*should be a number, not text/,
    },
    {
      name: "older than the bundled data",
      stored: (valid) => {
        const entry = JSON.parse(valid);
        entry.text = text({ ...bundledFile(), asOf: "2024-01-01" });
        return JSON.stringify(entry);
      },
      says: /as of 2024-01-01\) is older than the data shipped/,
    },
  ];

  it.each(broken)("is ignored with a message when it is $name", async ({ stored, says }) => {
    const storage = await savedAfterUpdate();
    await storage.setItem(CACHE_KEY, stored((await storage.getItem(CACHE_KEY))!));
    const next = harness(server.baseUrl, { storage });
    server.route(FEED_PATH, { kind: "status", status: 503 });
    const status = await next.service.start();
    expect(status.state).toBe("offline");
    expect(describeStatus(status).details.join("\n")).toMatch(says);
    expect(total2024Q2(next)).toBe("notPublished");
    expect(next.store.current.version).toBe("2024M05.1");
  });

  it("still applies the data when storage refuses to save it, and says so", async () => {
    const full: KeyValueStorage = {
      getItem: async () => null,
      setItem: async () => {
        throw new Error("QuotaExceededError");
      },
      removeItem: async () => undefined,
    };
    server.route(FEED_PATH, { kind: "file", body: text(newQuarterFile()) });
    const h = harness(server.baseUrl, { storage: full });
    const status = await h.service.start();
    expect(status.state).toBe("updated");
    expect(describeStatus(status).details).toContain(
      "The data could not be saved for offline use (the browser's storage is full or off).",
    );
    expect(total2024Q2(h)).toBe(95);
  });

  it("still reaches a state the pane can show when storage fails entirely", async () => {
    const broken: KeyValueStorage = {
      getItem: async () => {
        throw new Error("storage is disabled");
      },
      setItem: async () => {
        throw new Error("storage is disabled");
      },
      removeItem: async () => {
        throw new Error("storage is disabled");
      },
    };
    server.route(FEED_PATH, { kind: "file", body: text(newQuarterFile()) });
    const h = harness(server.baseUrl, { storage: broken });
    const status = await h.service.start();
    expect(status.state).toBe("updated");
    expect(describeStatus(status).details).toEqual([
      "2024Q2 added: TOTAL 95, NEV 80",
      "The saved offline copy could not be read from the browser's storage and was ignored.",
      "The setting could not be read or saved in the browser's storage.",
      "The data could not be saved for offline use (the browser's storage is full or off).",
    ]);
    const refused = await h.service.setFeedUrl(`${server.baseUrl}${FEED_PATH.slice(1)}`);
    expect(refused.ok ? "saved" : formatDataMessage(refused.message)).toBe(
      "The setting could not be read or saved in the browser's storage.",
    );
  });
});
