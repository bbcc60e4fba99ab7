import { formatDerivation, formatMessage, lookupShare } from "../../src/core";
import { bundled, datasetWith, zibo } from "../support/feed-datasets";

describe("SHARE: percent of TOTAL in the same quarter, always derived, from published figures only", () => {
  test.each([
    ["NEV 2024Q1", "NEV", "2024Q1", 87.5, "NEV / TOTAL × 100 = 70 / 80 × 100"],
    ["TOTAL itself", "TOTAL", "2024Q1", 100, "TOTAL / TOTAL × 100 = 80 / 80 × 100"],
    ["a date inside the quarter (2024-02-15)", "NEV", 45337, 87.5, "NEV / TOTAL × 100"],
  ])("%s", (_, category, period, value, derivation) => {
    const result = lookupShare(bundled(), category, period);
    if (!result.ok) throw new Error(result.error.key);
    expect(result.value.value).toBeCloseTo(value, 9);
    expect(result.value.kind).toBe("derived");
    expect(formatDerivation(result.value.derivation!, "en")).toContain(derivation);
    expect(result.value.sourceIds).toEqual(["prnewswire-2024-05-20"]);
  });

  test.each([
    ["LIB alone", bundled(), "LIB", "2024Q1", "notAvailable", "notPublishedSeparately"],
    ["a quarter without figures", bundled(), "NEV", "2022Q2", "notAvailable", "notPublished"],
    [
      "a quarter whose TOTAL is 0",
      datasetWith([zibo("TOTAL", "2024Q1", 0), zibo("NEV", "2024Q1", 0)]),
      "NEV",
      "2024Q1",
      "divisionByZero",
      "totalIsZero",
    ],
    [
      "a category without TOTAL in that quarter",
      datasetWith([zibo("NEV", "2024Q1", 70)]),
      "NEV",
      "2024Q1",
      "notAvailable",
      "notPublished",
    ],
  ])("%s", (_, ds, category, period, code, key) => {
    const result = lookupShare(ds, category, period);
    expect(result.ok ? null : result.error).toMatchObject({ code, key });
  });
});

describe("SHARE divides published figures only: a derived input is #N/A naming it", () => {
  test.each([
    ["LIB_PV (TOTAL − NEV)", bundled(), "LIB_PV", "2024Q1", "Zibo's LIB_PV for 2024Q1 is derived"],
    [
      "TOTAL of a year-ago base",
      bundled(),
      "TOTAL",
      "2023Q1",
      "Zibo's TOTAL for 2023Q1 is derived",
    ],
    [
      "a published part over a derived TOTAL",
      datasetWith([zibo("TOTAL", "2024Q1", 80, { yoyPct: 25 }), zibo("NEV", "2023Q1", 50)]),
      "NEV",
      "2023Q1",
      "Zibo's TOTAL for 2023Q1 is derived",
    ],
  ])("%s", (_, ds, category, period, says) => {
    const result = lookupShare(ds, category, period);
    if (result.ok) throw new Error(`answered ${result.value.value}`);
    expect(result.error).toMatchObject({ code: "notAvailable", key: "derivedInput" });
    const en = formatMessage(result.error.key, result.error.params, "en");
    expect(en).toContain("SHARE divides published figures only");
    expect(en).toContain(says);
    const zh = formatMessage(result.error.key, result.error.params, "zh");
    expect(zh).toContain("为推算值");
    expect(zh).toContain("淄博");
  });
});
