/**
 * Figures for exactly their span: year-to-date totals, quarters derived by difference,
 * growth-only figures and scope notes, on the bundled dataset and on feeds a maintainer may publish.
 */
import {
  formatDerivation,
  formatMessage,
  lookupExports,
  lookupGrowth,
  lookupRegionExports,
  lookupRegionGrowth,
  lookupSeries,
  lookupSource,
  shareOfRegion,
  yoyBase,
  type Result,
} from "../../src/core";
import { bundledDataset } from "../../src/data";
import { datasetWith, zibo } from "../support/feed-datasets";
import bundledFile from "../../src/data/zibo-new-three.json";
import { valueOf } from "../support/results";

const ds = bundledDataset();
const messageOf = (result: Result<unknown>, lang: "en" | "zh" = "en") =>
  result.ok ? "" : formatMessage(result.error.key, result.error.params, lang);

describe("year-to-date totals are answered for exactly their span", () => {
  test.each(["2023年1-9月", "2023年前三季度", "2023Q1-Q3", "Jan-Sep 2023", "2023M01-M09"])(
    "Shandong TOTAL %s is 6,310 million yuan, reported",
    (period) => {
      const found = valueOf(lookupRegionExports(ds, "Shandong", "TOTAL", period));
      expect(found.value).toBe(6310);
      expect(found.measure.kind).toBe("reported");
    },
  );

  test("Shandong TOTAL 2023 (全年) is 9,390 with its reported +47.3 %", () => {
    expect(valueOf(lookupRegionExports(ds, "山东", "TOTAL", "2023年全年")).value).toBe(9390);
    expect(valueOf(lookupRegionGrowth(ds, "山东", "TOTAL", 2023)).value).toBe(47.3);
  });

  test("a span that no source publishes is #N/A, never a sum or a share of another span", () => {
    const result = lookupRegionExports(ds, "Shandong", "TOTAL", "2023H1");
    expect(!result.ok && result.error.code).toBe("notAvailable");
    expect(messageOf(result)).toContain("2023M01-M09");
    expect(messageOf(result)).toContain("2023Q4");
  });
});

describe("a discrete span derived by difference of two cumulative totals", () => {
  test("Shandong 2023 Q4 = full year − January–September = 3,080, marked derived", () => {
    const found = valueOf(lookupRegionExports(ds, "山东", "TOTAL", "2023Q4"));
    expect(found.value).toBe(3080);
    expect(found.measure.kind).toBe("derived");
    expect(found.measure.sourceIds).toEqual(["sdnews-2024-01-18", "qilu-2023-12-20"]);
  });

  test("SOURCE says how, in both languages", () => {
    const en = valueOf(lookupSource(ds, "TOTAL", "2023Q4", null, "SHANDONG", "en"));
    expect(en).toMatch(
      /^derived: 9390 − 6310: the cumulative 2023 total less the cumulative 2023M01-M09 total/,
    );
    expect(en).toContain("sdnews.com.cn");
    const zh = valueOf(lookupSource(ds, "TOTAL", "2023Q4", null, "SHANDONG", "zh"));
    expect(zh).toContain("9390 − 6310：2023年全年累计值减去2023年前三季度累计值");
  });

  test("a feed's Zibo first half and first quarter give the second quarter, derived", () => {
    const feed = datasetWith([...bundledFile.figures, zibo("TOTAL", "2024H1", 190)]);
    const q2 = valueOf(lookupExports(feed, "TOTAL", "2024Q2"));
    expect(q2.value).toBe(110);
    expect(q2.measure.kind).toBe("derived");
    expect(formatDerivation(q2.measure.derivation!, "en")).toContain("190 − 80");
    // The half itself is reported, for exactly its span.
    const h1 = valueOf(lookupExports(feed, "TOTAL", "2024年上半年"));
    expect([h1.value, h1.measure.kind]).toEqual([190, "reported"]);
  });

  test("totals of different scope are never differenced", () => {
    const scope = { scopeEn: "customs' count", scopeZh: "海关口径" };
    const feed = datasetWith([...bundledFile.figures, zibo("TOTAL", "2024H1", 190, scope)]);
    expect(lookupExports(feed, "TOTAL", "2024Q2").ok).toBe(false);
  });

  test("derived figures are never differenced again", () => {
    // 2022 and 2022 January–September exist only as year-ago bases (derived): no 2022 Q4.
    expect(valueOf(lookupRegionExports(ds, "Shandong", "TOTAL", "2022M01-M09")).measure.kind).toBe(
      "derived",
    );
    expect(lookupRegionExports(ds, "Shandong", "TOTAL", "2022Q4").ok).toBe(false);
  });
});

describe("growth-only figures", () => {
  test("REGION_GROWTH of Shandong LIB 2024Q1 is the reported 104.4", () => {
    const rate = valueOf(lookupRegionGrowth(ds, "Shandong", "LIB", "2024Q1"));
    expect(rate.value).toBe(104.4);
    expect(rate.kind).toBe("reported");
  });

  test("REGION_EXPORTS of Shandong LIB 2024Q1 is #N/A saying only the growth rate is published", () => {
    const result = lookupRegionExports(ds, "Shandong", "LIB", "2024Q1");
    expect(!result.ok && result.error.code).toBe("notAvailable");
    expect(messageOf(result)).toMatch(
      /Only the year-on-year growth rate is published .*\+104\.4 %/,
    );
    expect(messageOf(result, "zh")).toContain("只公布了同比增速：+104.4%");
    expect(messageOf(lookupRegionExports(ds, "Shandong", "LIB", "2024Q1", "USD"))).toContain(
      "+104.4",
    );
  });

  test("China's first-half 2023 total: growth 61.6 % only", () => {
    expect(valueOf(lookupRegionGrowth(ds, "全国", "新三样", "2023年上半年")).value).toBe(61.6);
    expect(messageOf(lookupRegionExports(ds, "China", "TOTAL", "H1 2023"))).toContain("+61.6 %");
  });

  test("a Zibo growth-only figure in a feed: GROWTH answers, EXPORTS explains, SOURCE cites", () => {
    const feed = datasetWith([
      ...bundledFile.figures,
      { ...zibo("PV", "2024M01-M05", 0), valueCnyMn: undefined, yoyPct: 57.4 },
    ]);
    expect(valueOf(lookupGrowth(feed, "PV", "2024年1-5月")).value).toBe(57.4);
    expect(messageOf(lookupExports(feed, "PV", "Jan-May 2024"))).toContain("+57.4 %");
    expect(valueOf(lookupSource(feed, "PV", "2024M01-M05"))).toMatch(
      /^growth rate only \(\+57\.4 %\), no value published\. Source: chinadaily/,
    );
    // Asked in dollars, the citation is still of the rate: there is no value to convert.
    expect(valueOf(lookupSource(feed, "PV", "2024M01-M05", "USD"))).toMatch(
      /^growth rate only \(\+57\.4 %\), no value published\. Source: chinadaily/,
    );
  });
});

describe("scope travels with the figure", () => {
  test("China's electric passenger vehicles are NEV with a scope note, shown by SOURCE", () => {
    expect(valueOf(lookupRegionExports(ds, "China", "NEV", "2023Q1")).value).toBe(64750);
    const en = valueOf(lookupSource(ds, "NEV", "2023Q1", null, "CHINA", "en"));
    expect(en).toContain(
      "Scope: electric passenger vehicles (电动载人汽车) as customs counts them",
    );
    const zh = valueOf(lookupSource(ds, "NEV", "2023Q1", null, "CHINA", "zh"));
    expect(zh).toContain("统计口径：海关统计的电动载人汽车");
    // A unit argument keeps the scope note; an unknown unit is refused as EXPORTS refuses it.
    expect(valueOf(lookupSource(ds, "NEV", "2023Q1", "CNY", "CHINA", "en"))).toBe(en);
    expect(lookupSource(ds, "NEV", "2023Q1", "EUR", "CHINA").ok).toBe(false);
  });

  test("China TOTAL minus electric passenger vehicles is not offered as batteries and solar", () => {
    expect(lookupRegionExports(ds, "China", "LIB_PV", "2023Q1").ok).toBe(false);
  });

  test("a share across different scopes says so in its working", () => {
    const feed = datasetWith([...bundledFile.figures, zibo("NEV", "2023Q1", 5)]);
    const share = valueOf(shareOfRegion(feed, "China", "2023Q1", "NEV"));
    expect(formatDerivation(share.derivation!, "en")).toContain("the scopes differ");
    expect(formatDerivation(share.derivation!, "zh")).toContain("统计口径不同");
  });
});

describe("SERIES says whether a row is cumulative", () => {
  test("Shandong TOTAL rows are ordered by end month, each marked", () => {
    const series = valueOf(lookupSeries(ds, "TOTAL", 2023, 2023, null, "SHANDONG"));
    expect(series.rows.map((r) => [r.period, r.cumulative, r.kind])).toEqual([
      ["2023Q1", false, "derived"],
      ["2023M01-M09", true, "reported"],
      ["2023Q4", false, "derived"],
      ["2023", true, "reported"],
    ]);
  });
});

describe("the card formulas keep their answers", () => {
  test("EXPORTS NEV 2024Q1 is 70 and YOY_BASE(80, 931.2) is 7.758", () => {
    expect(valueOf(lookupExports(ds, "NEV", "2024Q1")).value).toBe(70);
    expect(valueOf(yoyBase(80, 931.2))).toBeCloseTo(7.758, 3);
  });
});
