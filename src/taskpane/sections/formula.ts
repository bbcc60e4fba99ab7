import type { Dataset } from "../../core";
import { store } from "../../data";
import type { PaneStrings } from "../strings";
import { byId, setTexts } from "../ui/dom";
import type { FormulaPicker } from "../ui/formula-picker";
import { formulaWriter } from "./formula-writer";
import { drawOnFirstOpen } from "./on-first-open";
import type { Pane, PaneControl, PaneSection, SectionFactory, SectionNeed } from "./section";

/**
 * The formula helper: a function and its parameters picked, the formula written into the cell.
 * Folded at start; the picker is built on the first opening (see on-first-open.ts).
 */
class FormulaSection implements PaneSection {
  private picker: FormulaPicker | null = null;
  readonly controls: PaneControl[] = [byId<HTMLButtonElement>("formula-insert")];
  readonly needs: SectionNeed[];

  constructor(private readonly pane: Pane) {
    drawOnFirstOpen(pane, byId<HTMLDetailsElement>("formula-section"), ({ FormulaPicker }) => {
      this.picker = new FormulaPicker(pane.strings, store.current, formulaWriter(pane), (message) =>
        pane.show("error", message),
      );
    });
    this.needs = [
      { action: "writeFormula", controls: this.controls, note: byId("formula-unavailable") },
    ];
    this.applyText(pane.strings);
  }

  applyStrings(strings: PaneStrings): void {
    this.applyText(strings);
    this.picker?.setStrings(strings);
  }

  datasetChanged(dataset: Dataset): void {
    this.picker?.setDataset(dataset);
  }

  private applyText(s: PaneStrings): void {
    setTexts([
      ["formula-heading", s.formulaHeading],
      ["formula-hint", s.formulaHint],
      ["formula-function-label", s.formulaFunctionLabel],
    ]);
  }
}

export const formulaSection: SectionFactory = (pane) => new FormulaSection(pane);
