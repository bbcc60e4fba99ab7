import type { FigureCard, Language } from "../../core";

/** What one cell receives: a number, text, or "" for an empty cell (a value nobody publishes). */
export type CellValue = string | number;

/** The tables the pane inserts; each kind has its own name prefix in the workbook. */
export type TableKind = "exports" | "parks" | "parkNotes" | "context" | "chartData";

/** One Excel table, Office-free: headers, rows and how each column is shown. */
export interface TableSpec {
  kind: TableKind;
  /**
   * A stable key per column ("period", "cnyMn", …), the same in every language: a refresh maps a
   * table's columns by these, whatever language its headers were written in.
   */
  columns: readonly string[];
  headers: readonly string[];
  rows: readonly (readonly CellValue[])[];
  /** One Excel number format per column, applied to the data rows. */
  numberFormats: readonly string[];
  /** A column whose text is a web address, made a hyperlink to itself; null when none. */
  linkColumn: number | null;
  /** Long-text columns: given a fixed width and wrapped rather than fitted to their longest line. */
  wrapColumns: readonly number[];
  /**
   * A column of figure cards: its rows hold the plain numbers, and where Excel shows cards the
   * writer replaces each with the number carrying its card (one per row; null where the row has
   * no number, as for a figure published only as a growth rate).
   */
  cards?: { column: number; values: readonly (FigureCard | null)[] };
}

/** Everything one insert puts on a sheet: tables one under another, then citation lines. */
export interface InsertBlock {
  tables: readonly TableSpec[];
  lines: readonly string[];
  /** The language of the headers and lines: a refresh rewrites the lines in it. */
  language: Language;
  /** Base name of the worksheet when the block goes on a new one. */
  sheetName: string;
}

/**
 * The table without some of its columns, its formats, link, wrapped and card columns following: a
 * Chinese table drops the "Chinese name" column that would repeat its name column word for word.
 */
export function withoutColumns(table: TableSpec, drop: readonly string[]): TableSpec {
  const keep = table.columns.flatMap((key, i) => (drop.includes(key) ? [] : [i]));
  const pick = <T>(cells: readonly T[]) => keep.map((i) => cells[i]);
  const moved = (i: number) => keep.indexOf(i);
  return {
    ...table,
    columns: pick(table.columns),
    headers: pick(table.headers),
    rows: table.rows.map(pick),
    numberFormats: pick(table.numberFormats),
    linkColumn:
      table.linkColumn === null || moved(table.linkColumn) < 0 ? null : moved(table.linkColumn),
    wrapColumns: table.wrapColumns.map(moved).filter((i) => i >= 0),
    ...(table.cards && moved(table.cards.column) >= 0
      ? { cards: { ...table.cards, column: moved(table.cards.column) } }
      : {}),
  };
}

/** How a block is laid out: as inserted now, or with every column, as tables inserted earlier are. */
export interface BlockOptions {
  allColumns?: boolean;
}
