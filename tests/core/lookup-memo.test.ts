import {
  figureAt,
  figureKey,
  lookupExports,
  lookupExportsCached,
  memoizeLookup,
  quarterPeriod,
  yearPeriod,
} from "../../src/core";
import { bundled, datasetWith, zibo } from "../support/feed-datasets";

describe("remembered lookups answer what the lookups answer", () => {
  const ds = bundled();
  test.each([
    ["NEV", "2024Q1", null],
    ["TOTAL", "2024Q1", "USD"],
    ["LIB", "2024Q1", null],
    ["XYZ", 2024, true],
    ["", null, undefined],
    [-0, Number.NaN, "EUR"],
  ])("%p %p %p", (category, period, unit) => {
    const expected = lookupExports(ds, category, period, unit);
    expect(lookupExportsCached(ds, category, period, unit)).toEqual(expected);
    expect(lookupExportsCached(ds, category, period, unit)).toEqual(expected);
  });

  test("a new dataset gets new answers, never the old dataset's", () => {
    const revised = datasetWith([zibo("TOTAL", "2024Q1", 90), zibo("NEV", "2024Q1", 75)]);
    const before = lookupExportsCached(ds, "NEV", "2024Q1", null);
    const after = lookupExportsCached(revised, "NEV", "2024Q1", null);
    expect(before.ok && before.value.value).toBe(70);
    expect(after.ok && after.value.value).toBe(75);
  });

  test("each question is answered once per dataset; ranges and long texts are never remembered", () => {
    const asked: unknown[] = [];
    const memo = memoizeLookup((_, a) => {
      asked.push(a);
      return String(a);
    });
    const long = "x".repeat(1000);
    for (const a of ["NEV", "NEV", 1, 1, null, null, long, long]) memo(ds, a, null, null);
    const range = [["NEV"]];
    memo(ds, range, null, null);
    memo(ds, range, null, null);
    memo(bundled(), "NEV", null, null);
    expect(asked).toEqual(["NEV", 1, null, long, long, range, range, "NEV"]);
  });
});

test("the figure index finds exactly the dataset's figures", () => {
  const ds = bundled();
  const keys = new Set(ds.figures.map((f) => figureKey(f.region, f.category, f.period)));
  expect(keys.size).toBe(ds.figures.length);
  for (const figure of ds.figures) {
    const { region, category, period } = figure;
    expect(figureAt(ds, region, category, period)).toBe(figure);
  }
  expect(figureAt(ds, "ZIBO", "NEV", quarterPeriod(2023, 1))).toBeUndefined();
  expect(figureAt(ds, "CHINA", "TOTAL", yearPeriod(2023))?.cny!.value).toBe(1_060_000);
});
