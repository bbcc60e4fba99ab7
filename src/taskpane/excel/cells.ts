import { asCellText } from "../../core";
import { isWebLink, TEXT_FORMAT, type CellValue, type TableSpec } from "../rows";

/*
 * How the add-in's values land in cells, the same for an insert and a refresh: data strings as
 * text, web addresses as links, citation lines as text.
 */

/** Data strings land as text: one that Excel would read as a formula gets a leading apostrophe. */
export function asCell(value: CellValue): CellValue {
  return typeof value === "string" ? asCellText(value) : value;
}

/**
 * Queues a hyperlink to itself on every web address of the spec's link column. `table` starts at
 * the table's header row.
 */
export function writeLinks(table: Excel.Range, spec: TableSpec): void {
  if (spec.linkColumn === null) return;
  const link = spec.linkColumn;
  spec.rows.forEach((row, r) => {
    const url = row[link];
    if (isWebLink(url)) table.getCell(r + 1, link).hyperlink = { address: url, textToDisplay: url };
  });
}

/** Queues one line of text (a citation, a source) into a cell, as text whatever it reads like. */
export function writeTextLine(cell: Excel.Range, line: string): void {
  cell.numberFormat = [[TEXT_FORMAT]];
  cell.values = [[asCellText(line)]];
}
