import { OfficeMockObject } from "office-addin-mock";
import { INSERTED_TABLES_SETTING, extendChartData } from "../../src/taskpane/excel";
import { chartPeriodOrder, chartRowsToAdd } from "../../src/taskpane/rows";

const TOTAL = (row: number) =>
  `=IF(COUNTIFS(ZiboExports[Period],$A${row},ZiboExports[Code],"TOTAL")=0,NA(),SUMIFS(ZiboExports[Exports (million yuan)],ZiboExports[Period],$A${row}))`;
const CHART_ROWS = [
  ["2023Q1", TOTAL(2)],
  ["2024Q1", TOTAL(3)],
];

describe("rows a chart's table lacks after a refresh", () => {
  test("one per new quarter, oldest first, its formulas moved to its own row", () => {
    const rows = chartRowsToAdd(
      CHART_ROWS,
      ["2023Q1", "2024Q1", "2024Q1", "2024Q3", "2024Q2", "2024"],
      2,
    );
    expect(rows).toEqual([
      ["2024Q2", TOTAL(4)],
      ["2024Q3", TOTAL(5)],
    ]);
  });

  test("nothing when every quarter is listed", () => {
    expect(chartRowsToAdd(CHART_ROWS, ["2024Q1", "2023Q1"], 2)).toEqual([]);
  });

  test("the period column in time order when a late quarter would break it", () => {
    expect(chartPeriodOrder(CHART_ROWS, [["2023Q4", TOTAL(4)]])).toEqual([
      "2023Q1",
      "2023Q4",
      "2024Q1",
    ]);
    expect(chartPeriodOrder(CHART_ROWS, [["2024Q2", TOTAL(4)]])).toBeNull();
    expect(chartPeriodOrder([["Total", 1], ...CHART_ROWS], [["2023Q4", TOTAL(5)]])).toBeNull();
  });

  test("a table rebuilt by hand (no reference to its own row) is left alone", () => {
    expect(chartRowsToAdd([["2023Q1", 7.76]], ["2024Q2"], 2)).toBeNull();
    expect(chartRowsToAdd(CHART_ROWS, ["2024Q2"], 7)).toBeNull();
  });
});

describe("extending the charts' tables in the workbook", () => {
  function workbook(exportsPeriods: string[]) {
    const added: { table: string; rows: unknown[][] }[] = [];
    const periodColumn: { values?: unknown[][] } = {};
    const body = new OfficeMockObject({ formulas: CHART_ROWS, rowIndex: 1 });
    const periods = new OfficeMockObject({ values: exportsPeriods.map((p) => [p]) });
    const setting = new OfficeMockObject({
      value: JSON.stringify([
        {
          name: "ZiboExports",
          kind: "exports",
          columns: ["period", "code", "cnyMn", "kind"],
          datasetVersion: "1",
          insertedAt: "",
        },
        {
          name: "ZiboChartData",
          kind: "chartData",
          columns: ["period", "TOTAL"],
          datasetVersion: "1",
          insertedAt: "",
        },
      ]),
    });
    setting.isNullObject = false;
    const context = new OfficeMockObject({
      workbook: {
        settings: {
          getItemOrNullObject: (key: string) => {
            expect(key).toBe(INSERTED_TABLES_SETTING);
            return setting;
          },
        },
        tables: {
          items: [{ name: "ZiboExports" }, { name: "ZiboChartData" }],
          getItem: (name: string) => ({
            getDataBodyRange: () => body,
            columns: {
              getItemAt: (index: number) => {
                expect(index).toBe(0);
                return {
                  getDataBodyRange: () => (name === "ZiboExports" ? periods : periodColumn),
                };
              },
            },
            rows: {
              add: (_: unknown, rows: unknown[][]) => added.push({ table: name, rows }),
            },
          }),
        },
      },
    });
    const tables = context.workbook.tables;
    tables.load = () => OfficeMockObject.prototype.load.call(tables, "items");
    const syncTree = context.sync.bind(context);
    context.sync = async () => {
      await syncTree();
      for (const mock of [setting, body, periods]) await mock.sync();
    };
    return { context, added, periodColumn };
  }

  test("adds the new quarter's row to the chart's table in three round trips", async () => {
    const wb = workbook(["2023Q1", "2024Q1", "2024Q2"]);
    const sync = jest.spyOn(wb.context, "sync");
    const result = await extendChartData(wb.context as unknown as Excel.RequestContext);
    expect(result).toEqual([{ table: "ZiboChartData", added: ["2024Q2"] }]);
    expect(wb.added).toEqual([{ table: "ZiboChartData", rows: [["2024Q2", TOTAL(4)]] }]);
    expect(sync).toHaveBeenCalledTimes(3);
    expect(wb.periodColumn.values).toBeUndefined();
  });

  test("puts a quarter published late in its place in time, not at the chart's right end", async () => {
    const wb = workbook(["2023Q1", "2024Q1", "2023Q4"]);
    const sync = jest.spyOn(wb.context, "sync");
    await extendChartData(wb.context as unknown as Excel.RequestContext);
    expect(wb.added).toEqual([{ table: "ZiboChartData", rows: [["2023Q4", TOTAL(4)]] }]);
    // Each row's formulas read their own row's quarter, so reordering the quarters reorders the bars.
    expect(wb.periodColumn.values).toEqual([["2023Q1"], ["2023Q4"], ["2024Q1"]]);
    expect(sync).toHaveBeenCalledTimes(3);
  });

  test("writes nothing when the chart already lists every quarter", async () => {
    const wb = workbook(["2023Q1", "2024Q1"]);
    const sync = jest.spyOn(wb.context, "sync");
    await expect(extendChartData(wb.context as unknown as Excel.RequestContext)).resolves.toEqual(
      [],
    );
    expect(wb.added).toEqual([]);
    expect(sync).toHaveBeenCalledTimes(2);
  });
});
