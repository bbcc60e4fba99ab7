/**
 * Contradictions are caught: published figures stay as published, a derived figure whose inputs
 * contradict each other is withheld (#N/A saying how they disagree), no derived figure is
 * negative, SHARE of a part above its total is #N/A, and INFO lists each contradiction in words.
 */
import {
  datasetInfo,
  formatMessage,
  lookupExports,
  lookupRegionExports,
  lookupShare,
  type Result,
} from "../../src/core";
import bundledFile from "../../src/data/zibo-new-three.json";
import { datasetWith } from "../support/feed-datasets";
import { valueOf } from "../support/results";

const messageOf = (result: Result<unknown>, lang: "en" | "zh" = "en") =>
  result.ok ? "" : formatMessage(result.error.key, result.error.params, lang);

const withFigure = (region: string, category: string, period: string, valueCnyMn: number) =>
  datasetWith(
    bundledFile.figures.map((f) =>
      f.region === region && f.category === category && f.period === period
        ? { ...f, valueCnyMn }
        : f,
    ),
  );

describe("a feed with TOTAL 2024Q1 = 8 (a typo for 80)", () => {
  const ds = withFigure("ZIBO", "TOTAL", "2024Q1", 8);

  test("the published figures stay as published", () => {
    expect(valueOf(lookupExports(ds, "TOTAL", "2024Q1")).value).toBe(8);
    expect(valueOf(lookupExports(ds, "NEV", "2024Q1")).value).toBe(70);
  });

  test("LIB_PV is withheld, never −62, naming the two figures and how they disagree", () => {
    const libPv = lookupExports(ds, "LIB_PV", "2024Q1");
    expect(libPv.ok).toBe(false);
    expect(!libPv.ok && libPv.error.code).toBe("notAvailable");
    expect(messageOf(libPv)).toContain("NEV 2024Q1 (70) is larger than TOTAL 2024Q1 (8)");
    expect(messageOf(libPv, "zh")).toContain("NEV 2024Q1（70）大于TOTAL 2024Q1（8）");
  });

  test("SHARE(NEV) is #N/A, not 875 %", () => {
    const share = lookupShare(ds, "NEV", "2024Q1");
    expect(share.ok).toBe(false);
    expect(messageOf(share)).toContain("NEV 2024Q1 (70) is larger than TOTAL 2024Q1 (8)");
  });

  test("INFO lists the contradiction in both languages", () => {
    expect(datasetInfo(ds, "en")).toContain("NEV 2024Q1 (70) is larger than TOTAL 2024Q1 (8)");
    expect(datasetInfo(ds, "zh")).toContain("NEV 2024Q1（70）大于TOTAL 2024Q1（8）");
  });
});

describe("Shandong 2023 = 4,000, below its January–September 6,310", () => {
  const ds = withFigure("SHANDONG", "TOTAL", "2023", 4000);

  test("2023 Q4 is withheld, never −2,310", () => {
    const q4 = lookupRegionExports(ds, "Shandong", "TOTAL", "2023Q4");
    expect(q4.ok).toBe(false);
    expect(messageOf(q4)).toContain(
      "Shandong province TOTAL 2023M01-M09 (6310) is larger than Shandong province TOTAL 2023 (4000)",
    );
    expect(messageOf(q4)).toContain("a year-to-date total cannot shrink");
  });

  test("no derived figure of the dataset is negative", () => {
    for (const f of ds.figures) {
      if (f.cny) expect(f.cny.value).toBeGreaterThanOrEqual(0);
    }
  });
});

describe("a consistent dataset has no contradictions", () => {
  test("the bundled data: INFO says nothing about contradictions; LIB_PV is 10", () => {
    const ds = datasetWith(bundledFile.figures);
    expect(ds.contradictions ?? []).toEqual([]);
    expect(datasetInfo(ds, "en")).not.toContain("contradict");
    expect(valueOf(lookupExports(ds, "LIB_PV", "2024Q1")).value).toBe(10);
  });
});
