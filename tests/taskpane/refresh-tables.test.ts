import { OfficeMockObject } from "office-addin-mock";
import { bundledDataset, datasetFromJson } from "../../src/data";
import { INSERTED_TABLES_SETTING } from "../../src/taskpane/excel";
import { refreshInsertedTables } from "../../src/taskpane/excel/refresh-tables";
import { exportsBlock, parksBlock } from "../../src/taskpane/rows";
import { paneStrings } from "../../src/taskpane/strings";
import { newQuarterFile } from "../support/datasets";

const before = bundledDataset();
const loaded = datasetFromJson(newQuarterFile());
if (!loaded.ok) throw new Error("test dataset invalid");
const after = loaded.dataset;
const en = paneStrings("en");
const exportsSpec = exportsBlock(before, en, "en").tables[0];
const parksSpec = parksBlock(before, en, "en").tables[0];

interface TableState {
  headers: unknown[];
  rowCount: number;
}

/** A workbook holding the given tables, recording what a refresh writes to each. */
function workbook(tables: Record<string, TableState>, record: object[]) {
  const writes: Record<
    string,
    { values?: unknown[][]; numberFormat?: unknown[][]; added?: unknown[][] }
  > = {};
  const mocks: OfficeMockObject[] = [];
  const setting = new OfficeMockObject({ value: JSON.stringify(record) });
  setting.isNullObject = false;
  mocks.push(setting);
  const settingsWritten = new Map<string, string>();
  const tableMock = (name: string) => {
    const state = tables[name];
    const header = new OfficeMockObject({ values: [state.headers] });
    const body = new OfficeMockObject({ rowCount: state.rowCount });
    mocks.push(header, body);
    writes[name] = {};
    const data = {
      set values(v: unknown[][]) {
        writes[name].values = v;
      },
      set numberFormat(v: unknown[][]) {
        writes[name].numberFormat = v;
      },
      getCell: () => ({ hyperlink: null }),
    };
    header.getOffsetRange = () => ({ getResizedRange: () => data });
    return {
      getHeaderRowRange: () => header,
      getDataBodyRange: () => body,
      rows: {
        add: (_: unknown, rows: unknown[][]) => (writes[name].added = rows),
        getItemAt: () => ({ delete: () => undefined }),
      },
    };
  };
  const context = new OfficeMockObject({
    workbook: {
      settings: {
        getItemOrNullObject: (key: string) => {
          expect(key).toBe(INSERTED_TABLES_SETTING);
          return setting;
        },
        add: (key: string, value: string) => settingsWritten.set(key, value),
      },
      tables: {
        items: Object.keys(tables).map((name) => ({ name })),
        getItem: (name: string) => tableMock(name),
      },
    },
  });
  const collection = context.workbook.tables;
  collection.load = () => OfficeMockObject.prototype.load.call(collection, "items");
  const syncTree = context.sync.bind(context);
  context.sync = async () => {
    await syncTree();
    for (const mock of mocks) await mock.sync();
  };
  return { context, writes, settingsWritten };
}

const entry = (name: string, kind: string, columns: readonly string[]) => ({
  name,
  kind,
  columns: [...columns],
  datasetVersion: before.version,
  insertedAt: "2024-06-01T00:00:00.000Z",
});

describe("refreshing the tables the add-in inserted", () => {
  test("a new quarter adds its rows, rewrites the rest in place, in three round trips for any number of tables", async () => {
    const wb = workbook(
      {
        ZiboExports: { headers: [...exportsSpec.headers], rowCount: exportsSpec.rows.length },
        ZiboExports2: { headers: [...exportsSpec.headers], rowCount: exportsSpec.rows.length },
        ZiboParks: { headers: [...parksSpec.headers], rowCount: parksSpec.rows.length },
      },
      [
        entry("ZiboExports", "exports", exportsSpec.columns),
        entry("ZiboExports2", "exports", exportsSpec.columns),
        entry("ZiboParks", "parks", parksSpec.columns),
      ],
    );
    const sync = jest.spyOn(wb.context, "sync");
    const report = await refreshInsertedTables(
      wb.context as unknown as Excel.RequestContext,
      after,
    );

    expect(report).toEqual({
      updated: ["ZiboExports", "ZiboExports2", "ZiboParks"],
      missing: [],
      changedByUser: [],
    });
    expect(sync).toHaveBeenCalledTimes(3);
    const written = wb.writes.ZiboExports;
    const newRows = exportsBlock(after, en, "en").tables[0].rows;
    expect(written.values).toHaveLength(newRows.length);
    expect(written.added).toHaveLength(newRows.length - exportsSpec.rows.length);
    const periods = written.values!.map((row) => row[0]);
    expect(periods).toContain("2024Q2");
    const nev2024Q2 = written.values!.find((row) => row[0] === "2024Q2" && row[1] === "NEV")!;
    expect(nev2024Q2[4]).toBe(80);
    expect(written.numberFormat![0]).toEqual(exportsSpec.numberFormats);
    const saved = JSON.parse(wb.settingsWritten.get(INSERTED_TABLES_SETTING)!);
    expect(saved.map((t: { datasetVersion: string }) => t.datasetVersion)).toEqual([
      "2024Q2.1",
      "2024Q2.1",
      "2024Q2.1",
    ]);
  });

  test("a deleted or renamed table is reported once and not recreated; one with changed headers is left alone", async () => {
    const changed = [...exportsSpec.headers];
    changed[0] = "My period";
    const wb = workbook({ ZiboExports2: { headers: changed, rowCount: 3 } }, [
      entry("ZiboExports", "exports", exportsSpec.columns),
      entry("ZiboExports2", "exports", exportsSpec.columns),
    ]);
    const report = await refreshInsertedTables(
      wb.context as unknown as Excel.RequestContext,
      after,
    );
    expect(report).toEqual({
      updated: [],
      missing: ["ZiboExports"],
      changedByUser: ["ZiboExports2"],
    });
    expect(wb.writes.ZiboExports2.values).toBeUndefined();
    const saved = JSON.parse(wb.settingsWritten.get(INSERTED_TABLES_SETTING)!);
    expect(saved.map((t: { name: string }) => t.name)).toEqual(["ZiboExports2"]);
  });

  test("data strings that look like formulas are written as text", async () => {
    const hostile = datasetFromJson({
      ...newQuarterFile(),
      parks: [{ ...newQuarterFile().parks[0], nameEn: '=HYPERLINK("http://x")' }],
    });
    if (!hostile.ok) throw new Error("test dataset invalid");
    const wb = workbook({ ZiboParks: { headers: [...parksSpec.headers], rowCount: 3 } }, [
      entry("ZiboParks", "parks", parksSpec.columns),
    ]);
    await refreshInsertedTables(wb.context as unknown as Excel.RequestContext, hostile.dataset);
    expect(wb.writes.ZiboParks.values![0][0]).toBe('\'=HYPERLINK("http://x")');
  });
});
