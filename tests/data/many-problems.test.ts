import { describeImport, describeStatus, formatProblem } from "../../src/data";
import { MAX_PROBLEMS, problemTotal } from "../../src/data/problem-list";
import { readDatasetText } from "../../src/data";
import { readDatasetTextYielding } from "../../src/data/read-dataset-text";
import { readImportFile } from "../../src/data/import-file";
import { FEED_PATH, TODAY, harness } from "../support/datasets";
import { FeedServer } from "../support/feed-server";
import { csvRows, feedWithBadFigures } from "../support/large-files";

describe("a file with thousands of problems", () => {
  it("a 2 MB feed with 9,000 bad figures: the first 50 located, the total counted, the decisive one first", async () => {
    const body = feedWithBadFigures(9_000);
    const read = await readDatasetText(body, TODAY);
    if (read.ok) throw new Error("accepted");
    expect(read.problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(formatProblem(read.problems[0]!)).toMatch(
      /^line \d+, column \d+: figures\[0\]\.valueCnyMn: /,
    );
    // At least the 9,000 negative values.
    const total = problemTotal(read.problems);
    expect(total).toBeGreaterThanOrEqual(9_000);
    expect(formatProblem(read.problems.at(-1)!)).toBe(`…and ${total - MAX_PROBLEMS} more.`);
    // A format this version does not know is decisive: its figures cannot be read by another's rules.
    const unknownFormat = await readDatasetText(body.replace('"format": 2', '"format": 7'), TODAY);
    if (unknownFormat.ok) throw new Error("accepted");
    expect(formatProblem(unknownFormat.problems[0]!)).toMatch(/^line 3, column 13: format: /);

    const server = await FeedServer.start();
    try {
      server.route(FEED_PATH, { kind: "file", body });
      const status = await harness(server.baseUrl).service.start();
      const shown = describeStatus(status, "zh");
      expect(shown.headline).toMatch(
        /^未使用数据源的文件：文件不是有效的数据集（\d+ 个问题）。仍在使用：数据集 \S+，截至 \S+。$/,
      );
      expect(shown.details).toHaveLength(21);
      expect(shown.details.at(-1)).toMatch(/^……另有 \d+ 个问题。$/);
    } finally {
      await server.close();
    }
  });

  it("a CSV of 10,000 rows with 7,225 repeated ones: each located, 50 listed, the total given", async () => {
    const read = await readImportFile("big.csv", csvRows(10_000), new Date("2100-12-31T00:00:00Z"));
    if (read.ok) throw new Error("accepted");
    expect(problemTotal(read.problems)).toBe(7_225);
    expect(read.problems).toHaveLength(MAX_PROBLEMS + 1);
    expect(formatProblem(read.problems[0]!)).toMatch(
      /^line 2777, column 1: a second row for TOTAL 1990Q1 \(first on line 2\)/,
    );
    const shown = describeImport({ state: "rejected", name: "big.csv", problems: read.problems });
    expect(shown.headline).toBe(
      "big.csv was not imported (problems found: 7225); nothing was changed.",
    );
    expect(shown.details.at(-1)).toBe("…and 7205 more.");
  });

  it("a valid CSV of 2,775 rows is taken whole", async () => {
    const read = await readImportFile("all.csv", csvRows(2_775), new Date("2100-12-31T00:00:00Z"));
    expect(read.ok && read.content.figures.length).toBe(2_775);
  });

  it("gives the event loop turns while a large file is checked, so function calls are served", async () => {
    let turns = 0;
    const ticker = setInterval(() => turns++, 0);
    try {
      const read = await readDatasetTextYielding(feedWithBadFigures(9_000), TODAY);
      expect(read.ok).toBe(false);
    } finally {
      clearInterval(ticker);
    }
    expect(turns).toBeGreaterThanOrEqual(2);
  });

  it("gives the event loop turns every few hundred rows of a long CSV", async () => {
    let turns = 0;
    const ticker = setInterval(() => turns++, 0);
    try {
      await readImportFile("big.csv", csvRows(10_000), new Date("2100-12-31T00:00:00Z"));
    } finally {
      clearInterval(ticker);
    }
    expect(turns).toBeGreaterThanOrEqual(10);
  });
});
