import type { Pane } from "./section";

/**
 * Writes a formula at the selection the one way the pane writes (`pane.run`: the workbook queue)
 * and says how it went: the formula helper and the catalogue write alike.
 */
export function formulaWriter(pane: Pane): (formula: string) => void {
  return (formula) =>
    void pane.run({
      action: "writeFormula",
      name: (s) => s.actionWriteFormula,
      write: (context, { writeFormula }) => writeFormula(context, formula),
      report: ({ status, address }) =>
        status === "written"
          ? { kind: "success", message: (s) => s.statusFormulaWritten({ formula, address }) }
          : { kind: "warning", message: (s) => s.statusCellNotEmpty({ address }) },
    });
}
