/**
 * Every number says what it is — reported, derived, imported or converted — and every surface
 * reads that from one provenance: SOURCE, the card, the tables' Kind column, SERIES and INFO.
 */
import {
  datasetInfo,
  figureAt,
  lookupFigureCard,
  lookupSeries,
  lookupShare,
  lookupSource,
  parsePeriodKey,
  provenanceOf,
  type CategoryCode,
  type Dataset,
  type RegionCode,
} from "../../src/core";
import { catalogueEntries } from "../../src/core/catalogue";
import { seriesTable } from "../../src/core/series-forms";
import { chartData, exportsBlock, previewData } from "../../src/taskpane/rows";
import { paneStrings } from "../../src/taskpane/strings";
import { bundledFile, harness, text } from "../support/datasets";
import { imported } from "../support/imported";

const page = "https://addin.example.org/taskpane.html";
const HEADER = "period,category,value_cny_mn,yoy_pct,source_title,source_url,published";
const ROW =
  "2024Q2,TOTAL,95,12.5,Zibo Customs quarterly release,https://example.org/release,2024-07-20";

async function afterCsvImport(): Promise<Dataset> {
  const h = harness(page);
  imported(await h.service.importFile("release.csv", `${HEADER}\n${ROW}\n`));
  return h.store.current;
}

function figure(ds: Dataset, key: string, region: RegionCode = "ZIBO") {
  const [category, period] = key.split(" ");
  const f = figureAt(ds, region, category as CategoryCode, parsePeriodKey(period!)!);
  if (!f) throw new Error(`no ${key}`);
  return f;
}

function kindColumn(ds: Dataset, lang: "en" | "zh", period: string, code: string): unknown {
  const [table] = exportsBlock(ds, paneStrings(lang), lang).tables;
  const at = (key: string) => (table!.columns as readonly string[]).indexOf(key);
  const row = table!.rows.find((r) => r[at("period")] === period && r[at("code")] === code);
  return row?.[at("kind")];
}

describe("an imported CSV row is imported, everywhere it is shown", () => {
  test("the catalogue marks it imported, and the published figures still reported", async () => {
    const ds = await afterCsvImport();
    const mark = (period: string) =>
      catalogueEntries(ds).find(
        (e) => e.region === "ZIBO" && e.category === "TOTAL" && e.period === period,
      )?.mark;
    expect([mark("2024Q2"), mark("2024Q1")]).toEqual(["imported", "reported"]);
  });

  test("its provenance names the file, the day of the import and the file's own words", async () => {
    const ds = await afterCsvImport();
    const p = provenanceOf(ds, figure(ds, "TOTAL 2024Q2").cny!);
    expect(p).toMatchObject({ kind: "imported", value: 95, file: "release.csv" });
    expect(p.importedOn).toBe("2024-09-01");
    expect(p.sources.map((s) => s.title)).toEqual(["Zibo Customs quarterly release"]);
  });

  test('the exports table says "imported" / 导入值, never "reported"', async () => {
    const ds = await afterCsvImport();
    expect(kindColumn(ds, "en", "2024Q2", "TOTAL")).toBe("imported");
    expect(kindColumn(ds, "zh", "2024Q2", "TOTAL")).toBe("导入值");
    expect(kindColumn(ds, "en", "2024Q1", "TOTAL")).toBe("reported");
    expect(kindColumn(ds, "en", "2024Q1", "NEV")).toBe("reported; million USD converted");
  });

  test("the card's Kind is imported, with the file, and no address as the publisher", async () => {
    const ds = await afterCsvImport();
    for (const [lang, kindLabel, kind, fileLabel] of [
      ["en", "Kind", "imported", "Imported from file"],
      ["zh", "类型", "导入值", "导入文件"],
    ] as const) {
      const card = lookupFigureCard(ds, "TOTAL", "2024Q2", null, null, lang);
      if (!card.ok) throw new Error("no card");
      const fields = Object.fromEntries(card.value.fields.map((f) => [f.label, f.value]));
      expect(fields[kindLabel]).toBe(kind);
      expect(fields[fileLabel]).toBe("release.csv");
      expect(Object.values(fields)).not.toContain("example.org");
    }
  });

  test("SOURCE names the file and the file's words, not example.org as a publisher", async () => {
    const ds = await afterCsvImport();
    const en = lookupSource(ds, "TOTAL", "2024Q2");
    expect(en).toEqual({
      ok: true,
      value:
        'imported by you. Source: the file "release.csv" (imported on 2024-09-01), whose own words cite "Zibo Customs quarterly release", 2024-07-20, https://example.org/release',
    });
    const zh = lookupSource(ds, "TOTAL", "2024Q2", null, "ZIBO", "zh");
    expect(zh.ok && zh.value).toMatch(/^导入值（由您导入）。来源：文件“release\.csv”/);
  });

  test("SERIES marks the row imported", async () => {
    const ds = await afterCsvImport();
    const series = lookupSeries(ds, "TOTAL", "2024Q2", "2024Q2", null);
    if (!series.ok) throw new Error("no series");
    expect(seriesTable(series.value, "ZIBO", "en")[1]![2]).toBe("imported");
    expect(seriesTable(series.value, "ZIBO", "zh")[1]![2]).toBe("导入值");
  });

  test("a figure derived from the import is derived, names its imported input, and is not listed as imported", async () => {
    const ds = await afterCsvImport();
    // The 2023 Q2 base implied by the imported 2024 Q2 value and rate.
    const p = provenanceOf(ds, figure(ds, "TOTAL 2023Q2").cny!);
    expect(p.kind).toBe("derived");
    expect(p.inputs.map((i) => i.kind)).toEqual(["imported", "imported"]);
    expect(p.value).toBeCloseTo(95 / 1.125, 10);
    const cited = lookupSource(ds, "TOTAL", "2023Q2");
    expect(cited.ok && cited.value).toMatch(/^derived: .*the file "release\.csv"/);
    expect(kindColumn(ds, "en", "2023Q2", "TOTAL")).toBe("derived");
    const info = datasetInfo(ds, "en");
    expect(info).toContain("imported figures in use: TOTAL 2024Q2 (from release.csv)");
    expect(info).not.toContain("2023Q2");
  });

  test("an imported publication date after today is refused, with its line and column", async () => {
    const h = harness(page);
    const outcome = await h.service.importFile(
      "late.csv",
      `${HEADER}\n2024Q2,TOTAL,95,,A release,https://example.org/r,2099-01-01\n`,
    );
    expect(outcome.state).toBe("rejected");
    const problems = outcome.state === "rejected" ? outcome.problems : [];
    expect(problems[0]).toMatchObject({ line: 2, column: 7 });
  });
});

describe("a JSON import that changes a published number", () => {
  function withNev(value: number): string {
    const file = bundledFile();
    file.version = "mine";
    const nev = file.figures.find((f) => f.category === "NEV" && f.period === "2024Q1")!;
    nev.valueCnyMn = value;
    return text(file);
  }

  test("NEV 2024Q1 changed from 70 to 71 under the release's source id is imported, not cited to PR Newswire", async () => {
    const h = harness(page);
    imported(await h.service.importFile("mine.json", withNev(71)));
    const ds = h.store.current;
    const p = provenanceOf(ds, figure(ds, "NEV 2024Q1").cny!);
    expect(p).toMatchObject({ kind: "imported", value: 71, file: "mine.json" });
    const cited = lookupSource(ds, "NEV", "2024Q1");
    expect(cited.ok && cited.value).toMatch(/^imported by you\. Source: the file "mine\.json"/);
    expect(cited.ok && cited.value).not.toContain("distributed by PR Newswire");
    expect(kindColumn(ds, "en", "2024Q1", "NEV")).toMatch(/^imported/);
    // LIB_PV = TOTAL − NEV is derived, from one reported and one imported figure.
    const libPv = provenanceOf(ds, figure(ds, "LIB_PV 2024Q1").cny!);
    expect(libPv.kind).toBe("derived");
    expect(libPv.inputs.map((i) => i.kind)).toEqual(["reported", "imported"]);
  });

  test("the same file keeping 70 keeps the published citation", async () => {
    const h = harness(page);
    await h.service.importFile("same.json", withNev(70));
    const ds = h.store.current;
    expect(provenanceOf(ds, figure(ds, "NEV 2024Q1").cny!).kind).toBe("reported");
    const cited = lookupSource(ds, "NEV", "2024Q1");
    expect(cited.ok && cited.value).toContain("distributed by PR Newswire");
  });
});

describe("a converted number names its rate and where the rate comes from", () => {
  test("NEV 2024Q1 in US dollars: at the release's implied 7.2267 yuan per USD", async () => {
    const ds = await afterCsvImport();
    const p = provenanceOf(ds, figure(ds, "NEV 2024Q1").usd!);
    expect(p.kind).toBe("converted");
    expect(p.rate).toBeCloseTo(80 / 11.07, 10);
    expect(p.rateFrom?.id).toBe("prnewswire-2024-05-20");
    expect(p.range?.[0]).toBeCloseTo((65 * 11.07) / 85, 10);
  });
});

describe("derived figures state the range their inputs' rounding allows", () => {
  test("Shandong 2023 Q4 = 9,390 − 6,310, between 3,070 and 3,090 million yuan", async () => {
    const ds = await afterCsvImport();
    const p = provenanceOf(ds, figure(ds, "TOTAL 2023Q4", "SHANDONG").cny!);
    expect(p.value).toBe(3080);
    expect(p.range).toEqual([3070, 3090]);
    const cited = lookupSource(ds, "TOTAL", "2023Q4", null, "SHANDONG");
    expect(cited.ok && cited.value).toContain("it lies between about 3,070 and 3,090 million yuan");
  });

  test("China 2022 = 1,060,000 / 1.299: the range the value (± 5,000) and the rate (± 0.05) allow", async () => {
    const ds = await afterCsvImport();
    const p = provenanceOf(ds, figure(ds, "TOTAL 2022", "CHINA").cny!);
    expect(p.value).toBeCloseTo(1_060_000 / 1.299, 6);
    expect(p.range![0]).toBeCloseTo(1_055_000 / 1.2995, 6);
    expect(p.range![1]).toBeCloseTo(1_065_000 / 1.2985, 6);
    const cited = lookupSource(ds, "TOTAL", "2022", null, "CHINA");
    expect(cited.ok && cited.value).toContain("between about 811,900 and 820,200");
  });

  test("a share's range: NEV 70 ± 5 of TOTAL 80 ± 5 lies between about 76.5 % and 100 %", async () => {
    const ds = await afterCsvImport();
    const share = lookupShare(ds, "NEV", "2024Q1");
    if (!share.ok) throw new Error("no share");
    const p = provenanceOf(ds, share.value);
    expect(p.value).toBe(87.5);
    expect(p.range![0]).toBeCloseTo((65 / 85) * 100, 10);
    expect(p.range![1]).toBe(100);
  });
});

test("the exports table's Sources column names the imported file, not example.org as a publisher", async () => {
  const ds = await afterCsvImport();
  const [table] = exportsBlock(ds, paneStrings("en"), "en").tables;
  const at = (key: string) => (table!.columns as readonly string[]).indexOf(key);
  const row = table!.rows.find((r) => r[at("period")] === "2024Q2" && r[at("code")] === "TOTAL");
  const sources = String(row?.[at("source")]);
  expect(sources).toContain("imported: release.csv");
  expect(sources).not.toMatch(/^example\.org/);
});

test("the chart draws an imported quarter as a series of its own, never as reported", async () => {
  const ds = await afterCsvImport();
  const en = paneStrings("en");
  const [table] = exportsBlock(ds, en, "en").tables;
  const spec = chartData(
    { name: "ZiboExports", columns: table!.columns, headers: table!.headers, rows: table!.rows },
    ["TOTAL"],
    en,
  );
  expect(spec?.headers).toEqual(["Quarter", "TOTAL", "TOTAL (imported)", "TOTAL (derived)"]);
  const [reported, imported] = spec?.formulasFor("$A2") ?? [];
  expect(reported).toContain('ZiboExports[Kind],"<>imported*"');
  expect(imported).toContain('ZiboExports[Kind],"imported*"');
  const bars = previewData(ds, ["TOTAL"]).bars;
  expect(bars.find((b) => b.period === "2024Q2")?.kind).toBe("imported");
  expect(bars.find((b) => b.period === "2024Q1")?.kind).toBe("reported");
});
