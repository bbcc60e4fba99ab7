import type { Dataset } from "../../core";
import { store } from "../../data";
import type { PaneStrings } from "../strings";
import { byId, setTexts } from "../ui/dom";
import type { Catalogue } from "./catalogue";
import { drawOnFirstOpen } from "./on-first-open";
import type { Pane, PaneSection, SectionFactory, SectionNeed } from "./section";

/**
 * What is published: every span each region publishes, searchable, each writing its formula.
 * Folded at start; the grid is drawn on the first opening (see on-first-open.ts). Its entries
 * are workbook controls like any other: they wait while Excel is away or the pane is busy, and
 * an Excel that cannot write formulas marks them, says why beside them, and refuses (`pane.run`).
 */
class CatalogueSection implements PaneSection {
  private catalogue: Catalogue | null = null;
  private readonly note = byId("catalogue-unavailable");

  constructor(private readonly pane: Pane) {
    const body = byId("catalogue");
    const note = this.note;
    drawOnFirstOpen(pane, byId<HTMLDetailsElement>("catalogue-section"), (code) => {
      const write = code.formulaWriter(pane);
      const lang = pane.strings.language;
      this.catalogue = code.mountCatalogue(body, store.current, lang, { write, pane, note });
    });
    this.applyStrings(pane.strings);
  }

  /** The entries drawn now: the pane disables them while it is busy. */
  get controls(): HTMLButtonElement[] {
    return this.catalogue?.buttons ?? [];
  }

  /** The entries drawn when Excel's versions become known; those drawn later are marked as drawn. */
  get needs(): SectionNeed[] {
    return [{ action: "writeFormula", controls: this.controls, note: this.note }];
  }

  applyStrings(s: PaneStrings): void {
    setTexts([["catalogue-heading", s.catalogueHeading]]);
    this.datasetChanged(store.current);
  }

  datasetChanged(dataset: Dataset): void {
    this.catalogue?.redraw(dataset, this.pane.strings.language);
  }
}

export const catalogueSection: SectionFactory = (pane) => new CatalogueSection(pane);
