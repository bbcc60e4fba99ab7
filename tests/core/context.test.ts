import { formatMessage, lookupRegionExports, shareOfRegion } from "../../src/core";
import { bundledDataset } from "../../src/data";
import { codeOf, valueOf } from "../support/results";

const ds = bundledDataset();

describe("context series: Shandong and China (SOURCES.md)", () => {
  test.each([
    ["Shandong", "TOTAL", "2024Q1", 2890],
    ["山东", "新三样", "Q1 2024", 2890],
    ["China", "TOTAL", "2023", 1_060_000],
    ["全国", "TOTAL", 2023, 1_060_000],
  ])("%s %s %s: %p million yuan, reported", (region, category, period, value) => {
    const found = valueOf(lookupRegionExports(ds, region, category, period));
    expect(found.value).toBe(value);
    expect(found.measure.kind).toBe("reported");
  });

  test("Zibo is 2.77 % of Shandong's new three in 2024Q1, derived", () => {
    const share = valueOf(shareOfRegion(ds, "Shandong", "2024Q1"));
    expect(share.value).toBeCloseTo(2.77, 2);
    expect(share.kind).toBe("derived");
    expect(share.sourceIds).toEqual(["prnewswire-2024-05-20", "iqilu-2024-04-17"]);
  });

  test("#N/A where either side is unpublished", () => {
    const noZibo2023 = shareOfRegion(ds, "China", "2023");
    expect(codeOf(noZibo2023)).toBe("notAvailable");
    const noShandongNev = shareOfRegion(ds, "Shandong", "2024Q1", "NEV");
    expect(codeOf(noShandongNev)).toBe("notAvailable");
    if (!noShandongNev.ok) {
      expect(formatMessage(noShandongNev.error.key, noShandongNev.error.params, "en")).toContain(
        "SHANDONG",
      );
    }
  });

  test("an unknown region names the valid ones", () => {
    const result = lookupRegionExports(ds, "Mars", "TOTAL", "2024Q1");
    expect(codeOf(result)).toBe("invalidValue");
  });
});
