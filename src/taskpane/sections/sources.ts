import type { Dataset } from "../../core";
import { store } from "../../data";
import type { PaneStrings } from "../strings";
import { byId, setTexts } from "../ui/dom";
import type { FoldedCode } from "./folded-code";
import { drawOnFirstOpen } from "./on-first-open";
import type { Pane, PaneSection, SectionFactory } from "./section";

/**
 * Sources and notes: every source with its link, every derived figure's working, scopes, notes.
 * Folded at start; the list is drawn on the first opening (see on-first-open.ts).
 */
class SourcesSection implements PaneSection {
  readonly controls = [];
  private render: FoldedCode["renderSources"] | null = null;

  constructor(private readonly pane: Pane) {
    this.applyStrings(pane.strings);
    drawOnFirstOpen(pane, byId<HTMLDetailsElement>("sources-section"), ({ renderSources }) => {
      this.render = renderSources;
      this.datasetChanged(store.current);
    });
  }

  applyStrings(s: PaneStrings): void {
    setTexts([["sources-heading", s.sourcesHeading]]);
    this.datasetChanged(store.current);
  }

  datasetChanged(dataset: Dataset): void {
    const s = this.pane.strings;
    this.render?.(byId("sources"), dataset, s, s.language);
  }
}

export const sourcesSection: SectionFactory = (pane) => new SourcesSection(pane);
