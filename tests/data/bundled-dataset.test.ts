import {
  figureAt,
  formatDerivation,
  parsePeriodKey,
  periodKey,
  type Dataset,
  type RegionCode,
  type CategoryCode,
} from "../../src/core";
import { bundledDataset, validateDatasetFile } from "../../src/data";
import bundledFile from "../../src/data/zibo-new-three.json";

const ds: Dataset = bundledDataset();
const figure = (region: RegionCode, category: CategoryCode, period: string) =>
  figureAt(ds, region, category, parsePeriodKey(period)!);

describe("the bundled dataset holds exactly the published facts (SOURCES.md)", () => {
  test("it has a version and an as-of date", () => {
    expect(ds.version).toMatch(/\S/);
    expect(ds.asOf).toBe("2024-06-27");
  });

  test("it ships only reported figures; everything derived is computed at load", () => {
    expect(bundledFile.figures.every((f) => f.kind === "reported")).toBe(true);
  });

  // The rounding is where each was published: 0.8亿元 is 80 ± 5; 1.06万亿元 is 1,060,000 ± 5,000.
  test.each([
    ["ZIBO", "TOTAL", "2024Q1", 80, 5, 11.07, 931.2, "prnewswire-2024-05-20"],
    ["ZIBO", "NEV", "2024Q1", 70, 5, undefined, undefined, "prnewswire-2024-05-20"],
    ["SHANDONG", "TOTAL", "2024Q1", 2890, 5, undefined, 90.2, "iqilu-2024-04-17"],
    ["CHINA", "TOTAL", "2023", 1_060_000, 5000, undefined, 29.9, "xinhua-2024-01-12"],
  ] as const)(
    "%s %s %s: %p million yuan, reported",
    (region, category, period, cny, rounding, usd, yoy, source) => {
      const f = figure(region, category, period)!;
      expect(f.cny).toEqual({ value: cny, kind: "reported", sourceIds: [source], rounding });
      if (usd !== undefined)
        expect(f.usd).toEqual({ value: usd, kind: "reported", sourceIds: [source] });
      if (yoy !== undefined)
        expect(f.yoyPct).toEqual({
          value: yoy,
          kind: "reported",
          sourceIds: [source],
          rounding: 0.05,
        });
    },
  );

  test("the only Zibo figures are 2024Q1's and what follows from them", () => {
    const zibo = ds.figures.filter((f) => f.region === "ZIBO");
    const keys = zibo.map((f) => `${f.category} ${periodKey(f.period)} ${f.cny?.kind}`);
    expect(keys.sort()).toEqual(
      [
        "LIB_PV 2024Q1 derived",
        "NEV 2024Q1 reported",
        "TOTAL 2023Q1 derived",
        "TOTAL 2024Q1 reported",
      ].sort(),
    );
  });

  test("every derived number says how it was derived", () => {
    const measures = ds.figures.flatMap((f) => [f.cny, f.usd, f.yoyPct]).filter((m) => m !== null);
    for (const m of measures.filter((m) => m.kind === "derived")) {
      for (const lang of ["en", "zh"] as const) {
        expect(m.derivation && formatDerivation(m.derivation, lang)).toMatch(/\S/);
      }
    }
  });

  test("every figure, park and note cites a source with title, publisher and URL; figures a date", () => {
    const cited = [
      ...ds.figures.flatMap((f) => [...(f.cny ?? f.yoyPct)!.sourceIds]),
      ...ds.parks.flatMap((p) => [...p.sourceIds]),
      ...ds.notes.flatMap((n) => [...n.sourceIds]),
    ];
    for (const id of cited) {
      const source = ds.sources.get(id)!;
      expect(source.title && source.publisher && source.url).toBeTruthy();
    }
    for (const f of ds.figures) {
      for (const id of (f.cny ?? f.yoyPct)!.sourceIds)
        expect(ds.sources.get(id)!.published).toMatch(/^\d{4}-\d\d-\d\d$/);
    }
  });

  test("the three parks, in English and Chinese", () => {
    expect(ds.parks.map((p) => p.name.zh)).toEqual([
      "零碳智慧创新产业园",
      "固态锂电池产业园",
      "先进储能装备创新产业园",
    ]);
  });

  test("the Geely factory and the 2023 action plan are notes", () => {
    const ids = ds.notes.map((n) => n.id);
    expect(ids).toEqual(expect.arrayContaining(["geely-factory", "action-plan-2023"]));
  });
});

describe("the bundled file is taken as is at start, without validation", () => {
  test("the schema accepts it and reads it unchanged (no default or trimming applied)", () => {
    const checked = validateDatasetFile(bundledFile);
    if (!checked.ok) throw new Error(JSON.stringify(checked.problems));
    expect(checked.file).toStrictEqual(bundledFile);
  });
});
