import { parseCategory, parseRegion, parseUnit } from "../../src/core";

describe("categories are matched case-insensitively, in English and Chinese", () => {
  const cases: [string, string][] = [
    ["NEV", "NEV"],
    [" nev ", "NEV"],
    ["New energy vehicles", "NEV"],
    ["新能源汽车", "NEV"],
    ["lib", "LIB"],
    ["Lithium-ion batteries", "LIB"],
    ["锂电池", "LIB"],
    ["锂离子电池", "LIB"],
    ["PV", "PV"],
    ["光伏", "PV"],
    ["光伏产品", "PV"],
    ["total", "TOTAL"],
    ["新三样", "TOTAL"],
    ["lib_pv", "LIB_PV"],
    ["ＮＥＶ", "NEV"],
  ];
  test.each(cases)("%p → %s", (input, code) => {
    const result = parseCategory(input);
    expect(result.ok && result.value).toBe(code);
  });

  test("an unknown category names the valid ones", () => {
    const result = parseCategory("steel");
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe("invalidValue");
      expect(result.error.params.valid).toBe("TOTAL, NEV, LIB, PV, LIB_PV");
    }
  });
});

describe("units", () => {
  test.each([
    [null, "CNY"],
    [undefined, "CNY"],
    ["", "CNY"],
    ["cny", "CNY"],
    ["RMB", "CNY"],
    ["人民币", "CNY"],
    ["元", "CNY_1"],
    ["usd", "USD"],
    ["美元", "USD_1"],
  ])("%p → %s", (input, unit) => {
    const result = parseUnit(input);
    expect(result.ok && result.value).toBe(unit);
  });

  test("an unknown unit is #VALUE!", () => {
    const result = parseUnit("EUR");
    expect(!result.ok && result.error.code).toBe("invalidValue");
  });
});

describe("regions", () => {
  test.each([
    ["Zibo", "ZIBO"],
    ["山东", "SHANDONG"],
    ["全国", "CHINA"],
    ["中国", "CHINA"],
  ])("%p → %s", (input, code) => {
    const result = parseRegion(input);
    expect(result.ok && result.value).toBe(code);
  });
});
