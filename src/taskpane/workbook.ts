/*
 * Everything that writes to the workbook: building the blocks, inserting tables and charts,
 * shareable copies, formulas, and bringing inserted tables up to date. A chunk of its own, loaded
 * on the first action that needs it (see workbook-code.ts), so the pane starts without it.
 */
export {
  extendChartData,
  insertAtSelection,
  insertBesideTable,
  insertChart,
  insertOnNewSheet,
  refreshInsertedTables,
  writeFormula,
} from "./excel";
export { makeShareableCopy } from "./make-shareable-copy";
export { chartSourceLines, contextBlock, exportsBlock, parksBlock, provenanceLines } from "./rows";
