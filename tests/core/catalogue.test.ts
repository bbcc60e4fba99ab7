import { catalogueEntries, searchCatalogue } from "../../src/core/catalogue";
import { bundled } from "../support/feed-datasets";

const entries = catalogueEntries(bundled());
const brief = (list: typeof entries) =>
  list.map((e) => `${e.region} ${e.category} ${e.period} ${e.mark}${e.scoped ? " scoped" : ""}`);

describe("the catalogue of what is published", () => {
  test("by region, category and span, newest first, each marked", () => {
    const shandongTotal = brief(
      entries.filter((e) => e.region === "SHANDONG" && e.category === "TOTAL"),
    );
    expect(shandongTotal.slice(0, 4)).toEqual([
      "SHANDONG TOTAL 2024M01-M05 growthOnly scoped",
      "SHANDONG TOTAL 2024Q1 reported scoped",
      "SHANDONG TOTAL 2023 reported scoped",
      "SHANDONG TOTAL 2023Q4 derived scoped",
    ]);
    expect(entries[0]!.region).toBe("ZIBO");
    expect(entries.at(-1)!.region).toBe("CHINA");
  });

  test("growth only and scoped entries say so, with the formula that answers them", () => {
    const nev = entries.find(
      (e) => e.region === "SHANDONG" && e.category === "NEV" && e.period === "2024Q1",
    )!;
    expect([nev.mark, nev.scoped, nev.formula]).toEqual([
      "growthOnly",
      true,
      '=ZIBO.REGION_GROWTH("Shandong","NEV","2024Q1")',
    ]);
    const zibo = entries.find((e) => e.region === "ZIBO" && e.category === "NEV")!;
    expect(zibo.formula).toBe('=ZIBO.EXPORTS("NEV","2024Q1")');
  });

  test("search by any name in either language", () => {
    expect(brief(searchCatalogue(entries, "山东 锂电池"))).toEqual([
      "SHANDONG LIB 2024Q1 growthOnly",
      "SHANDONG LIB 2023M01-M09 growthOnly",
    ]);
    const china2023 = searchCatalogue(entries, "China 2023");
    expect(china2023.length).toBeGreaterThan(0);
    expect(china2023.every((e) => e.region === "CHINA" && e.period.startsWith("2023"))).toBe(true);
    expect(searchCatalogue(entries, "  ")).toHaveLength(entries.length);
  });
});
