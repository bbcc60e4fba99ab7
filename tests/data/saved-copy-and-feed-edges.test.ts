import { lookupExports } from "../../src/core";
import {
  bundledContent,
  bundledDataset,
  DataService,
  DatasetStore,
  describeImport,
  describeStatus,
  MemoryStorage,
  type KeyValueStorage,
} from "../../src/data";
import { CACHE_KEY } from "../../src/data/cache";
import { fetchFeed } from "../../src/data/feed";
import { FEED_PATH, TODAY, harness, newQuarterFile, revisedFile, text } from "../support/datasets";
import { FeedServer } from "../support/feed-server";

let server: FeedServer;
beforeEach(async () => {
  server = await FeedServer.start();
});
afterEach(async () => {
  await server.close();
});

const CSV =
  "period,category,value_cny_mn,yoy_pct,source_title,source_url,published\n2024Q3,TOTAL,99,,Own count,https://a.example/,\n";

function total(store: DatasetStore, period: string): number | string {
  const found = lookupExports(store.current, "TOTAL", period);
  return found.ok ? found.value.value : found.error.key;
}

/** Storage holding the copy saved after the feed delivered the new quarter (TOTAL 2024Q2 = 95). */
async function savedGoodCopy(): Promise<MemoryStorage> {
  const storage = new MemoryStorage();
  server.route(FEED_PATH, { kind: "file", body: text(newQuarterFile()) });
  await harness(server.baseUrl, { storage }).service.start();
  return storage;
}

describe("storage that answers undefined for a missing key", () => {
  it("still loads the feed and finds the default feed URL", async () => {
    const items = new Map<string, string>();
    const storage: KeyValueStorage = {
      getItem: async (key) => items.get(key) as string | null,
      setItem: async (key, value) => void items.set(key, value),
      removeItem: async (key) => void items.delete(key),
    };
    server.route(FEED_PATH, { kind: "file", body: text(newQuarterFile()) });
    const h = harness(server.baseUrl, { storage });
    const status = await h.service.start();
    expect(status.state).toBe("updated");
    expect(status.notices).toEqual([]);
    expect(total(h.store, "2024Q2")).toBe(95);
    expect(await h.service.getFeedUrl()).toEqual({
      url: `${server.baseUrl}data/zibo-new-three.json`,
      isDefault: true,
    });
  });
});

describe("a saved copy written by a newer version of the add-in", () => {
  it.each([
    ["a newer envelope", (entry: Record<string, unknown>) => ({ ...entry, cacheFormat: 2 })],
    [
      "a dataset in a newer format",
      (entry: Record<string, unknown>) => ({
        ...entry,
        text: String(entry.text).replace('{"format":2', '{"format":3'),
      }),
    ],
  ])("with %s is kept, not used, and reported", async (_name, newer) => {
    const storage = await savedGoodCopy();
    const written = JSON.stringify(newer(JSON.parse((await storage.getItem(CACHE_KEY))!)));
    await storage.setItem(CACHE_KEY, written);

    server.route(FEED_PATH, { kind: "file", body: text(revisedFile()) });
    const h = harness(server.baseUrl, { storage });
    const status = await h.service.start();
    expect(status.state).toBe("updated");
    expect(describeStatus(status).details).toEqual(
      expect.arrayContaining([
        "The saved offline copy was written by a newer version of the add-in; it is kept as it is and not used.",
        "The data in use was not saved for offline use, so as to keep the copy a newer version of the add-in saved.",
      ]),
    );
    expect(describeStatus(status, "zh").details.join("\n")).toMatch(
      /离线副本由更新版本的加载项写入/,
    );
    expect(await storage.getItem(CACHE_KEY)).toBe(written);
    await h.service.importFile("own.csv", CSV);
    expect(await storage.getItem(CACHE_KEY)).toBe(written);
  });
});

describe("an import while the saved copy could not be read", () => {
  it("is used but does not overwrite the last good feed data", async () => {
    const storage = await savedGoodCopy();
    const good = await storage.getItem(CACHE_KEY);
    let failOnce = true;
    const flaky: KeyValueStorage = {
      getItem: async (key) => {
        if (key === CACHE_KEY && failOnce) {
          failOnce = false;
          throw new Error("storage is busy");
        }
        return storage.getItem(key);
      },
      setItem: (key, value) => storage.setItem(key, value),
      removeItem: (key) => storage.removeItem(key),
    };
    server.route(FEED_PATH, { kind: "status", status: 503 });
    const h = harness(server.baseUrl, { storage: flaky });
    expect((await h.service.start()).state).toBe("offline");
    const outcome = await h.service.importFile("own.csv", CSV);
    expect(outcome.state).toBe("imported");
    expect(total(h.store, "2024Q3")).toBe(99);
    expect(describeImport(outcome).details).toContain(
      "The import is in use but was not saved for offline use, so as not to replace the saved copy of the feed's data; it is saved with the next good refresh.",
    );
    expect(await storage.getItem(CACHE_KEY)).toBe(good);

    const next = harness(server.baseUrl, { storage });
    await next.service.start();
    expect(total(next.store, "2024Q2")).toBe(95);
  });

  it("once that copy is cleared (a reset), an import is saved again", async () => {
    const storage = await savedGoodCopy();
    await storage.setItem(CACHE_KEY, "{{{ garbage");
    server.route(FEED_PATH, { kind: "status", status: 503 });
    const h = harness(server.baseUrl, { storage });
    await h.service.start();
    await storage.removeItem(CACHE_KEY);
    const outcome = await h.service.importFile("own.csv", CSV);
    expect(describeImport(outcome).details).toEqual(["2024Q3 added: TOTAL 99"]);
    expect(await storage.getItem(CACHE_KEY)).toContain("2024Q3");
  });

  it("a saved copy that is only empty is no reason to hold an import back", async () => {
    server.route(FEED_PATH, { kind: "status", status: 503 });
    const h = harness(server.baseUrl);
    await h.service.start();
    const outcome = await h.service.importFile("own.csv", CSV);
    expect(describeImport(outcome).details).toEqual(["2024Q3 added: TOTAL 99"]);
    expect(await h.storage.getItem(CACHE_KEY)).toContain("2024Q3");
  });
});

describe("feed answers that need naming", () => {
  it("a 304 when the add-in had no saved copy to compare with", async () => {
    server.route(FEED_PATH, { kind: "status", status: 304 });
    const h = harness(server.baseUrl);
    const status = await h.service.start();
    expect(status.state).toBe("offline");
    expect(describeStatus(status).headline).toBe(
      'The feed answered "304 Not Modified" although the add-in asked for the whole file (a cache or proxy between them may be answering for the feed). Still in use: the data shipped with the add-in, dataset 2024M05.1, as of 2024-06-27.',
    );
  });

  const redirectedTo = (finalUrl: string): typeof fetch =>
    (async () => {
      const response = new Response(text(newQuarterFile()), {
        status: 200,
        headers: { "Content-Type": "application/json" },
      });
      Object.defineProperty(response, "redirected", { value: true });
      Object.defineProperty(response, "url", { value: finalUrl });
      return response;
    }) as typeof fetch;

  it.each([
    ["http://data.example.org/zibo-new-three.json", "rejected"],
    ["https://user:pw@data.example.org/zibo-new-three.json", "rejected"],
    ["https://mirror.example.org/zibo-new-three.json", "body"],
  ])("a redirect that ends at %s is %s", async (finalUrl, kind) => {
    const response = await fetchFeed("https://data.example.org/zibo-new-three.json", {
      validators: null,
      timeoutMs: 5000,
      maxBytes: 2_000_000,
      fetchImpl: redirectedTo(finalUrl),
    });
    expect(response.kind).toBe(kind);
  });

  it("the pane is told where a refused redirect ended, and nothing changes", async () => {
    const store = new DatasetStore(bundledDataset());
    const service = new DataService({
      store,
      storage: new MemoryStorage(),
      bundled: bundledContent(),
      pageUrl: "https://addin.example.org/taskpane.html",
      now: () => TODAY,
      fetchImpl: redirectedTo("http://data.example.org/zibo-new-three.json"),
    });
    const status = await service.start();
    expect(describeStatus(status).headline).toBe(
      'The feed\'s file was not used: The feed redirected to "http://data.example.org/zibo-new-three.json", which is not an https address; it was not used. Still in use: dataset 2024M05.1, as of 2024-06-27.',
    );
    expect(total(store, "2024Q2")).toBe("notPublished");
  });
});
