// The workbook writers: each one is a batch for the write queue. Internal: the record of inserted
// tables (read and saved inside the batches that change it), how a card column and citation cells
// are written, how values land in cells (cells.ts), and the queue's factory (writeQueue: the runtime has
// one queue, runExcel).
export { errorText } from "./error-text";
export { runExcel } from "./write-queue";
export {
  insertAtSelection,
  insertBesideTable,
  insertOnNewSheet,
  type InsertOutcome,
} from "./insert-block";
export { INSERTED_TABLES_SETTING } from "./inserted-tables";
export { uniqueName, uniqueSheetName } from "./table-names";
export { writeFormula } from "./write-formula";
export { CHART_NAME, insertChart, type ChartOutcome } from "./insert-chart";
export { extendChartData, type ChartExtension } from "./extend-chart-data";
export { refreshInsertedTables, type TablesRefreshReport } from "./refresh-tables";
