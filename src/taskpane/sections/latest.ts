import { importedFigures, listText, type Dataset } from "../../core";
import { store } from "../../data";
import type { PaneStrings } from "../strings";
import { byId } from "../ui/dom";
import { renderLatest } from "../ui/render-latest";
import type { Pane, PaneSection, SectionFactory } from "./section";

/**
 * The answer first: the dataset in use under the title (and the imported figures it holds), then
 * Zibo's newest figures. Its Refresh button and data state belong to the Data section.
 */
class LatestSection implements PaneSection {
  readonly controls = [];

  constructor(private readonly pane: Pane) {
    this.datasetChanged(store.current);
  }

  applyStrings(): void {
    this.datasetChanged(store.current);
  }

  datasetChanged(dataset: Dataset): void {
    const s: PaneStrings = this.pane.strings;
    const lang = s.language;
    byId("dataset-info").textContent = s.datasetLine({
      version: dataset.version,
      asOf: dataset.asOf,
    });
    const imported = importedFigures(dataset);
    const note = byId("imported-note");
    const list = (items: string[]) => listText(items, lang);
    note.textContent = imported
      ? s.importedInUse({ figures: list(imported.figures), files: list(imported.sources) })
      : "";
    note.hidden = !imported;
    renderLatest(dataset, s);
  }
}

export const latestSection: SectionFactory = (pane) => new LatestSection(pane);
