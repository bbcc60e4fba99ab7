import { OfficeMockObject } from "office-addin-mock";
import { bundledDataset } from "../../src/data";
import { CHART_NAME, INSERTED_TABLES_SETTING, insertChart } from "../../src/taskpane/excel";
import { chartData, exportsBlock, escapeColumnName } from "../../src/taskpane/rows";
import { paneStrings } from "../../src/taskpane/strings";
import { columnName } from "./support/excel-mock";
import { datasetWith, zibo } from "../support/feed-datasets";
import bundledFile from "../../src/data/zibo-new-three.json";

const en = paneStrings("en");
const dataset = bundledDataset();
const [exportsSpec] = exportsBlock(dataset, en, "en").tables;
const RECORD = [
  {
    name: "ZiboExports",
    kind: "exports",
    columns: [...exportsSpec.columns],
    datasetVersion: "2024M05.1",
    insertedAt: "2026-01-01T00:00:00.000Z",
  },
];

interface Written {
  address: string;
  formulas?: unknown[][];
  numberFormat?: unknown[][];
  values?: unknown[][];
  format: { font: Record<string, unknown>; autofitColumns: () => void };
}

/**
 * A workbook holding the inserted exports table, described for office-addin-mock where the code
 * reads (the setting, the names, the table's cells), and as plain recording objects where it only
 * writes (the new sheet, its table, the chart).
 */
function chartWorkbook(
  options: { setting?: unknown; tableNames?: string[]; headers?: readonly string[] } = {},
) {
  const setting = options.setting === undefined ? JSON.stringify(RECORD) : options.setting;
  const tableNames = options.tableNames ?? ["ZiboExports"];
  const dynamic: OfficeMockObject[] = [];
  const written = new Map<string, Written>();
  const tablesAdded: { address: string; hasHeaders: boolean; table: Record<string, unknown> }[] =
    [];
  const charts: { type: string; source: string; seriesBy: string; chart: ChartRecord }[] = [];
  const savedSettings = new Map<string, unknown>();
  const calls: string[] = [];

  interface ChartRecord {
    name?: string;
    title: { text?: string };
    axes: { valueAxis: { title: { text?: string } }; categoryAxis: { title: { text?: string } } };
    legend: { position?: string };
    series: { getItemAt: (i: number) => { format: SeriesFormat } };
    seriesFormats: SeriesFormat[];
    position?: [string, string];
    setPosition: (a: Written, b: Written) => void;
  }
  interface SeriesFormat {
    fill: { color?: string; setSolidColor: (c: string) => void };
    line: { color?: string; lineStyle?: string };
  }

  function range(sheet: string, row: number, column: number, rows: number, columns: number) {
    const first = `${columnName(column)}${row + 1}`;
    const last = `${columnName(column + columns - 1)}${row + rows}`;
    const address = `${sheet}!${first === last ? first : `${first}:${last}`}`;
    const existing = written.get(address);
    if (existing) return existing;
    const r = {
      address,
      format: {
        font: {},
        autofitColumns: () => calls.push(`autofitColumns ${address}`),
      },
      getResizedRange: (dr: number, dc: number) =>
        range(sheet, row, column, rows + dr, columns + dc),
    };
    written.set(address, r);
    return r;
  }

  function newSheet(name: string) {
    return {
      name,
      getRange: (a1: string) => {
        if (a1 !== "A1") throw new Error(`the mock knows A1 only, not ${a1}`);
        return range(name, 0, 0, 1, 1);
      },
      getRangeByIndexes: (row: number, column: number, rows: number, columns: number) =>
        range(name, row, column, rows, columns),
      tables: {
        add(r: Written, hasHeaders: boolean) {
          const table = {};
          tablesAdded.push({ address: r.address, hasHeaders, table });
          return table;
        },
      },
      charts: {
        add(type: string, source: Written, seriesBy: string) {
          const seriesFormats: SeriesFormat[] = [];
          const chart: ChartRecord = {
            title: {},
            axes: { valueAxis: { title: {} }, categoryAxis: { title: {} } },
            legend: {},
            seriesFormats,
            series: {
              getItemAt(i: number) {
                seriesFormats[i] ??= {
                  fill: {
                    setSolidColor(this: { color?: string }, c: string) {
                      this.color = c;
                    },
                  },
                  line: {},
                };
                return { format: seriesFormats[i] };
              },
            },
            setPosition(a: Written, b: Written) {
              chart.position = [a.address, b.address];
            },
          };
          charts.push({ type, source: source.address, seriesBy, chart });
          return chart;
        },
      },
      activate: () => calls.push(`activate ${name}`),
    };
  }

  const header = new OfficeMockObject({ values: [options.headers ?? exportsSpec.headers] });
  const body = new OfficeMockObject({ values: exportsSpec.rows });
  const items = (names: string[]) => ({ items: names.map((name) => ({ name })) });
  const context = new OfficeMockObject({
    workbook: {
      tables: {
        ...items(tableNames),
        getItem(name: string) {
          calls.push(`tables.getItem ${name}`);
          return {
            getHeaderRowRange: () => header,
            getDataBodyRange: () => body,
          };
        },
      },
      names: items([]),
      worksheets: {
        ...items(["Sheet1", "Zibo exports"]),
        add(name: string) {
          calls.push(`worksheets.add ${name}`);
          return newSheet(name);
        },
      },
      settings: {
        getItemOrNullObject(key: string) {
          const item = new OfficeMockObject({ value: setting ?? "" });
          item.isNullObject = setting === null || key !== INSERTED_TABLES_SETTING;
          dynamic.push(item);
          return item;
        },
        add(key: string, value: unknown) {
          savedSettings.set(key, value);
        },
      },
    },
  });
  for (const name of ["tables", "names", "worksheets"]) {
    const target = context.workbook[name];
    target.load = (property: string) => {
      if (property !== "items/name") throw new Error(`unexpected load("${property}")`);
      return OfficeMockObject.prototype.load.call(target, "items");
    };
  }
  const syncTree = context.sync.bind(context);
  context.sync = async () => {
    await syncTree();
    for (const mock of [...dynamic, header, body]) await mock.sync();
  };
  return {
    context,
    asContext: () => context as unknown as Excel.RequestContext,
    written,
    tablesAdded,
    charts,
    savedSettings,
    calls,
  };
}

const job = {
  categories: ["TOTAL", "NEV"] as const,
  strings: en,
  sourceLines: ["Source: test source.", "Derived note."],
  datasetVersion: "2024M05.1",
  now: new Date("2026-01-02T00:00:00.000Z"),
};

describe("the chart data laid out from the exports table", () => {
  const spec = chartData(
    {
      name: "ZiboExports",
      columns: exportsSpec.columns,
      headers: exportsSpec.headers,
      rows: exportsSpec.rows,
    },
    ["TOTAL", "NEV"],
    en,
  );

  test("a quarter per row; TOTAL's derived 2023Q1 base is a series of its own", () => {
    expect(spec?.periods).toEqual(["2023Q1", "2024Q1"]);
    expect(spec?.headers).toEqual(["Quarter", "TOTAL", "TOTAL (derived)", "NEV"]);
    expect(spec?.columns).toEqual(["period", "TOTAL", "TOTAL.derived", "NEV"]);
  });

  test("each value reads the exports table by structured reference, #N/A where it has none", () => {
    const [reported, derived] = spec?.formulasFor("$A2") ?? [];
    expect(reported).toBe(
      '=IF(COUNTIFS(ZiboExports[Period],$A2,ZiboExports[Code],"TOTAL",ZiboExports[Kind],"<>derived")=0,NA(),' +
        'SUMIFS(ZiboExports[Exports (million yuan)],ZiboExports[Period],$A2,ZiboExports[Code],"TOTAL",ZiboExports[Kind],"<>derived"))',
    );
    expect(derived).toContain('ZiboExports[Kind],"derived"');
  });

  test("year-to-date totals and halves never join the quarters' series", () => {
    const withSpans = exportsBlock(
      datasetWith([
        ...bundledFile.figures,
        zibo("TOTAL", "2024H1", 190),
        zibo("TOTAL", "2024M01-M05", 150),
      ]),
      en,
      "en",
    ).tables[0];
    const layout = chartData(
      {
        name: "ZiboExports",
        columns: withSpans.columns,
        headers: withSpans.headers,
        rows: withSpans.rows,
      },
      ["TOTAL"],
      en,
    );
    // The second quarter, derived from the first half less the first quarter, is a quarter.
    expect(layout?.periods).toEqual(["2023Q1", "2024Q1", "2024Q2"]);
    expect(withSpans.rows.map((row) => row[0])).toEqual(
      expect.arrayContaining(["2024H1", "2024M01-M05"]),
    );
  });

  test("a table without the columns the chart reads gives no layout", () => {
    expect(
      chartData({ name: "T", columns: ["period"], headers: ["P"], rows: [] }, ["TOTAL"], en),
    ).toBeNull();
  });

  test("column names with special characters are escaped", () => {
    expect(escapeColumnName("Sales [CNY] #1 'net'")).toBe("Sales '[CNY'] '#1 ''net''");
  });
});

describe("inserting the chart", () => {
  test("on a new sheet: a table of formulas at A1, the chart bound to it, in three round trips", async () => {
    const wb = chartWorkbook();
    const sync = jest.spyOn(wb.context, "sync");

    const outcome = await insertChart(wb.asContext(), { ...job, categories: [...job.categories] });

    expect(sync).toHaveBeenCalledTimes(3);
    expect(outcome).toEqual({
      status: "inserted",
      sheet: "Zibo chart",
      exportsTable: "ZiboExports",
      dataTable: "ZiboChartData",
      chart: CHART_NAME,
    });
    expect(wb.tablesAdded).toEqual([
      { address: "Zibo chart!A1:D3", hasHeaders: true, table: expect.anything() },
    ]);
    expect(wb.tablesAdded[0].table).toMatchObject({ name: "ZiboChartData" });
    const data = wb.written.get("Zibo chart!A1:D3");
    expect(data?.formulas?.[0]).toEqual(["Quarter", "TOTAL", "TOTAL (derived)", "NEV"]);
    expect(data?.formulas?.map((row) => row[0])).toEqual(["Quarter", "2023Q1", "2024Q1"]);
    expect(String(data?.formulas?.[2][1])).toContain("$A3");

    expect(wb.charts).toHaveLength(1);
    const { type, source, seriesBy, chart } = wb.charts[0];
    expect({ type, source, seriesBy }).toEqual({
      type: "ColumnClustered",
      source: "Zibo chart!A1:D3",
      seriesBy: "Columns",
    });
    expect(chart.title.text).toBe('Zibo "new three" exports by quarter: TOTAL, NEV');
    expect(chart.axes.valueAxis.title.text).toBe("Million yuan");
    expect(chart.axes.categoryAxis.title.text).toBe("Quarter");
    expect(chart.position).toEqual(["Zibo chart!F1", "Zibo chart!M18"]);
  });

  test("the derived series is lighter with a dashed outline; reported ones are solid", async () => {
    const wb = chartWorkbook();
    await insertChart(wb.asContext(), { ...job, categories: [...job.categories] });
    const [total, totalDerived, nev] = wb.charts[0].chart.seriesFormats;
    expect(total.line.lineStyle).toBeUndefined();
    expect(totalDerived.line.lineStyle).toBe("Dash");
    expect(totalDerived.fill.color).not.toBe(total.fill.color);
    expect(totalDerived.line.color).toBe(total.fill.color);
    expect(nev.fill.color).not.toBe(total.fill.color);
  });

  test("writes the source lines under the chart and records the chart's table", async () => {
    const wb = chartWorkbook();
    await insertChart(wb.asContext(), { ...job, categories: [...job.categories] });
    expect(wb.written.get("Zibo chart!F19")?.values).toEqual([["Source: test source."]]);
    expect(wb.written.get("Zibo chart!F20")?.values).toEqual([["Derived note."]]);
    expect(wb.written.get("Zibo chart!F19")?.format.font).toMatchObject({ italic: true });
    const saved = JSON.parse(String(wb.savedSettings.get(INSERTED_TABLES_SETTING)));
    expect(saved).toEqual([
      RECORD[0],
      expect.objectContaining({
        name: "ZiboChartData",
        kind: "chartData",
        columns: ["period", "TOTAL", "TOTAL.derived", "NEV"],
      }),
    ]);
    expect(wb.calls).toContain("activate Zibo chart");
  });

  test.each([
    ["no record of inserted tables", { setting: null }],
    ["a recorded table the user deleted", { tableNames: [] }],
  ])("with %s, says so and writes nothing", async (_, options) => {
    const wb = chartWorkbook(options);
    const outcome = await insertChart(wb.asContext(), { ...job, categories: [...job.categories] });
    expect(outcome).toEqual({ status: "noExportsTable" });
    expect(wb.calls.filter((c) => c.startsWith("worksheets.add"))).toEqual([]);
    expect(wb.savedSettings.size).toBe(0);
  });

  test("reads the table in million yuan when a newer one was inserted in 亿元", async () => {
    const inHundredMillions = {
      ...RECORD[0],
      name: "ZiboExports2",
      columns: RECORD[0].columns.map((c) => (c === "cnyMn" ? "cny100m" : c)),
    };
    const wb = chartWorkbook({
      setting: JSON.stringify([RECORD[0], inHundredMillions]),
      tableNames: ["ZiboExports", "ZiboExports2"],
    });
    await insertChart(wb.asContext(), { ...job, categories: [...job.categories] });
    expect(wb.calls.filter((c) => c.startsWith("tables.getItem"))).toEqual([
      "tables.getItem ZiboExports",
    ]);
  });

  test("with an exports table whose columns were cut down, says which and writes nothing", async () => {
    const wb = chartWorkbook({ headers: exportsSpec.headers.slice(0, 3) });
    const outcome = await insertChart(wb.asContext(), { ...job, categories: [...job.categories] });
    expect(outcome).toEqual({ status: "exportsTableUnusable", exportsTable: "ZiboExports" });
    expect(wb.calls.filter((c) => c.startsWith("worksheets.add"))).toEqual([]);
  });
});
