import { formatMessage, lookupRegionExports, shareOfRegion } from "../../src/core";
import { bundledDataset } from "../../src/data";
import { datasetWith, zibo } from "../support/feed-datasets";
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

  const message = (result: ReturnType<typeof shareOfRegion>, lang: "en" | "zh") =>
    result.ok
      ? `answered ${result.value.value}`
      : formatMessage(result.error.key, result.error.params, lang);

  test("#N/A where either side is unpublished, saying which side is missing", () => {
    const noZibo2023 = shareOfRegion(ds, "China", "2023");
    expect(codeOf(noZibo2023)).toBe("notAvailable");
    expect(message(noZibo2023, "en")).toMatch(/^Zibo publishes no TOTAL for 2023: /);
    expect(message(noZibo2023, "zh")).toMatch(/^淄博未公布 TOTAL 在 2023 的数据/);
    // Shandong publishes only a growth rate for NEV in 2024Q1: no value to divide by, and it says so.
    const onlyShandongRate = shareOfRegion(ds, "Shandong", "2024Q1", "NEV");
    expect(codeOf(onlyShandongRate)).toBe("notAvailable");
    expect(message(onlyShandongRate, "en")).toMatch(
      /^Only the year-on-year growth rate is published for NEV in 2024Q1 \(Shandong province\): \+65\.3 %/,
    );
    expect(message(onlyShandongRate, "zh")).toMatch(
      /^山东 NEV 在 2024Q1 只公布了同比增速：\+65\.3%/,
    );
    expect(message(onlyShandongRate, "zh")).not.toMatch(/SHANDONG|none/);
  });

  test("#N/A where a side is only derived: 2023Q1 has two year-ago bases, no published figure", () => {
    for (const region of ["Shandong", "山东"]) {
      const result = shareOfRegion(ds, region, "2023Q1");
      expect(codeOf(result)).toBe("notAvailable");
      expect(message(result, "en")).toContain(
        "SHARE_OF divides published figures only, and Zibo's TOTAL for 2023Q1 is derived",
      );
      expect(message(result, "en")).toContain("Published periods of Zibo's TOTAL: 2024Q1.");
      expect(message(result, "zh")).toContain("淄博 TOTAL 在 2023Q1 的数据为推算值");
    }
  });

  test("a derived region side is named when Zibo's side is published", () => {
    const both = datasetWith([
      zibo("TOTAL", "2024Q1", 80, { yoyPct: 931.2 }),
      zibo("TOTAL", "2023Q1", 7.76),
      {
        region: "SHANDONG",
        category: "TOTAL",
        period: "2024Q1",
        valueCnyMn: 2890,
        yoyPct: 90.2,
        kind: "reported",
        source: "iqilu-2024-04-17",
      },
    ]);
    const result = shareOfRegion(both, "Shandong", "2023Q1");
    expect(message(result, "en")).toContain("Shandong province's TOTAL for 2023Q1 is derived");
    expect(message(result, "zh")).toContain("山东 TOTAL 在 2023Q1 的数据为推算值");
  });

  test("an unknown region names the valid ones", () => {
    const result = lookupRegionExports(ds, "Mars", "TOTAL", "2024Q1");
    expect(codeOf(result)).toBe("invalidValue");
  });
});

describe("region messages name places, not codes", () => {
  test.each(["en", "zh"] as const)("an unknown region in %s", (lang) => {
    const result = lookupRegionExports(ds, "Mars", "TOTAL", "2024Q1");
    const text = result.ok ? "" : formatMessage(result.error.key, result.error.params, lang);
    expect(text).toContain("Mars");
    expect(text).toContain(lang === "zh" ? "山东" : "Shandong");
    expect(text).not.toMatch(/SHANDONG|CHINA|ZIBO/);
  });
});
