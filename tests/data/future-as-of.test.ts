import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { isAsOfInFuture } from "../../src/core";
import { bundledContent, describeImport, describeStatus, readDatasetText } from "../../src/data";
import { CACHE_KEY } from "../../src/data/cache";
import { checkDatasetFile } from "../../src/data/check-dataset-file";
import bundledJson from "../../src/data/zibo-new-three.json";
import { FEED_PATH, TODAY, harness, newQuarterFile, revisedFile, text } from "../support/datasets";
import { FeedServer } from "../support/feed-server";

/** The new quarter with a typo in its year: 2204 for 2024. */
const typo = () => text({ ...newQuarterFile(), asOf: "2204-08-15" });

let server: FeedServer;
beforeEach(async () => {
  server = await FeedServer.start();
});
afterEach(async () => {
  await server.close();
});

describe("a dataset dated after today is refused wherever a dataset is read", () => {
  it.each([
    ["2024-09-01", false],
    ["2024-09-03", false],
    ["2024-09-04", true],
    ["2025-01-01", true],
    ["2204-08-15", true],
  ])("as of %s on 2024-09-01: future %p", (asOf, future) => {
    expect(isAsOfInFuture(asOf, TODAY)).toBe(future);
  });

  it("the bundled dataset is not dated after today", async () => {
    expect((await readDatasetText(JSON.stringify(bundledJson), new Date())).ok).toBe(true);
  });

  it("a feed dated 2204 is refused, and the next correct feed is accepted", async () => {
    const h = harness(server.baseUrl);
    server.route(FEED_PATH, { kind: "file", body: typo() });
    const refused = await h.service.start();
    expect(refused.state).toBe("rejected");
    expect(describeStatus(refused).details[0]).toMatch(
      /^line 5, column 11: asOf 2204-08-15 is after today \(2024-09-01\)/,
    );
    expect(h.store.current.asOf).toBe("2024-06-27");
    expect(await h.storage.getItem(CACHE_KEY)).toBeNull();

    server.route(FEED_PATH, { kind: "file", body: text(revisedFile()) });
    const next = await h.service.refreshNow();
    expect(next.state).toBe("updated");
    expect(h.store.current.asOf).toBe("2024-08-30");
  });

  it("a saved copy dated in the future is ignored, and a correct feed after it is accepted and saved", async () => {
    const first = harness(server.baseUrl);
    server.route(FEED_PATH, { kind: "file", body: text(newQuarterFile()) });
    await first.service.start();
    const entry = JSON.parse((await first.storage.getItem(CACHE_KEY))!);
    entry.text = typo();
    entry.etag = null;
    entry.lastModified = null;
    await first.storage.setItem(CACHE_KEY, JSON.stringify(entry));

    server.route(FEED_PATH, { kind: "file", body: text(revisedFile()) });
    const next = harness(server.baseUrl, { storage: first.storage });
    const status = await next.service.start();
    expect(status.state).toBe("updated");
    expect(describeStatus(status).details.join("\n")).toMatch(
      /The saved offline copy is not a valid dataset and was ignored \(.*asOf 2204-08-15 is after today/,
    );
    expect(next.store.current.asOf).toBe("2024-08-30");
    const saved = JSON.parse((await next.storage.getItem(CACHE_KEY))!);
    expect(JSON.parse(saved.text).asOf).toBe("2024-08-30");
  });

  it("an imported dataset file dated in the future is refused", async () => {
    const h = harness(server.baseUrl);
    const outcome = await h.service.importFile("typo.json", typo());
    expect(outcome.state).toBe("rejected");
    expect(describeImport(outcome, "zh").details[0]).toMatch(/asOf 2204-08-15 晚于今天/);
    expect(h.store.current.asOf).toBe("2024-06-27");
  });

  it("checking a file before publishing fails for one dated in the future", async () => {
    const check = await checkDatasetFile("next.json", typo(), bundledContent(), TODAY);
    expect(check.ok).toBe(false);
    expect(check.lines[0]).toMatch(/^next\.json:5:11: asOf 2204-08-15 is after today/);

    const dir = mkdtempSync(join(tmpdir(), "future-as-of-"));
    try {
      const file = join(dir, "typo.json");
      writeFileSync(file, typo());
      const run = spawnSync(join("node_modules", ".bin", "tsx"), ["scripts/data-check.ts", file], {
        encoding: "utf8",
      });
      expect(run.status).toBe(1);
      expect(run.stderr).toMatch(/typo\.json:5:11: asOf 2204-08-15 is after today/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
