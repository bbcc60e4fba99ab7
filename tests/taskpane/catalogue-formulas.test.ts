import { catalogueEntries, type CatalogueEntry } from "../../src/core";
import { bundledDataset } from "../../src/data";
import { seriesFormula } from "../../src/taskpane/sections/catalogue";

const entries = catalogueEntries(bundledDataset());
const group = (region: CatalogueEntry["region"], category: CatalogueEntry["category"]) =>
  entries.filter((e) => e.region === region && e.category === category);

describe("the catalogue's whole series", () => {
  test("Zibo's series is SERIES with the category alone", () => {
    expect(seriesFormula(group("ZIBO", "NEV"))).toBe('=ZIBO.SERIES("NEV")');
  });

  test("another region's series names the region; one published only as rates is the growth form", () => {
    expect(seriesFormula(group("SHANDONG", "TOTAL"))).toBe('=ZIBO.SERIES("TOTAL",,,,,"Shandong")');
    expect(seriesFormula(group("SHANDONG", "LIB"))).toBe(
      '=ZIBO.SERIES("LIB",,,,"growth","Shandong")',
    );
  });
});
