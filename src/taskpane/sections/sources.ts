import type { Dataset } from "../../core";
import { store } from "../../data";
import type { PaneStrings } from "../strings";
import { byId, setTexts } from "../ui/dom";
import { renderSources } from "../ui/render-sources";
import type { Pane, PaneSection, SectionFactory } from "./section";

/** Sources and notes: every source with its link, every derived figure's working, scopes, notes. */
class SourcesSection implements PaneSection {
  readonly controls = [];

  constructor(private readonly pane: Pane) {
    this.applyStrings(pane.strings);
  }

  applyStrings(s: PaneStrings): void {
    setTexts([["sources-heading", s.sourcesHeading]]);
    this.datasetChanged(store.current);
  }

  datasetChanged(dataset: Dataset): void {
    const s = this.pane.strings;
    renderSources(byId("sources"), dataset, s, s.language);
  }
}

export const sourcesSection: SectionFactory = (pane) => new SourcesSection(pane);
