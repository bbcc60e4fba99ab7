import { spawnSync } from "node:child_process";
import { mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { bundledContent } from "../../src/data";
import { checkDatasetFile } from "../../src/data/check-dataset-file";
import { findContradictions } from "../../src/core";
import { contentFromFile } from "../../src/data/dataset-file";
import type { DatasetFile } from "../../src/data/schema";

const bundledWith = (file: DatasetFile) => contentFromFile(file).figures;
import { TODAY, bundledFile, newQuarterFile, revisedFile, text } from "../support/datasets";

describe("checking a dataset file before publishing it", () => {
  it("prints what a new file would change against the bundled dataset", async () => {
    expect(
      await checkDatasetFile("next.json", text(revisedFile()), bundledContent(), TODAY),
    ).toEqual({
      ok: true,
      lines: [
        "next.json: valid dataset 2024Q2.2, as of 2024-08-30, 17 figures.",
        "Against the bundled dataset 2024M05.1 (as of 2024-06-27):",
        "  2024Q2 added: TOTAL 95, NEV 80",
        "  NEV 2024Q1 revised 70 → 72",
      ],
    });
  });

  it("lists figures the file dropped, which the add-in would keep", async () => {
    const file = newQuarterFile();
    file.figures = file.figures.filter((f) => f.region !== "CHINA");
    const check = await checkDatasetFile("next.json", text(file), bundledContent(), TODAY);
    expect(check.lines.at(-1)).toBe(
      "  not in the new file, kept: China TOTAL 2023, China TOTAL 2023Q1, China NEV 2023Q1, China TOTAL 2023H1",
    );
  });

  it("reports a quarter larger than the year-to-date total that contains it", async () => {
    const file = newQuarterFile();
    file.figures.push({
      region: "SHANDONG",
      category: "TOTAL",
      period: "2023Q3",
      valueCnyMn: 7000,
      kind: "reported",
      source: "iqilu-2024-04-17",
      // The same customs scope as the January–September total it is checked against.
      scopeEn: file.figures.find((f) => f.period === "2023M01-M09")!.scopeEn,
      scopeZh: file.figures.find((f) => f.period === "2023M01-M09")!.scopeZh,
    });
    const check = await checkDatasetFile("next.json", text(file), bundledContent(), TODAY);
    expect(check).toEqual({
      ok: false,
      lines: [
        "next.json: figures contradict each other: Shandong province TOTAL 2023Q3 (7000) is larger than Shandong province TOTAL 2023M01-M09 (6310); a span cannot exceed a year-to-date total that contains it.",
      ],
    });
  });

  it("reports a year-to-date total that shrinks, in either language", async () => {
    const file = newQuarterFile();
    file.figures.push(
      {
        region: "ZIBO",
        category: "NEV",
        period: "2024M01-M05",
        valueCnyMn: 120,
        kind: "reported",
        source: "prnewswire-2024-05-20",
      },
      {
        region: "ZIBO",
        category: "NEV",
        period: "2024H1",
        valueCnyMn: 110,
        kind: "reported",
        source: "prnewswire-2024-05-20",
      },
    );
    const check = await checkDatasetFile("next.json", text(file), bundledContent(), TODAY);
    expect(check.ok).toBe(false);
    expect(check.lines).toContain(
      "next.json: figures contradict each other: NEV 2024M01-M05 (120) is larger than NEV 2024H1 (110); a year-to-date total cannot shrink later in the year.",
    );
    const [zh] = findContradictions(bundledWith(file)).map((c) => c.text.zh);
    expect(zh).toBe("NEV 2024M01-M05（120）大于NEV 2024H1（110）；年内累计值不会在年内减少");
  });

  it("accepts spans that agree, and growth-only figures beside them", async () => {
    const file = newQuarterFile();
    file.figures.push({
      region: "ZIBO",
      category: "TOTAL",
      period: "2024H1",
      valueCnyMn: 175,
      kind: "reported",
      source: "prnewswire-2024-05-20",
    });
    file.figures.push({
      region: "ZIBO",
      category: "PV",
      period: "2024H1",
      yoyPct: 12,
      kind: "reported",
      source: "prnewswire-2024-05-20",
    });
    expect((await checkDatasetFile("next.json", text(file), bundledContent(), TODAY)).ok).toBe(
      true,
    );
  });

  it("fails with editor-style locations for an invalid file", async () => {
    const bad = text(newQuarterFile()).replace('"period": "2024Q2"', '"period": "2024-Q2"');
    const check = await checkDatasetFile("next.json", bad, bundledContent(), TODAY);
    expect(check.ok).toBe(false);
    expect(check.lines).toEqual([
      "next.json:281:17: figures[15].period: a period like 2024Q1, 2024H1, 2024M05, 2023M01-M09 or 2023",
    ]);
  });

  it("fails for a file older than the bundled dataset", async () => {
    const check = await checkDatasetFile(
      "old.json",
      text({ ...bundledFile(), asOf: "2024-01-31" }),
      bundledContent(),
      TODAY,
    );
    expect(check).toEqual({
      ok: false,
      lines: [
        "old.json: as of 2024-01-31, older than the bundled dataset (as of 2024-06-27); the add-in would ignore it.",
      ],
    });
  });
});

describe("npm run data:check", () => {
  const dir = mkdtempSync(join(tmpdir(), "data-check-"));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function run(file: string): { status: number | null; out: string } {
    const result = spawnSync(join("node_modules", ".bin", "tsx"), ["scripts/data-check.ts", file], {
      encoding: "utf8",
    });
    return { status: result.status, out: result.stdout + result.stderr };
  }

  it("exits 0 for a valid file and non-zero for an invalid one", async () => {
    const good = join(dir, "good.json");
    const bad = join(dir, "bad.json");
    writeFileSync(good, text(bundledFile()));
    writeFileSync(bad, "{ not json");
    expect(run(good)).toEqual({ status: 0, out: expect.stringContaining("No changes.") });
    expect(run(bad)).toEqual({
      status: 1,
      out: expect.stringContaining("bad.json:1:3: JSON syntax error"),
    });
  });
});
