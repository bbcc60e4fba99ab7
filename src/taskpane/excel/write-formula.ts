export type WriteFormulaOutcome =
  { status: "written"; address: string } | { status: "occupied"; address: string };

/**
 * Writes a formula into the selected cell (the top-left one of a selected range) through
 * `range.formulas`, which takes the invariant English function names in every display language.
 * Two round trips: read the cell, then write; a cell that holds something is left alone.
 */
export async function writeFormula(
  context: Excel.RequestContext,
  formula: string,
): Promise<WriteFormulaOutcome> {
  const cell = context.workbook.getSelectedRange().getCell(0, 0);
  cell.load("address, formulas, values");
  await context.sync();
  // A spilled cell has a value but no formula of its own; writing there would block the spill.
  if (cell.formulas[0][0] !== "" || cell.values[0][0] !== "") {
    return { status: "occupied", address: cell.address };
  }
  cell.formulas = [[formula]];
  await context.sync();
  return { status: "written", address: cell.address };
}
