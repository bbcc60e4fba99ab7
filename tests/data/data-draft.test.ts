/* `npm run data:draft`: a release file in, a draft in the dataset format out, what it skipped on stderr. */
import { spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { validateDatasetFile } from "../../src/data/load-dataset";

const FIXTURES = join("tests", "fixtures", "releases");
const IQILU = "https://sdxw.iqilu.com/share/YS0yMS0xNTUzMzA4Ng.html";

function draft(...args: string[]) {
  const result = spawnSync(
    join("node_modules", ".bin", "tsx"),
    ["scripts/data-draft.ts", ...args],
    {
      encoding: "utf8",
    },
  );
  return { status: result.status, stdout: result.stdout, stderr: result.stderr };
}

describe("data:draft", () => {
  let dir: string;
  beforeAll(() => {
    dir = mkdtempSync(join(tmpdir(), "data-draft-"));
  });
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it("reads a GBK text file and prints its figures as a draft in the dataset format", () => {
    const run = draft(
      join(FIXTURES, "shandong-2024q1.gbk.txt"),
      "--published",
      "2024-04-17",
      "--url",
      IQILU,
      "--publisher",
      "iqilu.com",
    );
    expect(run.status).toBe(0);
    const file = JSON.parse(run.stdout);
    expect(file.format).toBe(2);
    expect(file.sources).toEqual([
      {
        id: "iqilu-2024-04-17",
        title: "山东发布一季度外贸“成绩单” 全年“新三样”出口有望突破百亿",
        publisher: "iqilu.com",
        url: IQILU,
        published: "2024-04-17",
        standing: "secondary",
      },
    ]);
    expect(
      file.figures.map((f: Record<string, unknown>) => [
        f.region,
        f.category,
        f.period,
        f.valueCnyMn,
        f.yoyPct,
        f.kind,
        f.source,
      ]),
    ).toEqual([
      ["SHANDONG", "TOTAL", "2024Q1", 2890, 90.2, "reported", "iqilu-2024-04-17"],
      ["SHANDONG", "LIB", "2024Q1", undefined, 104.4, "reported", "iqilu-2024-04-17"],
      ["SHANDONG", "NEV", "2024Q1", undefined, 65.3, "reported", "iqilu-2024-04-17"],
      ["SHANDONG", "PV", "2024Q1", undefined, 95.7, "reported", "iqilu-2024-04-17"],
    ]);
    for (const f of file.figures) expect(f.quote).toContain("28.9亿元");
    // The draft is a valid dataset once it has a version, a date and (empty) parks and notes.
    const checked = validateDatasetFile({
      ...file,
      version: "draft",
      asOf: "2024-04-17",
      parks: [],
      notes: [],
    });
    expect(checked.ok).toBe(true);

    // The forecast, the import figure and the share give no figure, and a line saying why.
    expect(run.stderr).toContain("read as GBK");
    expect(run.stderr).toContain(
      "not taken: 百亿, a forecast or a goal, not a published figure (有望): 山东发布一季度外贸“成绩单” 全年“新三样”出口有望突破百亿",
    );
    expect(run.stderr).toContain(
      "not taken: 3.2亿元, imports, not exports (进口): 一季度，全省锂电池进口3.2亿元，下降12.5%。",
    );
    expect(run.stderr).toContain(
      "not taken: 45.2%, a share, not an export figure: 同期，全省机电产品出口1500亿元，占全省出口总值的比重为45.2%。",
    );
    expect(run.stderr).toContain("4 figures found, 5 numbers not taken.");
  });

  it("reads a saved web page: its text, its title and the address it was saved from", () => {
    const run = draft(join(FIXTURES, "china-2023h1.html"), "--published", "2023-07-25");
    expect(run.status).toBe(0);
    const file = JSON.parse(run.stdout);
    expect(file.sources[0]).toMatchObject({
      id: "example-2023-07-25",
      title: "20.1万亿！中国外贸半年报速读",
      url: "https://www.example.gov.cn/news/2023-07-25/new-three.html",
    });
    expect(file.figures).toEqual([
      expect.objectContaining({
        region: "CHINA",
        category: "TOTAL",
        period: "2023H1",
        yoyPct: 61.6,
      }),
    ]);
    // The page's script is not text: its "出口100亿元" is never read.
    expect(run.stderr).not.toContain("100亿元");
    expect(run.stderr).toContain("a forecast or a goal");
    expect(run.stderr).toContain(
      "check: CHINA TOTAL 2023H1 takes its region and span from an earlier sentence",
    );
  });

  it("merges the draft into a feed, writes it beside it and checks it as data:check does", () => {
    const feed = join(dir, "feed.json");
    copyFileSync(join("src", "data", "zibo-new-three.json"), feed);
    const run = draft(
      join(FIXTURES, "china-2023h1.html"),
      "--published",
      "2024-06-01",
      "--url",
      "https://example.org/h1",
      "--title",
      "A later page",
      "--into",
      feed,
    );
    const target = join(dir, "feed.draft.json");
    expect(existsSync(target)).toBe(true);
    expect(run.stdout).toContain(`wrote ${target}`);
    expect(run.stdout).toContain("feed.draft.json: valid dataset 2024M05.1, as of 2024-06-27");
    expect(run.status).toBe(0);
    const merged = JSON.parse(readFileSync(target, "utf8"));
    expect(merged.$schema).toBe("./dataset.schema.json");
    expect(merged.sources.map((s: { id: string }) => s.id)).toContain("example-2024-06-01");
  });

  it("asks for what it needs: the publication date and the page's address", () => {
    const noDate = draft(join(FIXTURES, "shandong-2024q1.gbk.txt"));
    expect(noDate.status).toBe(2);
    expect(noDate.stderr).toContain("--published YYYY-MM-DD is needed");
    const noUrl = draft(join(FIXTURES, "shandong-2024q1.gbk.txt"), "--published", "2024-04-17");
    expect(noUrl.status).toBe(2);
    expect(noUrl.stderr).toContain("give --url URL");
  });
});
