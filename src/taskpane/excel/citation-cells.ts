import { BLANK_ROWS_UNDER_TABLE, rowsToBelowTable, type CitationRefresh } from "../rows";
import { writeTextLine } from "./cells";

/**
 * Queues the read of the cells where `count` citation lines sit under a table: its first column,
 * past the blank row under its last row. Pass the result to `citationTexts` after a sync.
 */
export function loadCitationCells(body: Excel.Range, count: number): Excel.Range {
  const cells = body.getColumn(0).getRowsBelow(BLANK_ROWS_UNDER_TABLE + count);
  cells.load("values");
  return cells;
}

/** What each citation cell loaded by `loadCitationCells` holds, first line first. */
export function citationTexts(cells: Excel.Range): unknown[] {
  return cells.values.slice(BLANK_ROWS_UNDER_TABLE).map((row) => row[0]);
}

/**
 * Queues the rewrite of citation lines under a table that holds `bodyRows` rows once its rows are
 * added or deleted, which push the cells under it down or pull them up. The lines are found from
 * the header row: rows added to a table above move it, and an Excel range follows its cells.
 */
export function writeCitationLines(
  header: Excel.Range,
  bodyRows: number,
  writes: CitationRefresh["writes"],
): void {
  const first = header.getCell(0, 0).getOffsetRange(rowsToBelowTable(bodyRows), 0);
  for (const { line, text } of writes) {
    writeTextLine(first.getOffsetRange(line, 0), text);
  }
}
