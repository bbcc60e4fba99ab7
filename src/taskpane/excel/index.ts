export { errorText } from "./error-text";
export { runExcel } from "./write-queue";
export { insertAtSelection, insertOnNewSheet, type InsertOutcome } from "./insert-block";
export {
  INSERTED_TABLES_SETTING,
  type InsertedTable,
  type InsertedTablesRecord,
} from "./inserted-tables";
export { TABLE_PREFIX, uniqueName, uniqueSheetName } from "./table-names";
export { writeFormula, type WriteFormulaOutcome } from "./write-formula";
export { CHART_NAME, insertChart, type ChartJob, type ChartOutcome } from "./insert-chart";
export { extendChartData, type ChartExtension } from "./extend-chart-data";
