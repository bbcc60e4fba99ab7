import {
  formatDerivation,
  formatMessage,
  lookupExports,
  type Measure,
  type Result,
  type FoundValue,
} from "../../src/core";
import { bundledDataset } from "../../src/data";
import { codeOf, valueOf } from "../support/results";

const ds = bundledDataset();
const exportsOf = (...args: unknown[]) => lookupExports(ds, args[0], args[1], args[2]);
const messageOf = (result: Result<FoundValue>, lang: "en" | "zh" = "en") =>
  result.ok ? "" : formatMessage(result.error.key, result.error.params, lang);

const howEn = (m: Measure) => (m.derivation ? formatDerivation(m.derivation, "en") : "");
const howZh = (m: Measure) => (m.derivation ? formatDerivation(m.derivation, "zh") : "");

describe("EXPORTS on the bundled dataset", () => {
  test("NEV 2024Q1 is 70 million yuan, reported by the primary source", () => {
    const found = valueOf(exportsOf("NEV", "2024Q1"));
    expect(found.value).toBe(70);
    expect(found.measure.kind).toBe("reported");
    expect(found.measure.sourceIds).toEqual(["prnewswire-2024-05-20"]);
  });

  test("the same figure whatever the spelling of category and period", () => {
    for (const [category, period] of [
      ["新能源汽车", "Q1 2024"],
      ["nev", "2024-q1"],
      ["NEV", 45300],
    ]) {
      expect(valueOf(exportsOf(category, period)).value).toBe(70);
    }
  });

  test("TOTAL 2024Q1 is 80 million yuan and 11.07 million USD, both reported", () => {
    expect(valueOf(exportsOf("TOTAL", "2024Q1")).value).toBe(80);
    const usd = valueOf(exportsOf("TOTAL", "2024Q1", "USD"));
    expect(usd.value).toBe(11.07);
    expect(usd.measure.kind).toBe("reported");
  });

  test("NEV in USD is converted at the source's own rate and marked derived", () => {
    const usd = valueOf(exportsOf("NEV", "2024Q1", "USD"));
    expect(usd.value).toBeCloseTo(70 / (80 / 11.07), 10);
    expect(usd.measure.kind).toBe("derived");
    expect(howEn(usd.measure)).toBe(
      "converted at the rate the source implies: 70 × 11.07 / 80, as the source gives 80 million yuan = 11.07 million USD (7.2267 yuan per USD); as its inputs are rounded, it lies between about 8.465 and 11.07 million USD",
    );
    expect(howZh(usd.measure)).toBe(
      "按来源隐含的汇率换算：70 × 11.07 / 80，来源公布 80 百万元 = 11.07 百万美元（7.2267 元/美元）；因输入值经四舍五入，其值约在 8.465 至 11.07 百万美元之间",
    );
  });

  test("LIB and PV are not published separately: #N/A pointing to LIB_PV = 10, derived", () => {
    for (const category of ["LIB", "PV", "光伏"]) {
      const result = exportsOf(category, "2024Q1");
      expect(codeOf(result)).toBe("notAvailable");
      expect(messageOf(result)).toContain("No source publishes");
      expect(messageOf(result)).toContain("separately");
      expect(messageOf(result)).toContain("LIB_PV");
      expect(messageOf(result)).toContain(": 10 million yuan, derived");
    }
    const combined = valueOf(exportsOf("LIB_PV", "2024Q1"));
    expect(combined.value).toBe(10);
    expect(combined.measure.kind).toBe("derived");
    expect(howEn(combined.measure)).toBe(
      "TOTAL − NEV = 80 − 70; both inputs are rounded: it lies between 0 and 20 million yuan, since both inputs are rounded to 10 million",
    );
    expect(howZh(combined.measure)).toBe(
      "TOTAL − NEV = 80 − 70；两项均为四舍五入后的公布值：其值在 0 至 20 百万元之间，因两项均只精确到 10 百万元",
    );
  });

  test("the 2023Q1 base implied by +931.2 % is derived, 7.758", () => {
    const base = valueOf(exportsOf("TOTAL", "2023Q1"));
    expect(base.value).toBeCloseTo(7.758, 3);
    expect(base.measure.kind).toBe("derived");
    expect(howEn(base.measure)).toContain("931.2");
    expect(howZh(base.measure)).toContain("上年同期基数");
  });

  test("no USD for the derived base: the 2024 rate is not applied to 2023", () => {
    expect(codeOf(exportsOf("TOTAL", "2023Q1", "USD"))).toBe("notAvailable");
  });

  test("an unpublished quarter is #N/A saying which periods exist, never a number", () => {
    const result = exportsOf("NEV", "2024Q2");
    expect(codeOf(result)).toBe("notAvailable");
    expect(messageOf(result)).toBe(
      "Zibo publishes no NEV for 2024Q2: no source gives this figure. Published periods: 2024Q1. Derived periods (computed from published figures, not published): none.",
    );
    expect(messageOf(result, "zh")).toBe(
      "淄博未公布 NEV 在 2024Q2 的数据：没有来源给出该数据。已公布的期间：2024Q1。推算的期间（由公布数据计算，并非公布值）：无。",
    );
  });

  test.each([
    ["TOTAL", "2022Q1", "2024Q1", "2023Q1"],
    ["LIB_PV", "2023Q1", "none", "2024Q1"],
    ["TOTAL", 2023, "2024Q1", "2023Q1"],
  ])(
    "#N/A for %s %s lists published (%s) and derived (%s) periods apart",
    (category, period, published, derived) => {
      const en = messageOf(exportsOf(category, period));
      expect(en).toContain(`Published periods: ${published}.`);
      expect(en).toContain(
        `Derived periods (computed from published figures, not published): ${derived}.`,
      );
      const zh = messageOf(exportsOf(category, period), "zh");
      expect(zh).toContain(`已公布的期间：${published === "none" ? "无" : published}。`);
      expect(zh).toContain(`推算的期间（由公布数据计算，并非公布值）：${derived}。`);
    },
  );

  test.each([
    [["XYZ", "2024Q1"], "invalidValue", "Use one of: TOTAL, NEV, LIB, PV, LIB_PV"],
    [["NEV", "2024Q5"], "invalidValue", "is not a period"],
    [["NEV", "last spring"], "invalidValue", "is not a period"],
    [["NEV", "2024Q1", "EUR"], "invalidValue", 'Unknown unit "EUR"'],
  ])("%p → %s", (args, code, text) => {
    const result = exportsOf(...args);
    expect(codeOf(result)).toBe(code);
    expect(messageOf(result)).toContain(text);
  });
});
