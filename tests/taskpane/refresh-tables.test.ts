import { buildDataset } from "../../src/core";
import { bundledDataset, contentFromFile, datasetFromJson } from "../../src/data";
import type { DatasetFile } from "../../src/data/schema";
import { refreshInsertedTables } from "../../src/taskpane/excel/refresh-tables";
import { specFingerprint } from "../../src/taskpane/excel/table-fingerprint";
import {
  contextBlock,
  exportsBlock,
  layoutBlock,
  parksBlock,
  type InsertBlock,
} from "../../src/taskpane/rows";
import { paneStrings } from "../../src/taskpane/strings";
import { newQuarterFile } from "../support/datasets";
import { tableSheetMock, type TableSheet } from "./support/table-sheet-mock";

const en = paneStrings("en");
const zh = paneStrings("zh");

function datasetOf(file: DatasetFile) {
  const loaded = datasetFromJson(file);
  if (!loaded.ok) throw new Error("test dataset invalid");
  return loaded.dataset;
}

const before = bundledDataset();
const after = datasetOf(newQuarterFile());

const NEW_SOURCE = {
  id: "zibo-customs-2024-08-10",
  title: "Zibo foreign trade in the first half of 2024",
  publisher: "Zibo Customs",
  url: "https://example.org/zibo-customs-2024h1",
  published: "2024-08-10",
  standing: "primary",
} as const;

/** The new quarter, its figures published by a source the dataset did not cite before. */
function newSourceFile(): DatasetFile {
  const file = newQuarterFile();
  file.sources.push({ ...NEW_SOURCE });
  for (const figure of file.figures) {
    if (figure.period === "2024Q2") figure.source = NEW_SOURCE.id;
  }
  return file;
}

/** What the insert records for a block's tables; the lines are kept with the table they are under. */
function recordOf(block: InsertBlock, names: string[], datasetVersion: string) {
  return block.tables.map((table, i) => ({
    name: names[i],
    kind: table.kind,
    columns: [...table.columns],
    datasetVersion,
    insertedAt: "2024-06-01T00:00:00.000Z",
    fingerprint: specFingerprint(table),
    ...(i === names.length - 1
      ? { citation: { language: block.language, lines: [...block.lines] } }
      : {}),
  }));
}

/** A record written before the add-in kept the citation lines. */
function olderRecordOf(block: InsertBlock, names: string[], datasetVersion: string) {
  return recordOf(block, names, datasetVersion).map((entry) => {
    const older: Partial<typeof entry> = { ...entry };
    delete older.citation;
    delete older.fingerprint;
    return older;
  });
}

/** The texts where an insert of `block` at `at` would put its citation lines. */
function linesWhereInserted(sheet: TableSheet, at: string, block: InsertBlock): unknown[] {
  const column = at.replace(/\d+/, "");
  const row = Number(at.replace(/\D+/, ""));
  return layoutBlock(block).lineOffsets.map((offset) => sheet.cell(`${column}${row + offset}`));
}

const refresh = (sheet: TableSheet, dataset = after, replace: string[] = []) =>
  refreshInsertedTables(sheet.context as unknown as Excel.RequestContext, dataset, { replace });

describe("a table the user edited since the add-in last wrote it", () => {
  const block = () => exportsBlock(before, en, "en");
  const edited = (edit: (sheet: TableSheet) => void) => {
    const sheet = tableSheetMock({
      blocks: [
        { at: "B2", block: block(), names: ["ZiboExports"] },
        { at: "R2", block: block(), names: ["ZiboExports2"] },
      ],
      record: [
        ...recordOf(block(), ["ZiboExports"], before.version),
        ...recordOf(block(), ["ZiboExports2"], before.version),
      ],
    });
    edit(sheet);
    return sheet;
  };

  test("a changed cell: the table is left as it is and named; the other table gets the new quarter", async () => {
    const sheet = edited((s) => s.setCell("G3", 71));
    const untouched = sheet.table("ZiboExports").values.map((row) => [...row]);

    const report = await refresh(sheet);

    expect(report.editedByUser).toEqual(["ZiboExports"]);
    expect(report.updated).toEqual(["ZiboExports2"]);
    expect(sheet.cell("G3")).toBe(71);
    expect(sheet.table("ZiboExports").values).toEqual(untouched);
    expect(sheet.table("ZiboExports2").values.map((row) => row[0])).toContain("2024Q2");
    // Its record still holds the add-in's last write: the next refresh leaves it alone too.
    const [first, second] = sheet.savedRecord();
    expect(first).toMatchObject({ datasetVersion: before.version });
    expect(first.fingerprint).toBe(specFingerprint(block().tables[0]));
    expect(second.fingerprint).toBe(specFingerprint(exportsBlock(after, en, "en").tables[0]));
  });

  test("a cleared cell counts as an edit too", async () => {
    const sheet = edited((s) => s.setCell("B3", ""));
    expect((await refresh(sheet)).editedByUser).toEqual(["ZiboExports"]);
  });

  test("replaced on request: the current figures, and the fingerprint of that write", async () => {
    const sheet = edited((s) => s.setCell("G3", 71));

    const report = await refresh(sheet, after, ["ZiboExports"]);

    expect(report.editedByUser).toEqual([]);
    expect(report.updated).toEqual(["ZiboExports", "ZiboExports2"]);
    expect(sheet.cell("G3")).not.toBe(71);
    expect(sheet.savedRecord()[0].fingerprint).toBe(
      specFingerprint(exportsBlock(after, en, "en").tables[0]),
    );
  });

  test("a table recorded without a fingerprint is refreshed, and keeps one from then on", async () => {
    const sheet = tableSheetMock({
      blocks: [{ at: "B2", block: block(), names: ["ZiboExports"] }],
      record: olderRecordOf(block(), ["ZiboExports"], before.version),
    });
    expect((await refresh(sheet)).updated).toEqual(["ZiboExports"]);
    expect(sheet.savedRecord()[0].fingerprint).toBe(
      specFingerprint(exportsBlock(after, en, "en").tables[0]),
    );
  });
});

describe("refreshing the tables the add-in inserted", () => {
  test("a new quarter adds its rows, rewrites the rest in place, in three round trips for any number of tables", async () => {
    const exports = exportsBlock(before, en, "en");
    const parks = parksBlock(before, en, "en");
    const sheet = tableSheetMock({
      blocks: [
        { at: "B2", block: exports, names: ["ZiboExports"] },
        { at: "R2", block: exports, names: ["ZiboExports2"] },
        { at: "AH2", block: parks, names: ["ZiboParks", "ZiboParkNotes"] },
      ],
      record: [
        ...recordOf(exports, ["ZiboExports"], before.version),
        ...recordOf(exports, ["ZiboExports2"], before.version),
        ...recordOf(parks, ["ZiboParks", "ZiboParkNotes"], before.version),
      ],
    });
    const sync = jest.spyOn(sheet.context, "sync");
    const report = await refresh(sheet);

    expect(report).toEqual({
      updated: ["ZiboExports", "ZiboExports2", "ZiboParks", "ZiboParkNotes"],
      missing: [],
      changedByUser: [],
      editedByUser: [],
      citationsChangedByUser: [],
    });
    expect(sync).toHaveBeenCalledTimes(3);
    const newRows = exportsBlock(after, en, "en").tables[0].rows;
    const written = sheet.table("ZiboExports");
    expect(written.address).toBe(`B2:N${2 + newRows.length}`);
    expect(written.values).toHaveLength(newRows.length);
    expect(written.values.map((row) => row[0])).toContain("2024Q2");
    const nev2024Q2 = written.values.find((row) => row[0] === "2024Q2" && row[2] === "NEV")!;
    expect(nev2024Q2[5]).toBe(80);
    expect(written.numberFormats[0]).toEqual(exports.tables[0].numberFormats);
    expect(sheet.savedRecord().map((t) => t.datasetVersion)).toEqual([
      "2024Q2.1",
      "2024Q2.1",
      "2024Q2.1",
      "2024Q2.1",
    ]);
  });

  test("the citation lines follow the added rows down and name the new version, as-of date and source", async () => {
    const english = exportsBlock(before, en, "en");
    const chinese = exportsBlock(before, zh, "zh");
    const sheet = tableSheetMock({
      blocks: [
        { at: "B2", block: english, names: ["ZiboExports"] },
        { at: "R2", block: chinese, names: ["ZiboExports2"] },
      ],
      record: [
        ...recordOf(english, ["ZiboExports"], before.version),
        ...recordOf(chinese, ["ZiboExports2"], before.version),
      ],
    });
    const dataset = datasetOf(newSourceFile());
    await refresh(sheet, dataset);

    // Four figures became seven: the blank row and the lines moved from B7:B9 to B10:B12.
    expect(sheet.cell("B10")).toBe("");
    expect(sheet.cell("B11")).toMatch(/^Sources: .*Zibo Customs, "Zibo foreign trade/);
    expect(sheet.cell("B11")).toContain("PR Newswire");
    expect(sheet.cell("B12")).toMatch(/^Zibo New Three dataset 2024Q2\.1, as of 2024-08-15\./);
    expect(sheet.cell("R11")).toMatch(/^来源：.*Zibo Customs，“Zibo foreign trade/);
    expect(sheet.cell("R12")).toMatch(/^淄博新三样数据集 2024Q2\.1，截至 2024-08-15。/);
    expect(linesWhereInserted(sheet, "B2", exportsBlock(dataset, en, "en"))).toEqual(
      exportsBlock(dataset, en, "en").lines,
    );
    expect(sheet.savedRecord()[1].citation?.lines).toEqual(exportsBlock(dataset, zh, "zh").lines);
  });

  test("a citation line the user edited is left as it is, the other line still follows the data", async () => {
    const block = exportsBlock(before, en, "en");
    const sheet = tableSheetMock({
      blocks: [{ at: "B2", block, names: ["ZiboExports"] }],
      record: recordOf(block, ["ZiboExports"], before.version),
    });
    sheet.setCell("B8", "Sources: see our methods sheet.");

    const report = await refresh(sheet);

    expect(report.updated).toEqual(["ZiboExports"]);
    expect(report.citationsChangedByUser).toEqual(["ZiboExports"]);
    expect(sheet.cell("B11")).toBe("Sources: see our methods sheet.");
    expect(sheet.cell("B12")).toMatch(/dataset 2024Q2\.1, as of 2024-08-15/);
    // Not taken over: the next refresh leaves the user's line alone too.
    expect(sheet.savedRecord()[0].citation?.lines[0]).toBe(block.lines[0]);
  });

  test("a cell under the table that no longer holds the add-in's line is not written", async () => {
    const block = exportsBlock(before, en, "en");
    const sheet = tableSheetMock({
      blocks: [{ at: "B2", block, names: ["ZiboExports"] }],
      record: recordOf(block, ["ZiboExports"], before.version),
    });
    // The user moved the lines away and put a number where the second one was.
    sheet.setCell("B8", "");
    sheet.setCell("B9", 42);

    const report = await refresh(sheet);

    expect(report.citationsChangedByUser).toEqual(["ZiboExports"]);
    expect(sheet.cell("B11")).toBe("");
    expect(sheet.cell("B12")).toBe(42);
  });

  test("a table recorded by the previous version is refreshed, its citation cells untouched", async () => {
    const block = contextBlock(before, en, "en");
    const sheet = tableSheetMock({
      blocks: [{ at: "B2", block, names: ["ZiboContext"] }],
      record: olderRecordOf(block, ["ZiboContext"], before.version),
    });
    const where = linesWhereInserted(sheet, "B2", block);

    const report = await refresh(sheet);

    expect(report).toEqual({
      updated: ["ZiboContext"],
      missing: [],
      changedByUser: [],
      editedByUser: [],
      citationsChangedByUser: [],
    });
    expect(sheet.table("ZiboContext").values).toEqual(contextBlock(after, en, "en").tables[0].rows);
    expect(where).toEqual(block.lines);
    expect(linesWhereInserted(sheet, "B2", block)).toEqual(block.lines);
    expect(sheet.savedRecord()[0]).toMatchObject({ datasetVersion: "2024Q2.1" });
    expect(sheet.savedRecord()[0].citation).toBeUndefined();
  });

  test("Chinese tables inserted with the repeated Chinese-name column keep it when refreshed; new ones have none", async () => {
    const older = exportsBlock(before, zh, "zh", { allColumns: true });
    const olderParks = parksBlock(before, zh, "zh", { allColumns: true });
    const current = exportsBlock(before, zh, "zh");
    const sheet = tableSheetMock({
      blocks: [
        { at: "B2", block: older, names: ["ZiboExports"] },
        { at: "P2", block: current, names: ["ZiboExports2"] },
        { at: "AD2", block: olderParks, names: ["ZiboParks", "ZiboParkNotes"] },
      ],
      record: [
        ...recordOf(older, ["ZiboExports"], before.version),
        ...recordOf(current, ["ZiboExports2"], before.version),
        ...recordOf(olderParks, ["ZiboParks", "ZiboParkNotes"], before.version),
      ],
    });
    const report = await refresh(sheet);
    expect(report.updated).toEqual(["ZiboExports", "ZiboExports2", "ZiboParks", "ZiboParkNotes"]);
    expect(report.changedByUser).toEqual([]);
    expect(sheet.table("ZiboExports").values).toEqual(
      exportsBlock(after, zh, "zh", { allColumns: true }).tables[0].rows,
    );
    expect(sheet.table("ZiboExports2").values).toEqual(
      exportsBlock(after, zh, "zh").tables[0].rows,
    );
    expect(current.tables[0].headers).not.toContain("类别（中文）");
  });

  test("rows added to the parks table push the notes table and the lines under it down", async () => {
    const file = newQuarterFile();
    file.parks.push({ ...file.parks[0], id: "new-park", nameEn: "New energy park" });
    const dataset = datasetOf(file);
    const block = parksBlock(before, en, "en");
    const sheet = tableSheetMock({
      blocks: [{ at: "B2", block, names: ["ZiboParks", "ZiboParkNotes"] }],
      record: recordOf(block, ["ZiboParks", "ZiboParkNotes"], before.version),
    });

    await refresh(sheet, dataset);

    const fresh = parksBlock(dataset, en, "en");
    expect(sheet.table("ZiboParks").values.map((row) => row[0])).toContain("New energy park");
    expect(sheet.table("ZiboParkNotes").values).toEqual(fresh.tables[1].rows);
    expect(linesWhereInserted(sheet, "B2", fresh)).toEqual(fresh.lines);
    expect(fresh.lines[1]).toMatch(/2024Q2\.1/);
  });

  test("deleted rows pull the lines up, leaving nothing behind", async () => {
    const block = exportsBlock(after, en, "en");
    const sheet = tableSheetMock({
      blocks: [{ at: "B2", block, names: ["ZiboExports"] }],
      record: recordOf(block, ["ZiboExports"], after.version),
    });
    const revised = exportsBlock(before, en, "en");

    await refresh(sheet, before);

    expect(sheet.table("ZiboExports").values).toHaveLength(revised.tables[0].rows.length);
    expect(linesWhereInserted(sheet, "B2", revised)).toEqual(revised.lines);
    const below = 2 + layoutBlock(revised).height;
    for (let row = below; row < below + 3; row++) expect(sheet.cell(`B${row}`)).toBe("");
  });

  test("a deleted or renamed table is reported once and not recreated; one with changed headers is left alone", async () => {
    const block = exportsBlock(before, en, "en");
    const changed = {
      ...block,
      tables: [{ ...block.tables[0], headers: ["My period", ...block.tables[0].headers.slice(1)] }],
    };
    const sheet = tableSheetMock({
      blocks: [{ at: "B2", block: changed, names: ["ZiboExports2"] }],
      record: [
        ...recordOf(block, ["ZiboExports"], before.version),
        ...recordOf(block, ["ZiboExports2"], before.version),
      ],
    });
    const report = await refresh(sheet);
    expect(report).toEqual({
      updated: [],
      missing: ["ZiboExports"],
      changedByUser: ["ZiboExports2"],
      editedByUser: [],
      citationsChangedByUser: [],
    });
    expect(sheet.table("ZiboExports2").values).toEqual(block.tables[0].rows);
    expect(linesWhereInserted(sheet, "B2", block)).toEqual(block.lines);
    expect(sheet.savedRecord().map((t) => t.name)).toEqual(["ZiboExports2"]);
  });

  test("data strings that look like formulas are written as text", async () => {
    const hostileFile = newQuarterFile();
    hostileFile.parks[0].nameEn = '=HYPERLINK("http://x")';
    // The schema refuses such text on every path; the writer's apostrophe is the second guard,
    // for data that reached the store some other way.
    expect(datasetFromJson(hostileFile).ok).toBe(false);
    const block = parksBlock(before, en, "en");
    const sheet = tableSheetMock({
      blocks: [{ at: "B2", block, names: ["ZiboParks", "ZiboParkNotes"] }],
      record: recordOf(block, ["ZiboParks", "ZiboParkNotes"], before.version),
    });
    await refresh(sheet, buildDataset(contentFromFile(hostileFile)));
    expect(sheet.table("ZiboParks").values[0][0]).toBe('\'=HYPERLINK("http://x")');
  });

  test("a feed that adds a Zibo first-half figure reaches the inserted exports table as a reported row", async () => {
    const file = newQuarterFile();
    file.figures.push({
      region: "ZIBO",
      category: "TOTAL",
      period: "2024H1",
      valueCnyMn: 190,
      kind: "reported",
      source: "prnewswire-2024-05-20",
    });
    const block = exportsBlock(before, zh, "zh");
    const sheet = tableSheetMock({
      blocks: [{ at: "B2", block, names: ["ZiboExports"] }],
      record: recordOf(block, ["ZiboExports"], before.version),
    });
    const report = await refresh(sheet, datasetOf(file));
    expect(report.updated).toEqual(["ZiboExports"]);
    const rows = sheet.table("ZiboExports").values;
    const h1 = rows.find((row) => row[0] === "2024H1" && row[2] === "TOTAL")!;
    expect(h1.slice(0, 2)).toEqual(["2024H1", "2024年上半年（累计）"]);
    const column = (key: string) => block.tables[0].columns.indexOf(key);
    expect(h1[column("cnyMn")]).toBe(190);
    expect(h1[column("kind")]).toBe("公布值");
    // Ordered by end month, then shorter first: the first half follows its second quarter.
    const periods = rows.map((row) => row[0]);
    expect(periods.indexOf("2024H1")).toBeGreaterThan(periods.lastIndexOf("2024Q2"));
  });

  test("an exports table inserted before the span and scope columns still refreshes, in its columns", async () => {
    const current = exportsBlock(before, en, "en").tables[0];
    const keep = current.columns
      .map((key, i) => (key === "span" || key === "scope" ? -1 : i))
      .filter((i) => i >= 0);
    const pick = <T>(row: readonly T[]) => keep.map((i) => row[i]!);
    const older: InsertBlock = {
      ...exportsBlock(before, en, "en"),
      tables: [
        {
          ...current,
          columns: pick(current.columns),
          headers: pick(current.headers),
          rows: current.rows.map(pick),
          numberFormats: pick(current.numberFormats),
          linkColumn: keep.indexOf(current.linkColumn!),
        },
      ],
    };
    expect(older.tables[0].headers).toHaveLength(11);
    const sheet = tableSheetMock({
      blocks: [{ at: "B2", block: older, names: ["ZiboExports"] }],
      record: recordOf(older, ["ZiboExports"], before.version),
    });
    const report = await refresh(sheet);
    expect(report).toMatchObject({ updated: ["ZiboExports"], changedByUser: [] });
    const fresh = exportsBlock(after, en, "en").tables[0];
    expect(sheet.table("ZiboExports").values).toEqual(fresh.rows.map(pick));
  });

  test("text that Excel would read as a date, a logical, a number or a percentage stays text", async () => {
    const file = newQuarterFile();
    file.parks.push(
      { ...file.parks[0], id: "date-like", nameEn: "2024-05-20", focusEn: "50%" },
      { ...file.parks[0], id: "number-like", nameEn: "0012", locationEn: "TRUE" },
    );
    const block = parksBlock(before, en, "en");
    const sheet = tableSheetMock({
      blocks: [{ at: "B2", block, names: ["ZiboParks", "ZiboParkNotes"] }],
      record: recordOf(block, ["ZiboParks", "ZiboParkNotes"], before.version),
    });
    await refresh(sheet, datasetOf(file));
    const rows = sheet.table("ZiboParks").values;
    expect(rows.at(-2)).toEqual(expect.arrayContaining(["2024-05-20", "50%"]));
    expect(rows.at(-1)).toEqual(expect.arrayContaining(["0012", "TRUE"]));
    for (const row of sheet.table("ZiboParks").numberFormats) {
      expect(row.slice(0, 4)).toEqual(["@", "@", "@", "@"]);
    }
  });
});
