import { bundledDataset, datasetFromJson } from "../../src/data";
import { refreshInsertedTables } from "../../src/taskpane/excel/refresh-tables";
import { specFingerprint } from "../../src/taskpane/excel/table-fingerprint";
import {
  contextBlock,
  exportsBlock,
  refreshedSpec,
  type InsertBlock,
} from "../../src/taskpane/rows";
import { paneStrings } from "../../src/taskpane/strings";
import { newQuarterFile } from "../support/datasets";
import { tableSheetMock } from "./support/table-sheet-mock";

const en = paneStrings("en");
const zh = paneStrings("zh");
const before = bundledDataset();
const loaded = datasetFromJson(newQuarterFile());
if (!loaded.ok) throw new Error("test dataset invalid");
const after = loaded.dataset;

/** A table's column by its header: the header, then the cells under it by period and code. */
function column(block: InsertBlock, header: string) {
  const table = block.tables[0]!;
  const i = table.headers.indexOf(header);
  const at = (key: string) => table.columns.indexOf(key);
  return new Map(
    table.rows.map((row) => [`${String(row[at("period")])} ${String(row[at("code")])}`, row[i]]),
  );
}

describe("the exports table in 亿元", () => {
  test("its headers name 亿元 and 亿美元, in either language, and its figures are in them", () => {
    const block = exportsBlock(before, en, "en", { unit: "CNY_100M" });
    const yuan = column(block, "Exports (100 million yuan)");
    expect(yuan.get("2024Q1 NEV")).toBe(0.7);
    expect(yuan.get("2024Q1 TOTAL")).toBe(0.8);
    expect(column(block, "Exports (100 million USD)").get("2024Q1 TOTAL")).toBe(0.1107);
    expect(block.tables[0]!.headers).not.toContain("Exports (million yuan)");
    // Its columns are not the millions' columns: what reads millions (the chart) finds none here.
    expect(block.tables[0]!.columns).toEqual(expect.arrayContaining(["cny100m", "usd100m"]));
    expect(block.tables[0]!.columns).not.toContain("cnyMn");

    const chinese = exportsBlock(before, zh, "zh", { unit: "CNY_100M" }).tables[0]!.headers;
    expect(chinese).toEqual(expect.arrayContaining(["出口额（亿元）", "出口额（亿美元）"]));
  });

  test("in millions unless asked, as before", () => {
    const block = exportsBlock(before, en, "en");
    expect(column(block, "Exports (million yuan)").get("2024Q1 NEV")).toBe(70);
  });

  test("a refresh finds the unit from the headers, in either language, with or without cards", () => {
    for (const [strings, lang] of [
      [en, "en"],
      [zh, "zh"],
    ] as const) {
      for (const cards of [false, true]) {
        const inserted = exportsBlock(before, strings, lang, { unit: "CNY_100M", cards });
        const spec = refreshedSpec(after, "exports", inserted.tables[0]!.headers);
        expect(spec?.headers).toEqual(inserted.tables[0]!.headers);
        expect(spec?.columns).toContain("cny100m");
      }
    }
  });

  test("refreshed in the workbook, the table keeps 亿元 and gets the new quarter in 亿元", async () => {
    const block = exportsBlock(before, en, "en", { unit: "CNY_100M" });
    const table = block.tables[0]!;
    const sheet = tableSheetMock({
      blocks: [{ at: "B2", block, names: ["ZiboExports"] }],
      record: [
        {
          name: "ZiboExports",
          kind: "exports",
          columns: [...table.columns],
          datasetVersion: before.version,
          insertedAt: "2024-06-01T00:00:00.000Z",
          fingerprint: specFingerprint(table),
          citation: { language: "en", lines: [...block.lines] },
        },
      ],
    });

    const report = await refreshInsertedTables(
      sheet.context as unknown as Excel.RequestContext,
      after,
      { replace: [] },
    );

    expect(report.updated).toEqual(["ZiboExports"]);
    const expected = exportsBlock(after, en, "en", { unit: "CNY_100M" }).tables[0]!;
    const written = sheet.table("ZiboExports");
    expect(written.values).toEqual(expected.rows);
    const at = expected.columns.indexOf("cny100m");
    expect(sheet.cell(`${String.fromCharCode(66 + at)}2`)).toBe("Exports (100 million yuan)");
    const total = expected.rows.find((row) => row[0] === "2024Q2" && row[2] === "TOTAL");
    expect(total?.[at]).toBe(0.95);
    expect(written.numberFormats[0]![at]).toBe("#,##0.00##");
  });
});

describe("the context table in 亿元", () => {
  /** A context table's column by key, in row order (growth-only rows too). */
  const cells = (block: InsertBlock, key: string) => {
    const table = block.tables[0]!;
    return table.rows.map((row) => row[table.columns.indexOf(key)]);
  };

  test("its header names 亿元 in either language, its figures are in 亿元, the rest unchanged", () => {
    const millions = contextBlock(before, en, "en");
    const block = contextBlock(before, en, "en", "CNY_100M");
    const table = block.tables[0]!;
    expect(table.headers).toContain("Exports (100 million yuan)");
    expect(table.headers).not.toContain("Exports (million yuan)");
    expect(table.columns).toContain("cny100m");
    expect(table.columns).not.toContain("cnyMn");
    expect(table.numberFormats[table.columns.indexOf("cny100m")]).toBe("#,##0.00##");
    const yuan = cells(block, "cny100m");
    const shandongQ1 = cells(millions, "cnyMn").indexOf(2890);
    expect(yuan[shandongQ1]).toBe(28.9);
    expect(yuan[cells(millions, "cnyMn").indexOf(1060000)]).toBe(10600);
    // A growth-only figure still has no value; its kind, derivation, scope and source are as before.
    expect(yuan.filter((v) => v === "")).toHaveLength(
      cells(millions, "cnyMn").filter((v) => v === "").length,
    );
    for (const key of ["region", "period", "yoyPct", "kind", "derivation", "scope", "source"]) {
      expect(cells(block, key)).toEqual(cells(millions, key));
    }
    expect(block.lines).toEqual(millions.lines);

    const chinese = contextBlock(before, zh, "zh", "CNY_100M").tables[0]!.headers;
    expect(chinese).toContain("出口额（亿元）");
    expect(chinese).not.toContain("出口额（百万元）");
  });

  test("a refresh finds the unit from the headers, in either language", () => {
    for (const [strings, lang] of [
      [en, "en"],
      [zh, "zh"],
    ] as const) {
      for (const unit of ["CNY", "CNY_100M"] as const) {
        const inserted = contextBlock(before, strings, lang, unit).tables[0]!;
        const spec = refreshedSpec(after, "context", inserted.headers);
        expect(spec?.headers).toEqual(inserted.headers);
        expect(spec?.columns).toContain(unit === "CNY" ? "cnyMn" : "cny100m");
      }
    }
  });

  test("refreshed in the workbook, the table keeps 亿元", async () => {
    const block = contextBlock(before, zh, "zh", "CNY_100M");
    const table = block.tables[0]!;
    const sheet = tableSheetMock({
      blocks: [{ at: "B2", block, names: ["ZiboContext"] }],
      record: [
        {
          name: "ZiboContext",
          kind: "context",
          columns: [...table.columns],
          datasetVersion: before.version,
          insertedAt: "2024-06-01T00:00:00.000Z",
          fingerprint: specFingerprint(table),
          citation: { language: "zh", lines: [...block.lines] },
        },
      ],
    });

    const report = await refreshInsertedTables(
      sheet.context as unknown as Excel.RequestContext,
      after,
      { replace: [] },
    );

    expect(report.updated).toEqual(["ZiboContext"]);
    const expected = contextBlock(after, zh, "zh", "CNY_100M").tables[0]!;
    const written = sheet.table("ZiboContext");
    expect(written.values).toEqual(expected.rows);
    const at = expected.columns.indexOf("cny100m");
    expect(sheet.cell(`${String.fromCharCode(66 + at)}2`)).toBe("出口额（亿元）");
    expect(written.values.map((row) => row[at])).toContain(28.9);
    expect(written.numberFormats[0]![at]).toBe("#,##0.00##");
  });
});
