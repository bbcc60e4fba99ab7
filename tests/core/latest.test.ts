import { latestPeriod } from "../../src/core";
import { bundled, datasetWith, zibo } from "../support/feed-datasets";

const later = datasetWith([
  zibo("TOTAL", "2024Q1", 80, { yoyPct: 931.2 }),
  zibo("NEV", "2024Q1", 70),
  zibo("TOTAL", "2024Q3", 120),
]);

describe("LATEST: the latest period with a figure, as text", () => {
  test.each([
    ["no category: any category", bundled(), null, "2024Q1"],
    ["an empty cell counts as no category", bundled(), "", "2024Q1"],
    ["NEV", bundled(), "NEV", "2024Q1"],
    ["derived figures count: LIB_PV", bundled(), "LIB_PV", "2024Q1"],
    ["a later TOTAL quarter", later, "TOTAL", "2024Q3"],
    ["NEV stays at its own latest", later, "新能源汽车", "2024Q1"],
  ])("%s", (_, ds, category, expected) => {
    expect(latestPeriod(ds, category)).toEqual({ ok: true, value: expected });
  });

  test.each([
    ["a category nobody publishes alone", "PV", "notAvailable", "noFigures"],
    ["an unknown category", "XYZ", "invalidValue", "unknownCategory"],
    ["a number is not a category", 42, "invalidValue", "unknownCategory"],
  ])("%s", (_, category, code, key) => {
    const result = latestPeriod(bundled(), category);
    expect(result.ok ? null : result.error).toMatchObject({ code, key });
  });
});
