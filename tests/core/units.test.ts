import {
  formatMessage,
  lookupExports,
  lookupFigureCard,
  lookupSource,
  lookupSeries,
  parseUnit,
  unitName,
  UNITS,
} from "../../src/core";
import { bundled } from "../support/feed-datasets";

const ds = bundled();
const value = (category: string, period: string, unit: unknown) => {
  const found = lookupExports(ds, category, period, unit);
  return found.ok ? Number(found.value.value.toPrecision(12)) : found.error.key;
};

describe("units as people write them", () => {
  test.each([
    ["亿元", "CNY_100M"],
    ["万元", "CNY_10K"],
    ["元", "CNY_1"],
    ["百万元", "CNY"],
    ["million yuan", "CNY"],
    ["CNY", "CNY"],
    ["100 million yuan", "CNY_100M"],
    ["billion yuan", "CNY_BN"],
    ["CNY bn", "CNY_BN"],
    ["十亿元", "CNY_BN"],
    ["亿美元", "USD_100M"],
    ["万美元", "USD_10K"],
    ["美元", "USD_1"],
    ["million USD", "USD"],
    ["billion USD", "USD_BN"],
    ["ＵＳＤ", "USD"],
  ])("%s is %s", (input, unit) => {
    const parsed = parseUnit(input);
    expect(parsed.ok && parsed.value).toBe(unit);
  });

  test("the examples: 0.7 亿元, 8,000 万元, 0.1107 亿美元", () => {
    expect(value("NEV", "2024Q1", "亿元")).toBe(0.7);
    expect(value("TOTAL", "2024Q1", "万元")).toBe(8000);
    expect(value("TOTAL", "2024Q1", "亿美元")).toBe(0.1107);
    expect(value("TOTAL", "2024Q1", "元")).toBe(80_000_000);
    expect(value("TOTAL", "2024Q1", "billion yuan")).toBe(0.08);
  });

  test("dollars only where the source gives a rate, in every dollar unit", () => {
    expect(value("TOTAL", "2023Q1", "亿美元")).toBe("noUsd");
    expect(value("NEV", "2024Q1", "万美元")).toBe(968.625);
  });

  test("#VALUE! lists every unit in both languages", () => {
    const result = parseUnit("EUR");
    expect(!result.ok && result.error.code).toBe("invalidValue");
    if (result.ok) return;
    const en = formatMessage(result.error.key, result.error.params, "en");
    const zh = formatMessage(result.error.key, result.error.params, "zh");
    for (const unit of UNITS) expect(en).toContain(unitName(unit, "en"));
    for (const word of ["元", "万元", "亿元", "美元", "万美元", "亿美元"])
      expect(zh).toContain(word);
  });

  test("SOURCE names a unit other than the default; the default citation is unchanged", () => {
    const plain = lookupSource(ds, "NEV", "2024Q1", null);
    const yi = lookupSource(ds, "NEV", "2024Q1", "亿元");
    const zh = lookupSource(ds, "NEV", "2024Q1", "亿美元", "ZIBO", "zh");
    expect(plain.ok && plain.value.startsWith("Unit")).toBe(false);
    expect(yi.ok && yi.value).toBe(`Unit: 100 million yuan. ${plain.ok && plain.value}`);
    expect(zh.ok && zh.value.startsWith("单位：亿美元。换算值")).toBe(true);
  });

  test("the card shows the value and names the unit it is in", () => {
    const card = lookupFigureCard(ds, "NEV", "2024Q1", "亿元", null, "zh");
    expect(card.ok && card.value.value).toBe(0.7);
    const unit = card.ok && card.value.fields.find((f) => f.key === "unit");
    expect(unit && unit.value).toBe("亿元");
    expect(card.ok && card.value.numberFormat).toBe("#,##0.0000");
  });

  test("SERIES in 万元 converts every row", () => {
    const series = lookupSeries(ds, "TOTAL", null, null, "万元");
    expect(series.ok && series.value.rows.map((r) => r.value.ok && r.value.value)).toEqual([
      expect.closeTo(775.8, 1),
      8000,
    ]);
  });
});
