import type { InsertBlock, TableSpec } from "./table-spec";

export interface Placement {
  table: TableSpec;
  /** Rows below the insert's top-left cell where the table's header row goes. */
  rowOffset: number;
}

export interface BlockLayout {
  placements: Placement[];
  /** Row offset of each citation line. */
  lineOffsets: number[];
  /** The rectangle the insert covers, from its top-left cell: checked empty before writing. */
  height: number;
  width: number;
}

/** Blank rows between a table and what comes under it: the next table, or the citation lines. */
export const BLANK_ROWS_UNDER_TABLE = 1;

/**
 * Rows from a table's header row down to what comes under it, when the table holds `bodyRows`
 * rows. A refresh that adds or deletes rows finds the citation lines again with it.
 */
export function rowsToBelowTable(bodyRows: number): number {
  return 1 + bodyRows + BLANK_ROWS_UNDER_TABLE;
}

/** Tables one under another with a blank row between, then a blank row and the citation lines. */
export function layoutBlock(block: InsertBlock): BlockLayout {
  let row = 0;
  const placements = block.tables.map((table) => {
    const placement = { table, rowOffset: row };
    row += rowsToBelowTable(table.rows.length);
    return placement;
  });
  const lineOffsets = block.lines.map((_, i) => row + i);
  const height = Math.max(1, row + block.lines.length - (block.lines.length === 0 ? 1 : 0));
  const width = Math.max(1, ...block.tables.map((t) => t.headers.length));
  return { placements, lineOffsets, height, width };
}
