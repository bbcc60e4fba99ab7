import { asCellText, isZiboFormula } from "../core";
import { TEXT_FORMAT } from "./rows";

export type ShareScope = "selection" | "sheet";

export interface ShareableCopyResult {
  /** ZIBO formulas replaced by their values (a spilled formula counts once). */
  converted: number;
  /** Address of the provenance note, or null when there was nothing to convert. */
  noteAddress: string | null;
}

/**
 * Replaces every ZIBO formula in the selection or the active sheet by its current value (the whole
 * spill for array results) and adds the provenance under the sheet's used range, so a recipient
 * without the add-in sees figures and sources instead of #NAME?. Nothing else changes.
 * Three round trips: read the formulas, read the spills, write.
 */
export async function makeShareableCopy(
  context: Excel.RequestContext,
  scope: ShareScope,
  provenance: readonly string[],
): Promise<ShareableCopyResult> {
  const sheet = context.workbook.worksheets.getActiveWorksheet();
  const range =
    scope === "selection" ? context.workbook.getSelectedRange() : sheet.getUsedRangeOrNullObject();
  range.load("formulas");
  const used = sheet.getUsedRangeOrNullObject();
  used.load("rowIndex, rowCount, columnIndex");
  await context.sync();
  if (range.isNullObject) return { converted: 0, noteAddress: null };

  const anchors: { cell: Excel.Range; spill: Excel.Range }[] = [];
  range.formulas.forEach((row, r) =>
    row.forEach((formula, c) => {
      if (!isZiboFormula(formula)) return;
      const cell = range.getCell(r, c);
      const spill = cell.getSpillingToRangeOrNullObject();
      cell.load("values");
      spill.load("values");
      anchors.push({ cell, spill });
    }),
  );
  if (anchors.length === 0) return { converted: 0, noteAddress: null };
  await context.sync();

  for (const { cell, spill } of anchors) {
    const target = spill.isNullObject ? cell : spill;
    target.values = target.values.map((row) => row.map(asValue));
  }
  const noteRow = used.isNullObject ? 0 : used.rowIndex + used.rowCount + 1;
  const noteColumn = used.isNullObject ? 0 : used.columnIndex;
  const note = sheet.getRangeByIndexes(noteRow, noteColumn, provenance.length, 1);
  note.numberFormat = provenance.map(() => [TEXT_FORMAT]);
  note.values = provenance.map((line) => [asCellText(line)]);
  note.load("address");
  await context.sync();
  return { converted: anchors.length, noteAddress: note.address };
}

/** Values read back are written as constants; text that looks like a formula stays text. */
function asValue(value: unknown): unknown {
  return typeof value === "string" ? asCellText(value) : value;
}
