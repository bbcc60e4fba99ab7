import { asCellText, isZiboFormula } from "../core";
import { TEXT_FORMAT } from "./rows";

export interface ShareableCopyResult {
  /** ZIBO formulas replaced by their values in the copy (a spilled formula counts once). */
  converted: number;
  /** The copy's name, or null when the sheet has no ZIBO formula and no copy was made. */
  copy: string | null;
  /** The worksheet that was copied; it keeps its formulas. */
  original: string;
  /** Address of the provenance note in the copy. */
  noteAddress: string | null;
}

/** Excel's limit on worksheet names. */
const MAX_SHEET_NAME = 31;

/**
 * Copies the active worksheet and, in the copy only, replaces every ZIBO formula by its current
 * value (the whole spill for array results) and notes the sources under the used range, so a
 * recipient without the add-in sees figures and sources instead of #NAME?. The original sheet is
 * not written to. Three round trips: read the formulas, read the values, copy and write.
 */
export async function makeShareableCopy(
  context: Excel.RequestContext,
  provenance: readonly string[],
  copySuffix: string,
): Promise<ShareableCopyResult> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  sheet.load("name");
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const used = sheet.getUsedRangeOrNullObject();
  used.load("formulas, rowIndex, rowCount, columnIndex");
  await context.sync();
  const none = { converted: 0, copy: null, original: sheet.name, noteAddress: null };
  if (used.isNullObject) return none;

  const anchors: { row: number; column: number; cell: Excel.Range; spill: Excel.Range }[] = [];
  used.formulas.forEach((cells, r) =>
    cells.forEach((formula, c) => {
      if (!isZiboFormula(formula)) return;
      const cell = used.getCell(r, c);
      const spill = cell.getSpillingToRangeOrNullObject();
      cell.load("values");
      spill.load("values, rowIndex, columnIndex");
      anchors.push({ row: used.rowIndex + r, column: used.columnIndex + c, cell, spill });
    }),
  );
  if (anchors.length === 0) return none;
  await context.sync();

  const name = uniqueName(
    sheet.name,
    copySuffix,
    sheets.items.map((s) => s.name),
  );
  const copy = sheet.copy("After", sheet);
  copy.name = name;
  for (const { row, column, cell, spill } of anchors) {
    const values = (spill.isNullObject ? cell.values : spill.values).map((line) =>
      line.map(asValue),
    );
    const top = spill.isNullObject ? row : spill.rowIndex;
    const left = spill.isNullObject ? column : spill.columnIndex;
    copy.getRangeByIndexes(top, left, values.length, values[0]!.length).values = values;
  }
  const note = copy.getRangeByIndexes(
    used.rowIndex + used.rowCount + 1,
    used.columnIndex,
    provenance.length,
    1,
  );
  note.numberFormat = provenance.map(() => [TEXT_FORMAT]);
  note.values = provenance.map((line) => [asCellText(line)]);
  note.load("address");
  copy.activate();
  await context.sync();
  return { converted: anchors.length, copy: name, original: sheet.name, noteAddress: note.address };
}

/** "Sheet1 (shareable)", then "(shareable 2)", …, within Excel's 31 characters. */
export function uniqueName(base: string, suffix: string, taken: readonly string[]): string {
  const lower = new Set(taken.map((t) => t.toLowerCase()));
  for (let n = 1; ; n++) {
    const tail = n === 1 ? ` (${suffix})` : ` (${suffix} ${n})`;
    const name = base.slice(0, MAX_SHEET_NAME - tail.length) + tail;
    if (!lower.has(name.toLowerCase())) return name;
  }
}

/** Values read back are written as constants; text that looks like a formula stays text. */
function asValue(value: unknown): unknown {
  return typeof value === "string" ? asCellText(value) : value;
}
