import type { Dataset } from "../../core";
import { store } from "../../data";
import type { PaneStrings } from "../strings";
import { byId, setTexts } from "../ui/dom";
import type { Catalogue } from "./catalogue";
import { drawOnFirstOpen } from "./on-first-open";
import type { Pane, PaneSection, SectionFactory } from "./section";

/**
 * What is published: every span each region publishes, searchable, each writing its formula.
 * Folded at start; the grid is drawn on the first opening (see on-first-open.ts). An Excel
 * that cannot write formulas refuses, with the reason, when an entry is chosen (`pane.run`).
 */
class CatalogueSection implements PaneSection {
  private catalogue: Catalogue | null = null;

  constructor(private readonly pane: Pane) {
    const body = byId("catalogue");
    drawOnFirstOpen(pane, byId<HTMLDetailsElement>("catalogue-section"), (code) => {
      const write = code.formulaWriter(pane);
      this.catalogue = code.mountCatalogue(body, store.current, pane.strings.language, { write });
    });
    this.applyStrings(pane.strings);
  }

  /** The entries drawn now: the pane disables them while it is busy. */
  get controls(): HTMLButtonElement[] {
    return this.catalogue?.buttons ?? [];
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
