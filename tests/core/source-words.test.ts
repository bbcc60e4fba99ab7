import {
  lookupExports,
  lookupParkCard,
  formatMessage,
  lookupRegionExports,
  lookupRegionGrowth,
  parseCategory,
  parseUnit,
  type Result,
} from "../../src/core";
import { bundled } from "../support/feed-datasets";

/** The message a failed result shows, in a language. */
function message(result: Result<unknown>, lang: "en" | "zh"): string {
  if (result.ok) throw new Error("expected a refusal");
  return formatMessage(result.error.key, result.error.params, lang);
}

describe("the words Shandong's and the customs' releases use are accepted as NEV", () => {
  test.each([
    "电动汽车",
    "电动载人汽车",
    "EV",
    "ev",
    " Ev ",
    "Electric vehicles",
    "ＥＶ",
    "electric  passenger vehicles",
  ])("%p → NEV", (input) => {
    expect(parseCategory(input)).toEqual({ ok: true, value: "NEV" });
  });

  test("China's customs figure for 电动载人汽车 is found, and its card-side scope says what it counts", () => {
    const found = lookupRegionExports(bundled(), "China", "电动载人汽车", "2023Q1");
    expect(found.ok && found.value.value).toBe(64750);
    expect(found.ok && found.value.figure.scope?.en).toContain("electric passenger vehicles");
  });

  test("Shandong's 电动汽车 rate is given, and the #N/A for its value says what the rate counts", () => {
    const ds = bundled();
    expect(lookupRegionGrowth(ds, "山东", "电动汽车", "2024Q1")).toMatchObject({
      ok: true,
      value: { value: 65.3 },
    });
    const refused = lookupRegionExports(ds, "Shandong", "EV", "2024Q1");
    expect(message(refused, "en")).toContain("It counts electric vehicles (电动汽车)");
    expect(message(refused, "zh")).toContain("统计口径：省级发布中的“电动汽车”");
  });
});

describe("refusals list Chinese names to Chinese readers", () => {
  test("an unknown category lists the categories by their Chinese names, with their codes", () => {
    const refused = parseCategory("钢铁");
    expect(message(refused, "zh")).toBe(
      "未知类别“钢铁”。可用类别：新三样（TOTAL）、新能源汽车（NEV）、锂电池（LIB）、光伏产品（PV）、锂电池与光伏产品合计（LIB_PV）。",
    );
    expect(message(refused, "en")).toContain("Use one of: TOTAL, NEV, LIB, PV, LIB_PV.");
  });

  test("an unknown park lists the parks by their Chinese names, with their ids", () => {
    const refused = lookupParkCard(bundled(), "钢铁园", "zh");
    const zh = message(refused, "zh");
    expect(zh).toContain(
      "零碳智慧创新产业园（zero-carbon）、固态锂电池产业园（solid-state-battery）",
    );
    expect(message(refused, "en")).toContain("zero-carbon, solid-state-battery, energy-storage");
  });
});

test("an unknown unit lists the units by their Chinese names, in Chinese brackets", () => {
  const zh = message(parseUnit("磅"), "zh");
  expect(zh).toContain(
    "可用单位：元（yuan）、万元（10,000 yuan）、百万元（CNY）、亿元（100 million yuan）",
  );
  expect(zh).not.toMatch(/[\u4e00-\u9fff] \(/);
});

describe("a refusal of US dollars says which span has a rate", () => {
  test("Zibo's 2023Q1 TOTAL: no rate for 2023Q1, one for 2024Q1", () => {
    const refused = lookupExports(bundled(), "TOTAL", "2023Q1", "USD");
    const en = message(refused, "en");
    expect(en).not.toContain("gives no exchange rate to convert with");
    expect(en).toContain("no source gives a rate for it. Sources give one for: 2024Q1.");
    expect(message(refused, "zh")).toContain("也没有来源给出适用的汇率。给出汇率的期间：2024Q1。");
  });

  test("Shandong, whose sources give no rate at all, names none", () => {
    const refused = lookupRegionExports(bundled(), "Shandong", "TOTAL", "2024Q1", "USD");
    expect(message(refused, "en")).toMatch(/no source gives a rate for it\.$/);
    expect(message(refused, "zh")).toMatch(/也没有来源给出适用的汇率。$/);
  });
});
