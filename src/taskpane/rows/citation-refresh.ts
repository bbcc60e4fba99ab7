export interface CitationRefresh {
  /** The lines to rewrite, by their position under the table, with their new text. */
  writes: { line: number; text: string }[];
  /** What the add-in's lines read after the refresh, to record for the next one. */
  lines: string[];
  /** Some line no longer reads what the add-in wrote: the user changed or moved it. */
  leftAlone: boolean;
}

/**
 * What a refresh does with the citation lines under a table. A cell is the user's as soon as it
 * no longer reads exactly what the add-in wrote there, so only lines that still do are rewritten;
 * the others keep their recorded text, which the cell will not match again unless the user puts
 * it back. Lines are paired by position: an insert of a kind always writes the same number.
 */
export function refreshCitation(
  written: readonly string[],
  found: readonly unknown[],
  current: readonly string[],
): CitationRefresh {
  const writes: CitationRefresh["writes"] = [];
  let leftAlone = false;
  const lines = written.map((text, line) => {
    const next = current[line] ?? text;
    if (found[line] === next) return next;
    if (found[line] !== text) {
      leftAlone = true;
      return text;
    }
    if (next !== text) writes.push({ line, text: next });
    return next;
  });
  return { writes, lines, leftAlone };
}
