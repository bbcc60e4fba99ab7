import { chartPeriodOrder, chartRowsToAdd } from "../rows";
import { loadInsertedTables, readInsertedTables } from "./inserted-tables";

export interface ChartExtension {
  /** The chart's table. */
  table: string;
  /** Quarters added as rows; the chart bound to the table takes them in. */
  added: string[];
}

/**
 * After a refresh adds quarters to the exports tables, gives each chart's table (kind
 * "chartData" in the inserted-tables record) a row per new quarter, so its chart grows. Three
 * round trips: the record, the tables' cells, the new rows. A quarter published late takes its
 * place in time order. Tables the user deleted or rebuilt by hand are left alone.
 */
export async function extendChartData(context: Excel.RequestContext): Promise<ChartExtension[]> {
  const setting = loadInsertedTables(context);
  const tables = context.workbook.tables;
  tables.load("items/name");
  await context.sync();

  const existing = new Set(tables.items.map((t) => t.name));
  const record = readInsertedTables(setting).tables.filter((t) => existing.has(t.name));
  const charts = record
    .filter((t) => t.kind === "chartData")
    .map((t) => {
      const table = tables.getItem(t.name);
      const body = table.getDataBodyRange();
      body.load("formulas, rowIndex");
      return { name: t.name, table, body };
    });
  if (charts.length === 0) return [];
  const periodColumns = record
    .filter((t) => t.kind === "exports" && t.columns.includes("period"))
    .map((t) => {
      const column = tables
        .getItem(t.name)
        .columns.getItemAt(t.columns.indexOf("period"))
        .getDataBodyRange();
      column.load("values");
      return column;
    });
  await context.sync();

  const periods = periodColumns.flatMap((column) => column.values.map((row) => row[0]));
  const extensions: ChartExtension[] = [];
  for (const { name, table, body } of charts) {
    const rows = chartRowsToAdd(body.formulas, periods, body.rowIndex + 1);
    if (!rows || rows.length === 0) continue;
    table.rows.add(undefined, rows);
    const order = chartPeriodOrder(body.formulas, rows);
    if (order) table.columns.getItemAt(0).getDataBodyRange().values = order.map((p) => [p]);
    extensions.push({ table: name, added: rows.map((row) => String(row[0])) });
  }
  if (extensions.length > 0) await context.sync();
  return extensions;
}
