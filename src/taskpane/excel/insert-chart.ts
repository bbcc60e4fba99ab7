import { asCellText, type CategoryCode } from "../../core";
import { chartData, TEXT_FORMAT, type ChartDataSpec } from "../rows";
import type { PaneStrings } from "../strings";
import { writeTextLine } from "./cells";
import { loadInsertedTables, readInsertedTables, saveInsertedTables } from "./inserted-tables";
import { TABLE_PREFIX, uniqueName, uniqueSheetName } from "./table-names";

export const CHART_NAME = "ZiboExportsChart";
const REPORTED_COLORS = ["#1F4E79", "#C55A11"];
const DERIVED_COLORS = ["#BDD7EE", "#F8CBAD"];
const CITATION_COLOR = "#616161";

export type ChartOutcome =
  | { status: "inserted"; sheet: string; exportsTable: string; dataTable: string; chart: string }
  /** The workbook has no exports table the add-in inserted (or the user deleted or reshaped it). */
  | { status: "noExportsTable" }
  /** The table lacks a column the chart reads, or holds no quarter. */
  | { status: "exportsTableUnusable"; exportsTable: string };

export interface ChartJob {
  categories: readonly CategoryCode[];
  strings: PaneStrings;
  /** Citation lines written under the chart. */
  sourceLines: readonly string[];
  datasetVersion: string;
  now?: Date;
}

/**
 * Inserts, on a new worksheet, a clustered column chart of exports by quarter, fed by the most
 * recently inserted exports table through a small table of formulas: a refresh that rewrites the
 * exports table reaches the chart, and rows added to the chart's table extend its series. Three
 * round trips: find the table, read it, write.
 */
export async function insertChart(
  context: Excel.RequestContext,
  job: ChartJob,
): Promise<ChartOutcome> {
  const setting = loadInsertedTables(context);
  const tables = context.workbook.tables;
  const names = context.workbook.names;
  const sheets = context.workbook.worksheets;
  tables.load("items/name");
  names.load("items/name");
  sheets.load("items/name");
  await context.sync();

  const record = readInsertedTables(setting);
  const existing = new Set(tables.items.map((t) => t.name));
  const entry = [...record.tables]
    .reverse()
    .filter((t) => t.kind === "exports" && existing.has(t.name))
    // The chart reads million yuan: a newer table in 亿元 gives way to an older one in millions.
    .sort((a, b) => Number(b.columns.includes("cnyMn")) - Number(a.columns.includes("cnyMn")))[0];
  if (!entry) return { status: "noExportsTable" };
  const exportsTable = tables.getItem(entry.name);
  const header = exportsTable.getHeaderRowRange();
  const body = exportsTable.getDataBodyRange();
  header.load("values");
  body.load("values");
  await context.sync();

  const spec = chartData(
    {
      name: entry.name,
      columns: entry.columns,
      headers: header.values[0].map(String),
      rows: body.values,
    },
    job.categories,
    job.strings,
  );
  if (!spec || spec.periods.length === 0) {
    return { status: "exportsTableUnusable", exportsTable: entry.name };
  }

  const taken = [...existing, ...names.items.map((n) => n.name)];
  const dataTable = uniqueName(TABLE_PREFIX.chartData, taken);
  const sheetName = uniqueSheetName(
    job.strings.table.sheetName.chart,
    sheets.items.map((s) => s.name),
  );
  const sheet = sheets.add(sheetName);
  const chart = queueChart(sheet, spec, dataTable, job);
  sheet.activate();
  saveInsertedTables(context, record.tables, [
    {
      name: dataTable,
      kind: "chartData",
      columns: spec.columns,
      datasetVersion: job.datasetVersion,
      insertedAt: (job.now ?? new Date()).toISOString(),
    },
  ]);
  await context.sync();
  return { status: "inserted", sheet: sheetName, exportsTable: entry.name, dataTable, chart };
}

/** Queues the chart's table at A1, the chart to its right and the source lines under the chart. */
function queueChart(
  sheet: Excel.Worksheet,
  spec: ChartDataSpec,
  dataTable: string,
  job: ChartJob,
): string {
  const text = job.strings.table;
  const width = spec.headers.length;
  const range = sheet.getRange("A1").getResizedRange(spec.periods.length, width - 1);
  // The format first, so the headers and quarters land as text.
  range.numberFormat = [
    spec.headers.map(() => TEXT_FORMAT),
    ...spec.periods.map(() => [TEXT_FORMAT, ...spec.series.map(() => "#,##0.00")]),
  ];
  range.formulas = [
    spec.headers.map(asCellText),
    ...spec.periods.map((period, i) => [period, ...spec.formulasFor(`$A${i + 2}`)]),
  ];
  const table = sheet.tables.add(range, true);
  table.name = dataTable;
  table.style = "TableStyleLight9";
  range.format.autofitColumns();

  const chart = sheet.charts.add("ColumnClustered", range, "Columns");
  chart.name = CHART_NAME;
  chart.title.text = text.chartTitle({
    categories: [...new Set(spec.series.map((s) => s.category))].join(text.listSeparator),
  });
  chart.axes.valueAxis.title.text = text.chartValueAxis;
  chart.axes.categoryAxis.title.text = text.chartCategoryAxis;
  chart.legend.position = "Bottom";
  const categories = [...new Set(spec.series.map((s) => s.category))];
  spec.series.forEach((s, i) => {
    const shade = categories.indexOf(s.category) % REPORTED_COLORS.length;
    const format = chart.series.getItemAt(i).format;
    if (s.kind !== "reported") {
      // Lighter, with a dashed outline in the reported colour: visibly not a reported figure.
      format.fill.setSolidColor(DERIVED_COLORS[shade]);
      format.line.color = REPORTED_COLORS[shade];
      format.line.lineStyle = "Dash";
    } else {
      format.fill.setSolidColor(REPORTED_COLORS[shade]);
    }
  });
  const left = width + 1;
  chart.setPosition(
    sheet.getRangeByIndexes(0, left, 1, 1),
    sheet.getRangeByIndexes(17, left + 7, 1, 1),
  );
  job.sourceLines.forEach((line, i) => {
    const cell = sheet.getRangeByIndexes(18 + i, left, 1, 1);
    writeTextLine(cell, line);
    cell.format.font.italic = true;
    cell.format.font.color = CITATION_COLOR;
  });
  return CHART_NAME;
}
