import { makeDataset } from "../../src/core";
import { bundledDataset } from "../../src/data";
import {
  INSERTED_TABLES_SETTING,
  insertAtSelection,
  insertOnNewSheet,
} from "../../src/taskpane/excel";
import { exportsBlock, parksBlock } from "../../src/taskpane/rows";
import { specFingerprint } from "../../src/taskpane/excel/table-fingerprint";
import { paneStrings } from "../../src/taskpane/strings";
import { workbookMock, type WorkbookMock } from "./support/excel-mock";

const en = paneStrings("en");
const zh = paneStrings("zh");
const dataset = bundledDataset();
const NOW = new Date("2026-01-02T03:04:05.000Z");
const PRNEWSWIRE =
  "https://www.prnewswire.com/apac/news-releases/new-quality-productive-forces-boost-zibos-open-economy-302149867.html";

function asContext(mock: WorkbookMock): Excel.RequestContext {
  return mock.context as unknown as Excel.RequestContext;
}

function savedRecord(mock: WorkbookMock): unknown {
  return JSON.parse(String(mock.settings.get(INSERTED_TABLES_SETTING)));
}

describe("inserting the exports table at the selected cell", () => {
  test("writes the table at B2 in two round trips: one read, one write", async () => {
    const mock = workbookMock();
    const sync = jest.spyOn(mock.context, "sync");

    const outcome = await insertAtSelection(
      asContext(mock),
      exportsBlock(dataset, en, "en"),
      "2024M05.1",
      NOW,
    );

    expect(sync).toHaveBeenCalledTimes(2);
    expect(outcome).toEqual({
      status: "inserted",
      names: ["ZiboExports"],
      address: "Sheet1!B2:N9",
      newSheet: null,
      recordReset: false,
    });
    // Header and four figures: Sheet1!B2:N6.
    expect(mock.tables).toHaveLength(1);
    expect(mock.tables[0]).toMatchObject({ range: "Sheet1!B2:N6", hasHeaders: true });
    expect(mock.tables[0].table.name).toBe("ZiboExports");
    expect(mock.tables[0].table.style).toBe("TableStyleMedium2");
    const values = mock.range("Sheet1!B2:N6").values as unknown[][];
    expect(values[0]).toEqual([
      "Period",
      "Months covered",
      "Code",
      "Category",
      "Category (Chinese)",
      "Exports (million yuan)",
      "Exports (million USD)",
      "Year-on-year %",
      "Kind",
      "How derived",
      "Scope",
      "Source",
      "Source link",
    ]);
    expect(values[2].slice(0, 9)).toEqual([
      "2024Q1",
      "Q1 2024",
      "TOTAL",
      '"New three" (NEV, lithium-ion batteries, photovoltaic products)',
      "新三样",
      80,
      11.07,
      931.2,
      "reported",
    ]);
    // The derived 2023Q1 base: no dollar figure and no rate are published, so those cells stay empty.
    expect(values[1].slice(5, 9)).toEqual([expect.closeTo(80 / 10.312, 9), "", "", "derived"]);
  });

  test("formats each column, fits the columns and wraps the long-text ones", async () => {
    const mock = workbookMock();
    await insertAtSelection(asContext(mock), exportsBlock(dataset, en, "en"), "2024M05.1", NOW);

    const formats = mock.range("Sheet1!B2:N6").numberFormat as string[][];
    expect(formats).toHaveLength(5);
    // Headers and text columns are text before any value lands, so no text changes type.
    expect(formats[0].every((f) => f === "@")).toBe(true);
    expect(formats[3]).toEqual([
      "@",
      "@",
      "@",
      "@",
      "@",
      "#,##0.00",
      "#,##0.00",
      "+#,##0.0;-#,##0.0;0.0",
      "@",
      "@",
      "@",
      "@",
      "@",
    ]);
    expect(mock.calls).toEqual(
      expect.arrayContaining(["autofitColumns Sheet1!B2:N6", "autofitRows Sheet1!B2:N6"]),
    );
    // "How derived" (K), "Scope" (L) and "Source" (M) get a fixed width and wrap, after the fit.
    expect(mock.range("Sheet1!K2:K6").format.columnWidth).toBe(280);
    expect(mock.range("Sheet1!K2:K6").format.wrapText).toBe(true);
    expect(mock.range("Sheet1!L2:L6").format.wrapText).toBe(true);
    expect(mock.range("Sheet1!M2:M6").format.wrapText).toBe(true);
  });

  test("makes each source link a hyperlink to itself", async () => {
    const mock = workbookMock();
    await insertAtSelection(asContext(mock), exportsBlock(dataset, en, "en"), "2024M05.1", NOW);
    for (const row of [3, 4, 5, 6]) {
      expect(mock.range(`Sheet1!N${row}`).hyperlink).toEqual({
        address: PRNEWSWIRE,
        textToDisplay: PRNEWSWIRE,
      });
    }
  });

  test("writes the citation under the table, after a blank row, in italics", async () => {
    const mock = workbookMock();
    await insertAtSelection(asContext(mock), exportsBlock(dataset, en, "en"), "2024M05.1", NOW);
    expect(mock.addresses()).not.toContain("Sheet1!B7");
    expect(mock.range("Sheet1!B8").values).toEqual([[expect.stringMatching(/^Sources: /)]]);
    expect(mock.range("Sheet1!B9").values).toEqual([
      [expect.stringContaining("dataset 2024M05.1, as of 2024-06-27")],
    ]);
    expect(mock.range("Sheet1!B8").format.font.italic).toBe(true);
  });

  test("records the new table in the workbook so a refresh can find it and map its columns", async () => {
    const earlier = {
      name: "ZiboParks",
      kind: "parks",
      columns: ["park", "nameZh", "focus", "location", "source", "sourceLink"],
      datasetVersion: "2024M05.1",
      insertedAt: "2025-12-01T00:00:00.000Z",
    };
    const mock = workbookMock({ setting: JSON.stringify([earlier]) });
    const outcome = await insertAtSelection(
      asContext(mock),
      exportsBlock(dataset, en, "en"),
      "2024M05.1",
      NOW,
    );
    expect(outcome).toMatchObject({ recordReset: false });
    expect(savedRecord(mock)).toEqual([
      earlier,
      {
        name: "ZiboExports",
        kind: "exports",
        columns: [
          "period",
          "span",
          "code",
          "category",
          "categoryZh",
          "cnyMn",
          "usdMn",
          "yoyPct",
          "kind",
          "derivation",
          "scope",
          "source",
          "sourceLink",
        ],
        datasetVersion: "2024M05.1",
        insertedAt: NOW.toISOString(),
        // What the insert wrote, for a refresh to tell the user's edits from its own.
        fingerprint: specFingerprint(exportsBlock(dataset, en, "en").tables[0]),
        // The lines as written, so a refresh can tell them from a user's edit and rewrite them.
        citation: { language: "en", lines: exportsBlock(dataset, en, "en").lines },
      },
    ]);
  });

  test("gives a second table the next free name, whatever the case of the names in use", async () => {
    const mock = workbookMock({
      tableNames: ["zIbOeXpOrTs", "Sales"],
      definedNames: ["ZiboExports2"],
    });
    const outcome = await insertAtSelection(
      asContext(mock),
      exportsBlock(dataset, en, "en"),
      "2024M05.1",
      NOW,
    );
    expect(outcome).toMatchObject({ status: "inserted", names: ["ZiboExports3"] });
    expect(mock.tables[0].table.name).toBe("ZiboExports3");
  });

  test("writes nothing when a cell of the target area holds something, in one round trip", async () => {
    // D9 is inside B2:N9, in the row of the second citation line.
    const mock = workbookMock({ occupied: [{ row: 8, column: 3, formula: "=SUM(1,2)" }] });
    const sync = jest.spyOn(mock.context, "sync");

    const outcome = await insertAtSelection(
      asContext(mock),
      exportsBlock(dataset, en, "en"),
      "2024M05.1",
      NOW,
    );

    expect(outcome).toEqual({ status: "occupied", address: "Sheet1!B2:N9" });
    expect(sync).toHaveBeenCalledTimes(1);
    expect(mock.tables).toHaveLength(0);
    expect(mock.calls).toEqual([]);
    expect(mock.settings.has(INSERTED_TABLES_SETTING)).toBe(false);
  });

  test("counts a number as something, and a cell just outside the area as nothing", async () => {
    const inside = workbookMock({ occupied: [{ row: 1, column: 13, formula: 0 }] });
    expect(
      (await insertAtSelection(asContext(inside), exportsBlock(dataset, en, "en"), "v", NOW))
        .status,
    ).toBe("occupied");
    const outside = workbookMock({
      occupied: [
        { row: 1, column: 14, formula: "x" },
        { row: 9, column: 1, formula: "x" },
      ],
    });
    expect(
      (await insertAtSelection(asContext(outside), exportsBlock(dataset, en, "en"), "v", NOW))
        .status,
    ).toBe("inserted");
  });

  test("counts a formula that shows nothing, and a cell a dynamic array spills into, as something", async () => {
    const blankFormula = workbookMock({
      occupied: [{ row: 2, column: 2, formula: '=""', value: "" }],
    });
    const spilled = workbookMock({ occupied: [{ row: 2, column: 2, formula: "", value: 42 }] });
    for (const mock of [blankFormula, spilled]) {
      const outcome = await insertAtSelection(
        asContext(mock),
        exportsBlock(dataset, en, "en"),
        "v",
        NOW,
      );
      expect(outcome.status).toBe("occupied");
      expect(mock.tables).toEqual([]);
    }
  });

  test("starts a new list when the recorded one is unreadable, and says so", async () => {
    for (const setting of ["not json", JSON.stringify({ tables: "ZiboExports" })]) {
      const mock = workbookMock({ setting });
      const outcome = await insertAtSelection(
        asContext(mock),
        exportsBlock(dataset, en, "en"),
        "2024M05.1",
        NOW,
      );
      expect(outcome).toMatchObject({ status: "inserted", recordReset: true });
      expect(savedRecord(mock)).toEqual([expect.objectContaining({ name: "ZiboExports" })]);
    }
  });
});

describe("data strings are written as text, never as formulas", () => {
  const hostile = [
    '=HYPERLINK("http://evil.example","click")',
    "+1+1",
    "-2",
    "@SUM(A1)",
    "\tx",
    "\rx",
  ];

  test.each(hostile)("a park named %j lands with a leading apostrophe", async (name) => {
    const park = dataset.parks[0];
    const ds = makeDataset({ ...dataset, parks: [{ ...park, name: { ...park.name, en: name } }] });
    const mock = workbookMock();
    await insertAtSelection(asContext(mock), parksBlock(ds, en, "en"), "v", NOW);
    const values = mock.range("Sheet1!B2:G3").values as unknown[][];
    expect(values[1][0]).toBe(`'${name}`);
  });

  test("a source publisher that looks like a formula lands as text in the table and the citation", async () => {
    const evil = "=cmd|' /C calc'!A0";
    const sources = new Map(dataset.sources);
    sources.set("prnewswire-2024-05-20", {
      ...sources.get("prnewswire-2024-05-20")!,
      publisher: evil,
    });
    const ds = makeDataset({ ...dataset, sources });
    const mock = workbookMock();
    await insertAtSelection(asContext(mock), exportsBlock(ds, en, "en"), "v", NOW);
    const values = mock.range("Sheet1!B2:N6").values as unknown[][];
    expect(values[2][11]).toBe(
      `'${evil}, "New quality productive forces boost Zibo's open economy", 2024-05-20`,
    );
    expect(mock.range("Sheet1!B8").values).toEqual([[expect.stringMatching(/^Sources: =cmd/)]]);
  });

  test("a source address that is not http or https gets no hyperlink", async () => {
    const sources = new Map(dataset.sources);
    sources.set("prnewswire-2024-05-20", {
      ...sources.get("prnewswire-2024-05-20")!,
      url: "javascript:alert(1)",
    });
    const ds = makeDataset({ ...dataset, sources });
    const mock = workbookMock();
    await insertAtSelection(asContext(mock), exportsBlock(ds, en, "en"), "v", NOW);
    expect(mock.addresses()).not.toContain("Sheet1!N4");
    expect((mock.range("Sheet1!B2:N6").values as unknown[][])[2][12]).toBe("");
  });
});

describe("inserting the parks tables", () => {
  test("puts the parks, then the notes under them, each a named table, in two round trips", async () => {
    const mock = workbookMock({ selection: { sheet: "Data", row: 0, column: 0 } });
    const sync = jest.spyOn(mock.context, "sync");
    const outcome = await insertAtSelection(
      asContext(mock),
      parksBlock(dataset, en, "en"),
      "2024M05.1",
      NOW,
    );

    expect(sync).toHaveBeenCalledTimes(2);
    // Parks: header + 3 rows at A1:F4; blank row 5; notes: header + 5 rows at A6:C11; blank; 2 lines.
    expect(mock.tables.map((t) => [t.range, t.table.name])).toEqual([
      ["Data!A1:F4", "ZiboParks"],
      ["Data!A6:C11", "ZiboParkNotes"],
    ]);
    expect(outcome).toMatchObject({
      names: ["ZiboParks", "ZiboParkNotes"],
      address: "Data!A1:F14",
    });
    expect((mock.range("Data!A1:F4").values as unknown[][])[0]).toEqual([
      "Park",
      "Chinese name",
      "Focus",
      "Location",
      "Source",
      "Source link",
    ]);
    const notes = mock.range("Data!A6:C11").values as unknown[][];
    expect(notes.map((r) => r[0])).toContain("Geely intelligent factory, Zibo");
    expect(mock.range("Data!A13").values).toEqual([[expect.stringMatching(/^Sources: /)]]);
    const [parksEntry, notesEntry] = savedRecord(mock) as { citation?: unknown }[];
    expect(parksEntry).toMatchObject({ name: "ZiboParks", kind: "parks" });
    expect(parksEntry.citation).toBeUndefined();
    // The lines are under the notes, so they move with that table.
    expect(notesEntry).toMatchObject({
      name: "ZiboParkNotes",
      kind: "parkNotes",
      citation: { language: "en", lines: parksBlock(dataset, en, "en").lines },
    });
  });

  test("records the language the citation lines are written in", async () => {
    const mock = workbookMock();
    await insertAtSelection(asContext(mock), parksBlock(dataset, zh, "zh"), "2024M05.1", NOW);
    const [, notes] = savedRecord(mock) as { citation: { language: string; lines: string[] } }[];
    expect(notes.citation.language).toBe("zh");
    expect(notes.citation.lines[1]).toMatch(/^淄博新三样数据集 2024M05\.1/);
  });
});

describe("inserting on a new worksheet", () => {
  test("adds a worksheet with a free name, writes at A1 and shows the sheet, in two round trips", async () => {
    const mock = workbookMock({
      sheetNames: ["Sheet1", "Zibo exports", "ZIBO EXPORTS (2)"],
      tableNames: ["ZiboExports"],
    });
    const sync = jest.spyOn(mock.context, "sync");

    const outcome = await insertOnNewSheet(
      asContext(mock),
      exportsBlock(dataset, en, "en"),
      "2024M05.1",
      NOW,
    );

    expect(sync).toHaveBeenCalledTimes(2);
    expect(outcome).toEqual({
      status: "inserted",
      names: ["ZiboExports2"],
      address: "Zibo exports (3)!A1:M8",
      newSheet: "Zibo exports (3)",
      recordReset: false,
    });
    expect(mock.calls[0]).toBe("worksheets.add Zibo exports (3)");
    expect(mock.calls).toContain("activate Zibo exports (3)");
    expect(mock.tables[0].range).toBe("Zibo exports (3)!A1:M5");
    expect(mock.range("Zibo exports (3)!A7").values).toEqual([
      [expect.stringMatching(/^Sources: /)],
    ]);
  });
});
