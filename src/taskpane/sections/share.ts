import { store } from "../../data";
import type { PaneStrings } from "../strings";
import { byId, setTexts } from "../ui/dom";
import type { Pane, PaneControl, PaneSection, SectionFactory, SectionNeed } from "./section";

/** The shareable copy: the sheet copied with its ZIBO formulas as values and their sources noted. */
class ShareSection implements PaneSection {
  private readonly button = byId<HTMLButtonElement>("make-shareable-copy");
  readonly controls: PaneControl[] = [this.button];
  readonly needs: SectionNeed[] = [
    { action: "shareableCopy", controls: [this.button], note: byId("share-unavailable") },
  ];

  constructor(private readonly pane: Pane) {
    this.button.addEventListener("click", () => void this.shareableCopy());
    this.applyStrings(pane.strings);
  }

  applyStrings(s: PaneStrings): void {
    setTexts([
      ["share-heading", s.shareHeading],
      ["share-hint", s.shareHint],
      ["make-shareable-copy", s.makeShareableCopy],
    ]);
  }

  /** The note is written from the data when the copy is made, not kept. */
  datasetChanged(): void {}

  private shareableCopy(): Promise<void> {
    const s = this.pane.strings;
    return this.pane.run({
      action: "shareableCopy",
      name: (t) => t.actionShare,
      write: (context, { makeShareableCopy, provenanceLines }) =>
        makeShareableCopy(context, provenanceLines(store.current, s), s.shareCopySuffix),
      report: ({ copy, converted: count, original }) =>
        copy === null
          ? { kind: "warning", message: (t) => t.statusShareNothing }
          : {
              kind: "success",
              message: (t) => t.statusSharedCopy({ count, sheet: copy, original }),
            },
    });
  }
}

export const shareSection: SectionFactory = (pane) => new ShareSection(pane);
