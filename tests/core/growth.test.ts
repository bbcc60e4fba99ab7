import { formatMessage, lookupGrowth } from "../../src/core";
import { bundled, datasetWith, zibo } from "../support/feed-datasets";

const withNevYearAgo = datasetWith([
  zibo("TOTAL", "2024Q1", 80, { valueUsdMn: 11.07, yoyPct: 931.2 }),
  zibo("NEV", "2024Q1", 70),
  zibo("NEV", "2023Q1", 50),
]);

describe("GROWTH: reported rate, else derived from the year-ago figure, else #N/A", () => {
  test.each([
    ["TOTAL 2024Q1: the rate the source reports", "TOTAL", "2024Q1", 931.2, "reported"],
    ["a Chinese name and another spelling of the quarter", "新三样", "Q1 2024", 931.2, "reported"],
    ["NEV with a year-ago figure: computed from it", "NEV", "2024Q1", 40, "derived"],
  ])("%s", (_, category, period, value, kind) => {
    const result = lookupGrowth(withNevYearAgo, category, period);
    expect(result.ok).toBe(true);
    if (result.ok) {
      expect(result.value.value).toBeCloseTo(value, 6);
      expect(result.value.kind).toBe(kind);
    }
  });

  test.each([
    ["NEV 2024Q1 without a year-ago figure", "NEV", "2024Q1", "notAvailable", "noGrowth"],
    [
      "TOTAL 2023Q1, whose year-ago figure is unknown",
      "TOTAL",
      "2023Q1",
      "notAvailable",
      "noGrowth",
    ],
    ["a quarter nobody publishes", "TOTAL", "2022Q3", "notAvailable", "notPublished"],
    ["LIB, published only with PV", "LIB", "2024Q1", "notAvailable", "notPublishedSeparately"],
    ["an unknown category", "XYZ", "2024Q1", "invalidValue", "unknownCategory"],
    ["an impossible quarter", "NEV", "2024Q5", "invalidValue", "badPeriod"],
  ])("%s", (_, category, period, code, key) => {
    const result = lookupGrowth(bundled(), category, period);
    expect(result.ok ? null : result.error).toMatchObject({ code, key });
  });

  test("the #N/A message says which year-ago figure is missing", () => {
    const result = lookupGrowth(bundled(), "NEV", "2024Q1");
    if (result.ok) throw new Error("expected #N/A");
    expect(formatMessage(result.error.key, result.error.params, "en")).toContain("2023Q1");
  });
});
