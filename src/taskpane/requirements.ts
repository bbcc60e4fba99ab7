/**
 * Which version of the Excel JavaScript API (the ExcelApi requirement set) each of the pane's
 * actions needs: the highest set among the members its Excel writer uses. The manifest asks only
 * for what every part of the add-in needs, so an older Excel still gets the functions and the
 * actions it can run; the others are shown as unavailable, with the reason. docs/requirements.md
 * lists the members behind each version.
 */
export type PaneAction =
  "insertTable" | "insertChart" | "shareableCopy" | "writeFormula" | "updateTables" | "cardColumn";

/** A version of ExcelApi, written as Office compares it: "1.12" is after "1.7". */
export type ExcelApiVersion = `1.${number}`;

export const ACTION_EXCEL_API: Readonly<Record<PaneAction, ExcelApiVersion>> = {
  // Range.hyperlink for the source links.
  insertTable: "1.7",
  // Worksheet.getRangeByIndexes and ChartLineFormat.lineStyle for the derived series' outline.
  insertChart: "1.7",
  // Range.getSpillingToRangeOrNullObject, to replace a whole spill by its values.
  shareableCopy: "1.12",
  // Range.formulas on the selected cell.
  writeFormula: "1.1",
  // Range.hyperlink again, when a refresh rewrites a table's rows.
  updateTables: "1.7",
  // Range.valuesAsJson (1.16) holding numbers with properties (DoubleCellValue.properties, 1.19):
  // the exports table's column of figure cards, written on insert and on refresh.
  cardColumn: "1.19",
};

/** Answers whether the host has this version of ExcelApi (or a later one). */
export type SupportsExcelApi = (version: ExcelApiVersion) => boolean;

/** The version the action needs when the host lacks it, else null. */
export function missingExcelApi(
  action: PaneAction,
  supports: SupportsExcelApi,
): ExcelApiVersion | null {
  const version = ACTION_EXCEL_API[action];
  return supports(version) ? null : version;
}
