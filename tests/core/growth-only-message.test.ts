import { formatMessage } from "../../src/core";

/** A growth-only figure sends the reader to the function that gives its rate, for its region. */
describe("the growth-only #N/A names the function that gives the rate", () => {
  const params = (region: string) => ({ region, category: "NEV", period: "2023", yoy: "+10" });

  test.each(["en", "zh"] as const)(
    "REGION_GROWTH for Shandong or China, GROWTH for Zibo (%s)",
    (lang) => {
      for (const region of ["SHANDONG", "CHINA"]) {
        const text = formatMessage("growthOnly", params(region), lang);
        expect(text).toContain("REGION_GROWTH");
      }
      const zibo = formatMessage("growthOnly", params("ZIBO"), lang);
      expect(zibo).toContain("GROWTH");
      expect(zibo).not.toContain("REGION_GROWTH");
    },
  );
});
