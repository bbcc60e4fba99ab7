import { bundledDataset } from "../../src/data";
import { INSERTED_TABLES_SETTING, insertAtSelection } from "../../src/taskpane/excel";
import { contextBlock, provenanceLines } from "../../src/taskpane/rows";
import { paneStrings } from "../../src/taskpane/strings";
import { workbookMock } from "./support/excel-mock";

const en = paneStrings("en");
const dataset = bundledDataset();

function contextRows() {
  const [table] = contextBlock(dataset, en, "en").tables;
  return table.rows.map((row) => Object.fromEntries(table.columns.map((key, i) => [key, row[i]])));
}

describe("the context figures table (SOURCES.md)", () => {
  test("holds Shandong 2024Q1 (2,890 million yuan, +90.2 %) and China 2023 (1,060,000, +29.9 %), reported", () => {
    const reported = contextRows().filter((r) => r.kind === "reported");
    expect(reported).toEqual([
      expect.objectContaining({
        region: "Shandong province",
        period: "2024Q1",
        cnyMn: 2890,
        yoyPct: 90.2,
        source: expect.stringContaining("iqilu.com"),
        sourceLink: "https://sdxw.iqilu.com/share/YS0yMS0xNTUzMzA4Ng.html",
      }),
      expect.objectContaining({
        region: "China",
        period: "2023",
        cnyMn: 1_060_000,
        yoyPct: 29.9,
        source: expect.stringContaining("Xinhua"),
      }),
    ]);
  });

  test("marks the year-ago bases implied by the rates as derived, with how, and no invented rate", () => {
    const derived = contextRows().filter((r) => r.kind === "derived");
    expect(derived.map((r) => `${r.region} ${r.period}`)).toEqual([
      "Shandong province 2023Q1",
      "China 2022",
    ]);
    expect(derived[0].cnyMn).toBeCloseTo(2890 / 1.902, 6);
    expect(derived[0].yoyPct).toBe("");
    expect(derived[0].derivation).toContain("90.2");
  });

  test("holds no Zibo figure", () => {
    expect(contextRows().map((r) => r.region)).not.toContain("Zibo");
  });

  test("is inserted as the table ZiboContext at the selection and recorded, in two round trips", async () => {
    const mock = workbookMock();
    const sync = jest.spyOn(mock.context, "sync");
    const outcome = await insertAtSelection(
      mock.context as unknown as Excel.RequestContext,
      contextBlock(dataset, en, "en"),
      dataset.version,
      new Date("2026-01-02T00:00:00Z"),
    );
    expect(sync).toHaveBeenCalledTimes(2);
    expect(outcome).toMatchObject({ status: "inserted", names: ["ZiboContext"] });
    expect(mock.tables.map((t) => t.range)).toEqual(["Sheet1!B2:J6"]);
    const values = mock.range("Sheet1!B2:J6").values as unknown[][];
    expect(values[0]).toEqual([
      "Region",
      "Period",
      "Category",
      "Exports (million yuan)",
      "Year-on-year %",
      "Kind",
      "How derived",
      "Source",
      "Source link",
    ]);
    expect(JSON.parse(String(mock.settings.get(INSERTED_TABLES_SETTING)))).toEqual([
      expect.objectContaining({ name: "ZiboContext", kind: "context" }),
    ]);
  });
});

describe("the provenance note of a shareable copy", () => {
  test("names the dataset and cites every source of the figures in full", () => {
    const lines = provenanceLines(dataset, en);
    expect(lines[0]).toBe(
      "Figures converted to values from the Zibo New Three add-in, dataset 2024Q1.2 as of 2024-05-20.",
    );
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/^Source: chinadaily\.com\.cn.*prnewswire\.com/),
      expect.stringMatching(/^Source: iqilu\.com.*2024-04-17, https:\/\/sdxw\.iqilu\.com/),
      expect.stringMatching(/^Source: Xinhua.*english\.news\.cn/),
    ]);
  });
});
