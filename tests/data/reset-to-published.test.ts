import { datasetInfo, periodKey } from "../../src/core";
import { CACHE_KEY } from "../../src/data/cache";
import { FEED_URL_KEY } from "../../src/data/feed-url";
import { FEED_PATH, harness, newQuarterFile, text } from "../support/datasets";
import { FeedServer } from "../support/feed-server";

const CSV = [
  "period,category,value_cny_mn,yoy_pct,source_title,source_url,published",
  "2024Q2,NEV,95,12.5,My own notes,https://stats.example.gov.cn/q2,2024-07-20",
].join("\n");

describe("Reset to published data", () => {
  let server: FeedServer;
  beforeEach(async () => {
    server = await FeedServer.start();
  });
  afterEach(async () => {
    await server.close();
  });

  it("after an import, INFO names the imported figures and their file's source; reset forgets them", async () => {
    const h = harness(server.baseUrl);
    server.route(FEED_PATH, { kind: "status", status: 304 });
    expect((await h.service.importFile("mine.csv", CSV)).state).toBe("imported");
    // 2023Q2 is derived from the imported year-on-year rate, so it rests on the import too.
    expect(datasetInfo(h.store.current, "en")).toBe(
      "Dataset 2024M05.1, as of 2024-06-27; imported figures in use: NEV 2024Q2 (from mine.csv)",
    );
    expect(datasetInfo(h.store.current, "zh")).toBe(
      "数据集 2024M05.1，截至 2024-06-27；正在使用导入的数据：NEV 2024Q2（来自 mine.csv）",
    );

    expect(await h.service.resetToPublished()).toEqual([]);
    expect(datasetInfo(h.store.current, "en")).toBe("Dataset 2024M05.1, as of 2024-06-27");
    expect(h.store.current.figures.some((f) => periodKey(f.period) === "2024Q2")).toBe(false);
    expect(await h.storage.getItem(CACHE_KEY)).toBeNull();
  });

  it("clears a custom feed address, its data, and a saved copy that would not load (a future as-of date)", async () => {
    const h = harness(server.baseUrl);
    server.route("/custom.json", { kind: "file", body: text(newQuarterFile()) });
    expect((await h.service.setFeedUrl(`${server.baseUrl}custom.json`)).ok).toBe(true);
    expect((await h.service.refreshNow()).state).toBe("updated");
    await h.storage.setItem(
      CACHE_KEY,
      JSON.stringify({ app: "zibo-new-three", asOf: "2999-01-01" }),
    );

    await h.service.resetToPublished();

    expect(await h.storage.getItem(FEED_URL_KEY)).toBeNull();
    expect(await h.storage.getItem(CACHE_KEY)).toBeNull();
    expect(h.store.current.asOf).toBe("2024-06-27");
    // The next start reads nothing of the custom feed: it asks the add-in's own feed.
    server.route(FEED_PATH, { kind: "status", status: 404 });
    const next = harness(server.baseUrl, { storage: h.storage });
    await next.service.start();
    expect(server.requests.at(-1)!.path).toBe(FEED_PATH);
    expect(next.store.current.asOf).toBe("2024-06-27");
  });
});
