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
  later: "9390",
  earlier: "6310",
  laterPeriod: "2023",
  earlierPeriod: "2023M01-M09",
};

const localized = {
  scope: { en: "electric passenger vehicles", zh: "电动载人汽车" },
};

describe("the working of a derived number, in English and Chinese", () => {
  test.each(DERIVATION_KEYS)("%s reads in Chinese, not as the English text", (key) => {
    const en = formatDerivation({ key, params, localized }, "en");
    const zh = formatDerivation({ key, params, localized }, "zh");
    expect(zh).toMatch(/\p{Script=Han}/u);
    expect(zh).not.toBe(en);
    expect(en).not.toMatch(/\p{Script=Han}|undefined/u);
    expect(zh).not.toContain("undefined");
  });

  test("a difference of totals names its periods as a Chinese reader says them", () => {
    const d = { key: "differenceOfTotals" as const, params };
    expect(formatDerivation(d, "zh")).toContain("2023年全年累计值减去2023年前三季度累计值");
  });

  test("a region is named in the reader's language", () => {
    const d = { key: "shareOfRegion" as const, params };
    expect(formatDerivation(d, "en")).toContain("Shandong province's");
    expect(formatDerivation(d, "zh")).toContain("占山东的比重");
  });
});
