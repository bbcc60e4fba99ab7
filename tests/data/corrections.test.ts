/**
 * A correction is a revision: a feed or import that changes a figure's words (scope note, quote,
 * derivation, kind) with the same number and source applies it, keeps it in the figure's history
 * and lists it in the change summary.
 */
import { describeChanges, lookupSource } from "../../src/core";
import { describeStatus } from "../../src/data";
import { fileFromContent } from "../../src/data/dataset-file";
import { bundledFile, harness, text, FEED_PATH } from "../support/datasets";
import { FeedServer } from "../support/feed-server";
import { figureByKey } from "../support/figure-by-key";
import { valueOf } from "../support/results";
import type { DatasetFile } from "../../src/data/schema";

let server: FeedServer;
beforeEach(async () => {
  server = await FeedServer.start();
});
afterEach(async () => {
  await server.close();
});

const SCOPE = {
  scopeEn: "new-energy vehicles as the Zibo release counts them",
  scopeZh: "淄博发布稿所称的新能源汽车",
};

function corrected(change: (file: DatasetFile) => void): DatasetFile {
  const file = bundledFile();
  file.version = "2024Q1.9";
  file.asOf = "2024-08-30";
  change(file);
  return file;
}

const nevOf = (file: DatasetFile) =>
  file.figures.find((f) => f.region === "ZIBO" && f.category === "NEV" && f.period === "2024Q1")!;

describe("a feed that corrects words with the same number and source", () => {
  it("adds a scope note to NEV 2024Q1: applied, listed, kept in the history", async () => {
    const h = harness(server.baseUrl);
    server.route(FEED_PATH, {
      kind: "file",
      body: text(corrected((f) => Object.assign(nevOf(f), SCOPE))),
    });
    const status = await h.service.start();
    expect(status.state).toBe("updated");
    if (status.state !== "updated") return;
    expect(describeChanges(status.changes)).toBe("NEV 2024Q1: scope note added");
    expect(describeChanges(status.changes, "zh")).toBe("NEV 2024Q1：统计口径说明已添加");
    const nev = figureByKey(h.store.current, "ZIBO|NEV|2024Q1")!;
    expect(nev.scope?.en).toBe(SCOPE.scopeEn);
    expect(nev.cny?.value).toBe(70);
    expect(nev.history).toEqual([
      expect.objectContaining({ corrected: "scope", was: "", valueCnyMn: 70 }),
    ]);
    expect(valueOf(lookupSource(h.store.current, "NEV", "2024Q1"))).toContain(SCOPE.scopeEn);
    // The history survives the saved copy's round trip.
    const saved = fileFromContent({ ...h.store.current, figures: [nev] }).figures[0];
    expect(saved.history).toEqual([
      expect.objectContaining({ corrected: "scope", was: "", source: "prnewswire-2024-05-20" }),
    ]);
  });

  it("corrects a quote, and keeps a scope note a feed leaves out", async () => {
    const h = harness(server.baseUrl);
    server.route(FEED_PATH, {
      kind: "file",
      body: text(
        corrected((f) => {
          nevOf(f).quote = "NEV exports were 70 million yuan";
          const china = f.figures.find((x) => x.region === "CHINA" && x.category === "NEV")!;
          delete china.scopeEn;
          delete china.scopeZh;
        }),
      ),
    });
    const status = await h.service.start();
    if (status.state !== "updated") throw new Error(status.state);
    const lines = describeChanges(status.changes).split("; ");
    expect(lines.join("; ")).not.toContain("scope note");
    expect(figureByKey(h.store.current, "CHINA|NEV|2023Q1")?.scope).not.toBeNull();
    expect(lines).toContain(
      nevOf(bundledFile()).quote ? "NEV 2024Q1: quote changed" : "NEV 2024Q1: quote added",
    );
  });
});

describe("an import that corrects words", () => {
  it("adds a scope note and keeps the published citation", async () => {
    const h = harness("https://addin.example.org/taskpane.html");
    const outcome = await h.service.importFile(
      "zibo.json",
      text(corrected((f) => Object.assign(nevOf(f), SCOPE))),
    );
    if (outcome.state !== "imported") throw new Error(outcome.state);
    expect(describeChanges(outcome.changes)).toBe("NEV 2024Q1: scope note added");
    const nev = figureByKey(h.store.current, "ZIBO|NEV|2024Q1")!;
    expect(nev.scope?.zh).toBe(SCOPE.scopeZh);
    expect(nev.cny?.sourceIds).toEqual(["prnewswire-2024-05-20"]);
  });
});

describe("a feed whose figures contradict each other", () => {
  it("is used as published, and the pane lists the contradiction in words", async () => {
    const h = harness(server.baseUrl);
    const file = corrected((f) => {
      f.figures.find((x) => x.region === "ZIBO" && x.category === "TOTAL")!.valueCnyMn = 8;
    });
    server.route(FEED_PATH, { kind: "file", body: text(file) });
    const status = await h.service.start();
    expect(status.state).toBe("updated");
    expect(describeStatus(status).details).toContain(
      "Figures contradict each other: NEV 2024Q1 (70) is larger than TOTAL 2024Q1 (8); a part cannot exceed its total. They stay as published; figures computed from them are withheld.",
    );
    expect(describeStatus(status, "zh").details.join("\n")).toContain(
      "数据互相矛盾：NEV 2024Q1（70）大于TOTAL 2024Q1（8）",
    );
  });
});
