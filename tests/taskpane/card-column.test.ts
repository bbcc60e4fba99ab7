/**
 * The exports table's optional column of figure cards: the number a reader sorts and sums, and,
 * where Excel shows data types, its provenance one click away. Written on insert and on refresh.
 */
import { bundledDataset, datasetFromJson } from "../../src/data";
import { figureCellValue } from "../../src/functions/card-values";
import { insertAtSelection } from "../../src/taskpane/excel";
import { refreshInsertedTables } from "../../src/taskpane/excel/refresh-tables";
import { ACTION_EXCEL_API, missingExcelApi } from "../../src/taskpane/requirements";
import { exportsBlock, type InsertBlock } from "../../src/taskpane/rows";
import { paneStrings } from "../../src/taskpane/strings";
import { newQuarterFile } from "../support/datasets";
import { workbookMock } from "./support/excel-mock";
import { tableSheetMock } from "./support/table-sheet-mock";

const en = paneStrings("en");
const zh = paneStrings("zh");
const before = bundledDataset();
const loaded = datasetFromJson(newQuarterFile());
if (!loaded.ok) throw new Error("test dataset invalid");
const after = loaded.dataset;

/** The column of million-yuan figures, wherever the table puts it. */
const CNY = exportsBlock(before, en, "en").tables[0].columns.indexOf("cnyMn");
/** The sheet column of a table column when the table starts in column B. */
const sheetColumn = (index: number) => String.fromCharCode("B".charCodeAt(0) + index);

type Card = Excel.DoubleCellValue & { properties: Record<string, { basicValue: unknown }> };
const fieldOf = (card: unknown, name: string) => (card as Card).properties[name]?.basicValue;

describe("the exports table with a column of figure cards", () => {
  test("adds a last column holding each row's million-yuan figure, and one card per row", () => {
    const plain = exportsBlock(before, en, "en").tables[0];
    const table = exportsBlock(before, en, "en", { cards: true }).tables[0];
    expect(table.headers).toEqual([...plain.headers, "Figure card (million yuan)"]);
    expect(table.columns.at(-1)).toBe("card");
    expect(table.numberFormats.at(-1)).toBe("#,##0.00");
    expect(table.rows.map((row) => row.at(-1))).toEqual(table.rows.map((row) => row[CNY]));
    expect(table.cards?.column).toBe(plain.headers.length);
    // The card's number is the cell's number, without float noise (7.75795190069821, the year-ago
    // base implied by a rate, not 7.757951900698215).
    expect(table.cards?.values.map((c) => c && figureCellValue(c).basicValue)).toEqual(
      table.rows.map((row) => row[CNY]),
    );
    const libPv = table.cards?.values.find((c) => c?.title.startsWith("Lithium-ion batteries and"));
    expect(libPv?.fields.find((f) => f.key === "kind")?.value).toBe("derived");
  });

  test("in Chinese, the header and the cards' field names are Chinese", () => {
    const table = exportsBlock(before, zh, "zh", { cards: true }).tables[0];
    expect(table.headers.at(-1)).toBe("数据卡片（百万元）");
    expect(table.cards?.values[0]?.fields.map((f) => f.label)).toContain("来源");
  });

  test("without the option, the table is as before: no card column", () => {
    const table = exportsBlock(before, en, "en").tables[0];
    expect(table.cards).toBeUndefined();
    expect(table.columns).not.toContain("card");
  });

  test("the option needs ExcelApi 1.19", () => {
    expect(ACTION_EXCEL_API.cardColumn).toBe("1.19");
    const upTo = (highest: number) => (v: string) => Number(v.split(".")[1]) <= highest;
    expect(missingExcelApi("cardColumn", upTo(18))).toBe("1.19");
    expect(missingExcelApi("cardColumn", upTo(19))).toBeNull();
  });
});

describe("inserting the table writes the cards over the numbers, in the same write", () => {
  test("two round trips; the card column gets Excel's formatted numbers with properties", async () => {
    const mock = workbookMock();
    const sync = jest.spyOn(mock.context, "sync");
    const block = exportsBlock(before, en, "en", { cards: true });
    const outcome = await insertAtSelection(
      mock.context as unknown as Excel.RequestContext,
      block,
      before.version,
    );
    expect(sync).toHaveBeenCalledTimes(2);
    const last = sheetColumn(block.tables[0].headers.length - 1);
    expect(outcome).toMatchObject({ status: "inserted", address: `Sheet1!B2:${last}9` });
    // Four figures under the header at B2: the card column is the last one, rows 3 to 6.
    const cards = mock.range(`Sheet1!${last}3:${last}6`).valuesAsJson as unknown[][];
    expect(cards).toHaveLength(4);
    expect(cards.map(([c]) => (c as Card).type)).toEqual(["Double", "Double", "Double", "Double"]);
    expect(cards.map(([c]) => (c as Card).basicValue)).toEqual(
      block.tables[0].rows.map((row) => row[CNY]),
    );
    expect(cards.map(([c]) => fieldOf(c, "Kind"))).toEqual([
      "derived",
      "reported",
      "reported",
      "derived",
    ]);
    expect(fieldOf(cards[1][0], "Source link")).toMatch(/^https:\/\/www\.prnewswire\.com\//);
  });
});

describe("a refresh keeps the card column", () => {
  const sheetWith = (block: InsertBlock) =>
    tableSheetMock({
      blocks: [{ at: "B2", block, names: ["ZiboExports"] }],
      record: [
        {
          name: "ZiboExports",
          kind: "exports",
          columns: [...block.tables[0].columns],
          datasetVersion: before.version,
          insertedAt: "2024-06-01T00:00:00.000Z",
        },
      ],
    });

  test("recognises the table by its headers and writes the new quarter's cards", async () => {
    const sheet = sheetWith(exportsBlock(before, en, "en", { cards: true }));
    const report = await refreshInsertedTables(
      sheet.context as unknown as Excel.RequestContext,
      after,
      { cards: true },
    );
    expect(report).toMatchObject({ updated: ["ZiboExports"], changedByUser: [] });
    const written = sheet.table("ZiboExports");
    const column = written.values[0].length - 1;
    const { columns } = exportsBlock(after, en, "en").tables[0];
    const [period, code] = [columns.indexOf("period"), columns.indexOf("code")];
    const row = written.values.findIndex((r) => r[period] === "2024Q2" && r[code] === "NEV");
    expect(written.values[row][column]).toBe(80);
    const card = written.json[row][column];
    expect(card).toMatchObject({ type: "Double", basicValue: 80 });
    expect(fieldOf(card, "Dataset")).toBe(`${after.version}, as of ${after.asOf}`);
    expect(written.json.every((r) => r.slice(0, column).every((c) => c === undefined))).toBe(true);
  });

  test("a Chinese table with cards is recognised too", async () => {
    const sheet = sheetWith(exportsBlock(before, zh, "zh", { cards: true }));
    const report = await refreshInsertedTables(
      sheet.context as unknown as Excel.RequestContext,
      after,
      { cards: true },
    );
    expect(report.updated).toEqual(["ZiboExports"]);
    const written = sheet.table("ZiboExports");
    expect(fieldOf(written.json[0].at(-1), "来源")).toBeDefined();
  });

  test("where Excel cannot show cards, the column keeps the plain numbers", async () => {
    const sheet = sheetWith(exportsBlock(before, en, "en", { cards: true }));
    const report = await refreshInsertedTables(
      sheet.context as unknown as Excel.RequestContext,
      after,
    );
    expect(report.updated).toEqual(["ZiboExports"]);
    const written = sheet.table("ZiboExports");
    expect(written.json.flat().every((c) => c === undefined)).toBe(true);
    expect(written.values.map((r) => r.at(-1))).toEqual(written.values.map((r) => r[CNY]));
  });
});
