import { formatDataMessage } from "../../src/core";
import { checkFeedUrl, describeStatus } from "../../src/data";
import { FEED_URL_KEY } from "../../src/data/feed-url";
import { FEED_PATH, harness, newQuarterFile, text } from "../support/datasets";
import { FeedServer } from "../support/feed-server";

const page = "https://addin.example.org/zibo/taskpane.html";

describe("feed URL rules", () => {
  it.each([
    ["https://data.example.org/zibo.json", "https://data.example.org/zibo.json"],
    ["  https://data.example.org/zibo.json  ", "https://data.example.org/zibo.json"],
    [
      "http://localhost:3000/data/zibo-new-three.json",
      "http://localhost:3000/data/zibo-new-three.json",
    ],
    ["http://127.0.0.1:8080/feed.json", "http://127.0.0.1:8080/feed.json"],
    ["data/next.json", "https://addin.example.org/zibo/data/next.json"],
  ])("accepts %s", (input, url) => {
    expect(checkFeedUrl(input, page)).toEqual({ ok: true, url });
  });

  it.each([
    ["http://data.example.org/zibo.json", /must start with https:\/\//],
    ["http://localhost.evil.example/zibo.json", /must start with https:\/\//],
    ["ftp://data.example.org/zibo.json", /must start with https:\/\//],
    ["javascript:alert(1)", /must start with https:\/\//],
    ["file:///etc/passwd", /must start with https:\/\//],
    ["https://user:secret@data.example.org/zibo.json", /user name or password/],
    ["http://[invalid", /is not a URL/],
  ])("refuses %s", (input, says) => {
    const checked = checkFeedUrl(input, page);
    expect(checked.ok ? "accepted" : formatDataMessage(checked.message)).toMatch(says);
  });
});

describe("the feed URL setting", () => {
  let server: FeedServer;

  beforeEach(async () => {
    server = await FeedServer.start();
  });

  afterEach(async () => {
    await server.close();
  });

  it("defaults to data/zibo-new-three.json beside the add-in's page", async () => {
    const h = harness(page);
    expect(await h.service.getFeedUrl()).toEqual({
      url: "https://addin.example.org/zibo/data/zibo-new-three.json",
      isDefault: true,
    });
  });

  it("is saved, used by the next refresh, and can be reset", async () => {
    const h = harness(server.baseUrl);
    server.route("/other/feed.json", { kind: "file", body: text(newQuarterFile()) });
    const saved = await h.service.setFeedUrl(`${server.baseUrl}other/feed.json`);
    expect(saved.ok).toBe(true);
    expect(
      (await harness(server.baseUrl, { storage: h.storage }).service.getFeedUrl()).isDefault,
    ).toBe(false);
    expect((await h.service.refreshNow()).state).toBe("updated");
    expect(server.requests.at(-1)!.path).toBe("/other/feed.json");
    expect(await h.service.resetFeedUrl()).toEqual({
      url: `${server.baseUrl}data/zibo-new-three.json`,
      isDefault: true,
    });
    await h.service.refreshNow();
    expect(server.requests.at(-1)!.path).toBe(FEED_PATH);
  });

  it("keeps the previous URL when a new one is refused", async () => {
    const h = harness(server.baseUrl);
    server.route("/other/feed.json", { kind: "file", body: text(newQuarterFile()) });
    const good = `${server.baseUrl}other/feed.json`;
    expect((await h.service.setFeedUrl(good)).ok).toBe(true);
    const refused = await h.service.setFeedUrl("http://data.example.org/zibo.json");
    expect(refused.ok).toBe(false);
    expect((await h.service.getFeedUrl()).url).toBe(good);
  });

  it.each([
    ["answers 404", { kind: "status", status: 404, body: "Not Found" }, /HTTP 404/],
    [
      "serves a web page",
      { kind: "file", body: "<!doctype html><p>Welcome</p>", contentType: "text/html" },
      /web page \(HTML\)/,
    ],
    [
      "serves JSON that is not a dataset",
      { kind: "file", body: JSON.stringify({ hello: "world" }) },
      // Its first problem in words, not a count alone.
      /^The address serves a file that is not a dataset this add-in reads; first problem: line 1, column 1: format: should be 2 or 1: this is not a Zibo New Three dataset file\.$/,
    ],
  ] as const)(
    "checks an address before saving it: one that %s is not saved, and the previous one stays",
    async (_, route, says) => {
      const h = harness(server.baseUrl);
      server.route("/good.json", { kind: "file", body: text(newQuarterFile()) });
      server.route("/bad.json", route);
      const good = `${server.baseUrl}good.json`;
      expect((await h.service.setFeedUrl(good)).ok).toBe(true);
      const refused = await h.service.setFeedUrl(`${server.baseUrl}bad.json`);
      expect(refused.ok ? "saved" : formatDataMessage(refused.message)).toMatch(says);
      expect((await h.service.getFeedUrl()).url).toBe(good);
      expect(await h.storage.getItem(FEED_URL_KEY)).toBe(good);
    },
  );

  it("ignores a saved URL that breaks the rules, says so, and uses the default", async () => {
    const h = harness(server.baseUrl);
    await h.storage.setItem(FEED_URL_KEY, "http://evil.example/zibo.json");
    const status = await h.service.start();
    expect(server.requests.at(-1)!.path).toBe(FEED_PATH);
    expect(describeStatus(status).details.join("\n")).toMatch(/must start with https:\/\//);
  });
});
