import { figureCellValue } from "../../functions/card-values";
import type { TableSpec } from "../rows";

/**
 * Queues the cards of a table's card column over the plain numbers already queued there.
 * `table` starts at the table's header row. Needs ExcelApi 1.19: callers check.
 */
export function writeCardColumn(table: Excel.Range, spec: TableSpec): void {
  if (!spec.cards || spec.cards.values.length === 0) return;
  const cells = table
    .getCell(1, spec.cards.column)
    .getResizedRange(spec.cards.values.length - 1, 0);
  const empty: Excel.EmptyCellValue = { type: "Empty", basicValue: "" };
  cells.valuesAsJson = spec.cards.values.map((card) => [card ? figureCellValue(card) : empty]);
}
