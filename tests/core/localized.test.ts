import {
  CATEGORIES,
  LANGUAGES,
  REGIONS,
  describeChanges,
  inEachLanguage,
  listText,
  periodLabel,
  regionName,
  type Localized,
} from "../../src/core";

const han = /\p{Script=Han}/u;

describe("text in every language", () => {
  test("a text without one of its languages does not compile", () => {
    // @ts-expect-error the Chinese is missing
    const missing: Localized = { en: "Zibo" };
    expect(missing.en).toBe("Zibo");
  });

  test("regions are named in the reader's language, an unknown code as written", () => {
    expect(LANGUAGES.map((lang) => regionName("SHANDONG", lang))).toEqual([
      "Shandong province",
      "山东",
    ]);
    expect(regionName("ZIBO", "zh")).toBe("淄博");
    expect(regionName("MARS", "zh")).toBe("MARS");
  });

  test("every category and region has a name in each language", () => {
    for (const info of [...Object.values(CATEGORIES), ...Object.values(REGIONS)]) {
      expect(info.name.en).not.toMatch(han);
      expect(info.name.zh).toMatch(han);
    }
  });

  test("a text written by one rule reads in each language", () => {
    const label = inEachLanguage((lang) => periodLabel({ year: 2023, first: 1, last: 9 }, lang));
    expect(label).toEqual({ en: "January–September 2023", zh: "2023年前三季度" });
  });

  test("lists join with each language's separator", () => {
    expect(listText(["NEV", "PV"], "en")).toBe("NEV, PV");
    expect(listText(["NEV", "PV"], "zh")).toBe("NEV、PV");
  });

  test("a change summary names a region in the reader's language", () => {
    const summary = {
      added: [
        { region: "SHANDONG" as const, category: "NEV" as const, period: "2024Q2", valueCnyMn: 95 },
      ],
      revised: [],
      resourced: [],
      corrected: [],
      kept: [],
      textEntries: 0,
    };
    expect(describeChanges(summary, "en")).toBe("2024Q2 added: Shandong province NEV 95");
    expect(describeChanges(summary, "zh")).toBe("2024Q2 新增：山东 NEV 95");
  });
});
