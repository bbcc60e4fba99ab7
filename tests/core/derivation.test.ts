import { DERIVATION_KEYS, formatDerivation } from "../../src/core";

const params = {
  total: "80",
  nev: "70",
  current: "80",
  pct: "931.2",
  period: "2024Q1",
  cny: "70",
  rate: "7.2267",
  pairCny: "80",
  pairUsd: "11.07",
  base: "7.758",
  basePeriod: "2023Q1",
  category: "NEV",
  part: "70",
  region: "SHANDONG",
};

describe("the working of a derived number, in English and Chinese", () => {
  test.each(DERIVATION_KEYS)("%s reads in Chinese, not as the English text", (key) => {
    const en = formatDerivation({ key, params }, "en");
    const zh = formatDerivation({ key, params }, "zh");
    expect(zh).toMatch(/\p{Script=Han}/u);
    expect(zh).not.toBe(en);
    expect(en).not.toMatch(/\p{Script=Han}|undefined/u);
    expect(zh).not.toContain("undefined");
  });

  test("a region is named in the reader's language", () => {
    const d = { key: "shareOfRegion" as const, params };
    expect(formatDerivation(d, "en")).toContain("Shandong province's");
    expect(formatDerivation(d, "zh")).toContain("占山东的比重");
  });
});
