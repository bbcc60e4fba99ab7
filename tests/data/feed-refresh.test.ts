import {
  describeChanges,
  lookupExports,
  lookupRegionExports,
  periodKey,
  type Dataset,
} from "../../src/core";
import { describeStatus, type DataStatus } from "../../src/data";
import { CACHE_KEY } from "../../src/data/cache";
import {
  FEED_PATH,
  bundledFile,
  harness,
  newQuarterFile,
  revisedFile,
  text,
  type Harness,
} from "../support/datasets";
import { FeedServer, type Route } from "../support/feed-server";

let server: FeedServer;

beforeEach(async () => {
  server = await FeedServer.start();
});

afterEach(async () => {
  await server.close();
});

function value(ds: Dataset, category: string, period: string): number | string {
  const found = lookupExports(ds, category, period);
  return found.ok ? found.value.value : found.error.key;
}

function expectState<S extends DataStatus["state"]>(
  status: DataStatus,
  state: S,
): asserts status is Extract<DataStatus, { state: S }> {
  expect({ state: status.state, text: describeStatus(status) }).toMatchObject({ state });
}

/** A service that has taken the new quarter from the feed: the "last good data". */
async function updatedHarness(): Promise<Harness> {
  const h = harness(server.baseUrl);
  server.route(FEED_PATH, { kind: "file", body: text(newQuarterFile()) });
  expectState(await h.service.start(), "updated");
  return h;
}

describe("the feed on start and on refresh", () => {
  it("reports up to date when the feed holds the bundled data, and leaves the store alone", async () => {
    const h = harness(server.baseUrl);
    const before = h.store.current;
    server.route(FEED_PATH, { kind: "file", body: text(bundledFile()) });
    const status = await h.service.start();
    expectState(status, "up-to-date");
    expect(h.store.current).toBe(before);
    // What is true, not "up to date": the feed has nothing newer, and how new the newest figure is.
    expect(describeStatus(status).headline).toBe(
      "No newer data on the feed. Newest figure: 2024Q1, published 2024-05-20.",
    );
    expect(describeStatus(status, "zh").headline).toBe(
      "数据源没有更新的数据。最新数据：2024Q1，发布于 2024-05-20。",
    );
  });

  it("adds a new quarter, recomputes derived figures and says what changed", async () => {
    const h = harness(server.baseUrl);
    let notified = 0;
    h.store.subscribe(() => notified++);
    server.route(FEED_PATH, { kind: "file", body: text(newQuarterFile()) });
    const status = await h.service.start();
    expectState(status, "updated");
    expect(describeChanges(status.changes)).toBe("2024Q2 added: TOTAL 95, NEV 80");
    expect(value(h.store.current, "TOTAL", "2024Q2")).toBe(95);
    expect(value(h.store.current, "NEV", "2024Q2")).toBe(80);
    // LIB_PV is derived at load, never taken from a merge.
    expect(value(h.store.current, "LIB_PV", "2024Q2")).toBe(15);
    expect(h.store.current.version).toBe("2024Q2.1");
    expect(notified).toBe(1);
    expect(describeStatus(status).headline).toBe("Updated to dataset 2024Q2.1, as of 2024-08-15.");
  });

  it("refreshes from a format-1 feed (quarters and years only): its figures arrive, the newer spans are kept", async () => {
    const h = harness(server.baseUrl);
    const file = newQuarterFile();
    const format1 = {
      ...file,
      format: 1,
      figures: file.figures
        .filter((f) => /^\d{4}(Q[1-4])?$/.test(f.period) && f.valueCnyMn !== undefined)
        .map((f) => {
          const plain: Record<string, unknown> = { ...f };
          for (const key of ["quote", "scopeEn", "scopeZh", "roundingCnyMn", "roundingYoyPct"])
            delete plain[key];
          return plain;
        }),
    };
    server.route(FEED_PATH, { kind: "file", body: text(format1) });
    const status = await h.service.start();
    expectState(status, "updated");
    expect(value(h.store.current, "TOTAL", "2024Q2")).toBe(95);
    expect(h.store.current.version).toBe("2024Q2.1");
    // Figures a format-1 file cannot hold are kept, and still derive what follows from them.
    const q4 = lookupRegionExports(h.store.current, "Shandong", "TOTAL", "2023Q4");
    expect(q4.ok && q4.value.value).toBe(3080);
    // The offline copy is saved in the current format.
    const saved = JSON.parse(String(await h.storage.getItem(CACHE_KEY))) as { text: string };
    expect(JSON.parse(saved.text).format).toBe(2);
  });

  it("takes a revision: the new value wins and the old one goes into the figure's history", async () => {
    const h = await updatedHarness();
    server.route(FEED_PATH, { kind: "file", body: text(revisedFile()) });
    const status = await h.service.refreshNow();
    expectState(status, "updated");
    expect(describeChanges(status.changes)).toBe("NEV 2024Q1 revised 70 → 72");
    expect(value(h.store.current, "NEV", "2024Q1")).toBe(72);
    expect(value(h.store.current, "LIB_PV", "2024Q1")).toBe(8);
    const nev = h.store.current.figures.find(
      (f) => f.category === "NEV" && f.region === "ZIBO" && periodKey(f.period) === "2024Q1",
    )!;
    expect(nev.history).toEqual([
      { valueCnyMn: 70, sourceId: "prnewswire-2024-05-20", replacedOn: "2024-09-01" },
    ]);
  });

  it("sends the last response's ETag and treats 304 as unchanged", async () => {
    const h = await updatedHarness();
    const current = h.store.current;
    const status = await h.service.refreshNow();
    expectState(status, "up-to-date");
    expect(server.requests.at(-1)!.headers["if-none-match"]).toMatch(/^"[0-9a-f]{16}"$/);
    expect(h.store.current).toBe(current);
  });

  it("sends If-Modified-Since when the feed gives only Last-Modified", async () => {
    const h = harness(server.baseUrl);
    const lastModified = "Thu, 15 Aug 2024 10:00:00 GMT";
    server.route(FEED_PATH, {
      kind: "file",
      body: text(newQuarterFile()),
      etag: false,
      lastModified,
    });
    expectState(await h.service.start(), "updated");
    expectState(await h.service.refreshNow(), "up-to-date");
    expect(server.requests.at(-1)!.headers["if-modified-since"]).toBe(lastModified);
  });

  it("treats an identical file sent again with 200 as unchanged", async () => {
    const h = harness(server.baseUrl);
    server.route(FEED_PATH, { kind: "file", body: text(newQuarterFile()), etag: false });
    expectState(await h.service.start(), "updated");
    const current = h.store.current;
    expectState(await h.service.refreshNow(), "up-to-date");
    expect(h.store.current).toBe(current);
  });

  it("keeps a figure the new file lacks, and says so", async () => {
    const h = await updatedHarness();
    const file = revisedFile();
    file.figures = file.figures.filter((f) => !(f.category === "TOTAL" && f.period === "2024Q2"));
    server.route(FEED_PATH, { kind: "file", body: text(file) });
    const status = await h.service.refreshNow();
    expectState(status, "updated");
    expect(describeChanges(status.changes)).toBe(
      "NEV 2024Q1 revised 70 → 72; not in the new file, kept: TOTAL 2024Q2",
    );
    expect(value(h.store.current, "TOTAL", "2024Q2")).toBe(95);
  });

  it("renders the change summary in Chinese from the same data", async () => {
    const h = harness(server.baseUrl);
    server.route(FEED_PATH, { kind: "file", body: text(revisedFile()) });
    const status = await h.service.start();
    expectState(status, "updated");
    expect(describeChanges(status.changes, "zh")).toBe(
      "2024Q2 新增：TOTAL 95, NEV 80; NEV 2024Q1 修订 70 → 72",
    );
  });
});

describe("a feed that fails keeps the last good data", () => {
  const failures: { name: string; route: Route; state: DataStatus["state"]; says: RegExp }[] = [
    { name: "404", route: { kind: "status", status: 404 }, state: "offline", says: /HTTP 404/ },
    { name: "500", route: { kind: "status", status: 500 }, state: "offline", says: /HTTP 500/ },
    {
      name: "a server that never answers",
      route: { kind: "hang" },
      state: "offline",
      says: /did not answer within 0.3 seconds/,
    },
    {
      name: "malformed JSON",
      route: {
        kind: "file",
        body: '{\n  "format": 1,\n  "version": "x"\n  "asOf": "2024-08-01"\n}',
      },
      state: "rejected",
      says: /line 4, column 3: JSON syntax error: expected "," or "}"/,
    },
    {
      name: "a schema violation",
      route: { kind: "file", body: text({ ...newQuarterFile(), format: 3 }) },
      state: "rejected",
      says: /line 3, column 13: format: /,
    },
    {
      name: "an oversized file with a Content-Length",
      route: { kind: "stream", size: 3 * 1_048_576, contentLength: 3 * 1_048_576 },
      state: "rejected",
      says: /larger than 2 MB/,
    },
    {
      name: "an oversized file streamed without a Content-Length",
      route: { kind: "stream", size: 3 * 1_048_576 },
      state: "rejected",
      says: /larger than 2 MB/,
    },
    {
      name: "an HTML page",
      route: {
        kind: "status",
        status: 200,
        contentType: "text/html",
        body: "<!doctype html><title>Sign in</title>",
      },
      state: "rejected",
      says: /web page \(HTML\)/,
    },
    {
      name: "an HTML page labelled as JSON",
      route: { kind: "file", body: "<html><body>Portal</body></html>" },
      state: "rejected",
      says: /web page \(HTML\)/,
    },
    {
      name: "an image",
      route: { kind: "status", status: 200, contentType: "image/png", body: "PNG" },
      state: "rejected",
      says: /content type "image\/png" is not JSON/,
    },
    {
      name: "data older than the bundled dataset",
      route: { kind: "file", body: text({ ...bundledFile(), asOf: "2024-01-01" }) },
      state: "rejected",
      says: /older than the data shipped with the add-in/,
    },
  ];

  it.each(failures)("$name", async ({ route, state, says }) => {
    const h = await updatedHarness();
    const lastGood = h.store.current;
    const savedCopy = await h.storage.getItem(CACHE_KEY);
    server.route(FEED_PATH, route);
    const service =
      route.kind === "hang"
        ? harness(server.baseUrl, {
            storage: h.storage,
            timeoutMs: 300,
            timeLimit: server.timeLimit,
          })
        : h;
    if (service !== h) await service.service.start();
    const status = await service.service.refreshNow();
    const shown = describeStatus(status);
    expect({ state: status.state, text: [shown.headline, ...shown.details].join("\n") }).toEqual({
      state,
      text: expect.stringMatching(says),
    });
    expect(service.store.current.version).toBe("2024Q2.1");
    expect(value(service.store.current, "TOTAL", "2024Q2")).toBe(95);
    if (service === h) expect(h.store.current).toBe(lastGood);
    expect(await h.storage.getItem(CACHE_KEY)).toBe(savedCopy);
  });

  it("says offline with the date of the cached data", async () => {
    const h = await updatedHarness();
    server.route(FEED_PATH, { kind: "status", status: 503 });
    const status = await h.service.refreshNow();
    expect(describeStatus(status).headline).toBe(
      "The feed answered HTTP 503. Still in use: dataset 2024Q2.1, as of 2024-08-15.",
    );
  });

  it("says offline with the bundled data when nothing was ever fetched", async () => {
    const h = harness(server.baseUrl);
    const status = await h.service.start();
    expect(describeStatus(status).headline).toBe(
      "The feed answered HTTP 404. Still in use: the data shipped with the add-in, dataset 2024M05.1, as of 2024-06-27.",
    );
  });

  it("answers two refreshes asked for at once with one request", async () => {
    const h = harness(server.baseUrl);
    server.route(FEED_PATH, { kind: "file", body: text(newQuarterFile()) });
    const [a, b] = await Promise.all([h.service.refreshNow(), h.service.refreshNow()]);
    expect(a).toBe(b);
    expect(server.requests).toHaveLength(1);
  });
});
