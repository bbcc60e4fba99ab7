// What the pane writes to the workbook, as plain rows and specs (no Office): the blocks, their
// layout, the chart's data and the citation lines. Internal: each table's column list and cell
// texts (exports-table.ts), the number-format codes, and the spec helpers of table-spec.ts.
export { contextBlock } from "./context-table";
export { exportsBlock, type TableUnit } from "./exports-table";
export {
  BLANK_ROWS_UNDER_TABLE,
  layoutBlock,
  rowsToBelowTable,
  type BlockLayout,
  type Placement,
} from "./layout";
export { refreshCitation, type CitationRefresh } from "./citation-refresh";
export { refreshedLines, refreshedSpec } from "./refresh-specs";
export { parksBlock } from "./parks-tables";
export { distinctSourceIds, firstSourceLink, sourcesText } from "./source-text";
export type { CellValue, InsertBlock, TableKind, TableSpec } from "./table-spec";
export { isWebLink } from "./web-link";
export { TEXT_FORMAT } from "./number-formats";
export {
  chartData,
  escapeColumnName,
  type ChartDataSpec,
  type ExportsTableView,
} from "./chart-data";
export { previewData, type PreviewBar, type PreviewData } from "./chart-preview-data";
export { provenanceLines } from "./provenance-lines";
export { chartSourceLines } from "./chart-lines";
export { chartPeriodOrder, chartRowsToAdd } from "./chart-rows-to-add";
