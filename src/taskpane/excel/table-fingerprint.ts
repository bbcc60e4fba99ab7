import type { TableSpec } from "../rows";

/**
 * A short fingerprint of a table's body as the add-in wrote it: its size and every cell's value
 * as Excel reads it back (text without the apostrophe that keeps it text, numbers as numbers).
 * A refresh rewrites a table only while its body still gives the fingerprint recorded at the last
 * write; a cell the user changed, a row added or deleted, gives another. The column of figure
 * cards is left out: Excel reads a card back as its own value, not as the number written there.
 */
export function tableFingerprint(
  rows: readonly (readonly unknown[])[],
  skipColumn?: number,
): string {
  let hash = 0x811c9dc5;
  const add = (text: string) => {
    for (let i = 0; i < text.length; i++) {
      hash ^= text.charCodeAt(i);
      hash = Math.imul(hash, 0x01000193) >>> 0;
    }
  };
  for (const row of rows) {
    row.forEach((value, column) => {
      if (column !== skipColumn) add(`${cellKey(value)}\u0001`);
    });
    add("\u0002");
  }
  const columns = rows[0]?.length ?? 0;
  return `${rows.length}x${columns}:${hash.toString(16).padStart(8, "0")}`;
}

/** The fingerprint of what a write of `spec` leaves in the table's body. */
export function specFingerprint(spec: TableSpec): string {
  return tableFingerprint(spec.rows, spec.cards?.column);
}

/**
 * A value as Excel reads it back: anything empty as "", a number as its shortest text (a number
 * kept as text reads the same, so a cell's format alone never looks like an edit).
 */
function cellKey(value: unknown): string {
  return value === null || value === undefined ? "" : String(value);
}
