import {
  lookupExports,
  lookupFigureCard,
  lookupGrowth,
  lookupRegionExports,
  lookupRegionGrowth,
  lookupShare,
  lookupSource,
  shareOfRegion,
} from "../../src/core";
import { bundled, datasetWith, zibo } from "../support/feed-datasets";
import bundledFile from "../../src/data/zibo-new-three.json";

const value = <T extends { value: unknown }>(
  r: { ok: true; value: T } | { ok: false; error: { key: string } },
) => (r.ok ? r.value.value : r.error.key);

/** The bundled figures and a new quarter, as a refresh would bring it. */
const refreshed = datasetWith([
  ...bundledFile.figures,
  zibo("TOTAL", "2024Q2", 90, { source: "iqilu-2024-04-17" }),
]);

describe('"latest" as a period: the newest span with an answer for that function', () => {
  test("EXPORTS: the newest span with a value, in English or Chinese", () => {
    expect(value(lookupExports(bundled(), "NEV", "latest"))).toBe(70);
    expect(value(lookupExports(bundled(), "新能源汽车", "最新"))).toBe(70);
    expect(value(lookupExports(bundled(), "TOTAL", " Latest ", "亿元"))).toBe(0.8);
  });

  test("a refresh with a new quarter moves the answer to it", () => {
    expect(value(lookupExports(bundled(), "TOTAL", "latest"))).toBe(80);
    expect(value(lookupExports(refreshed, "TOTAL", "latest"))).toBe(90);
  });

  test("GROWTH: the newest span with a rate, not the newest span", () => {
    const rate = lookupGrowth(refreshed, "TOTAL", "latest");
    expect(rate.ok && rate.value.value).toBe(931.2);
  });

  test("where no span answers, the newest span's own #N/A says why", () => {
    expect(value(lookupGrowth(bundled(), "NEV", "latest"))).toBe("noGrowth");
    expect(value(lookupRegionExports(bundled(), "山东", "NEV", "最新"))).toBe("growthOnly");
    expect(value(lookupExports(bundled(), "boats", "latest"))).toBe("unknownCategory");
  });

  test("regions: Shandong's newest value and rate", () => {
    expect(value(lookupRegionExports(bundled(), "Shandong", "TOTAL", "latest"))).toBe(2890);
    expect(value(lookupRegionGrowth(bundled(), "山东", "NEV", "最新"))).toBe(65.3);
  });

  test("SHARE and SHARE_OF: the newest span where both sides are published", () => {
    expect(value(lookupShare(bundled(), "NEV", "latest"))).toBe(87.5);
    const share = shareOfRegion(bundled(), "Shandong", "latest");
    expect(share.ok && share.value.value).toBeCloseTo((80 / 2890) * 100, 6);
  });

  test("SOURCE and the card say which span latest resolved to", () => {
    const cited = lookupSource(refreshed, "TOTAL", "latest");
    expect(cited.ok && cited.value.startsWith("Latest: 2024Q2. ")).toBe(true);
    const zh = lookupSource(bundled(), "NEV", "最新", null, "ZIBO", "zh");
    expect(zh.ok && zh.value.startsWith("最新一期：2024Q1。")).toBe(true);
    const card = lookupFigureCard(refreshed, "TOTAL", "latest", null, null, "en");
    const period = card.ok && card.value.fields.find((f) => f.key === "period");
    expect(period && [period.value, period.note]).toEqual([
      "2024Q2",
      'the newest span with a value, asked as "latest"',
    ]);
  });
});
