import { onDataEvent, type DataEvent } from "../data-actions";
import type { PaneStrings } from "../strings";
import { byId, setTexts } from "../ui/dom";
import type { Pane, PaneControl, PaneSection, SectionFactory } from "./section";

/**
 * The tables a refresh left as they are because the user changed them (named in the data state),
 * and the two things the user may do about it: replace them with the current figures, or insert
 * a fresh table beside each. Nothing the user wrote is overwritten without the click that says so.
 */
class EditedTablesSection implements PaneSection {
  private readonly box = byId("edited-actions");
  private readonly replaceButton = byId<HTMLButtonElement>("edited-replace");
  private readonly besideButton = byId<HTMLButtonElement>("edited-beside");
  readonly controls: PaneControl[] = [this.replaceButton, this.besideButton];
  /** The tables the last refresh or import left as the user changed them. */
  private edited: string[] = [];

  constructor(private readonly pane: Pane) {
    this.applyStrings(pane.strings);
    onDataEvent((event) => this.show(editedIn(event)));
    this.replaceButton.addEventListener("click", () => void this.act("replace"));
    this.besideButton.addEventListener("click", () => void this.act("insertBeside"));
  }

  applyStrings(s: PaneStrings): void {
    setTexts([
      ["edited-replace", s.editedReplace],
      ["edited-beside", s.editedBeside],
    ]);
  }

  datasetChanged(): void {}

  private show(names: string[] | null): void {
    if (names === null) return;
    this.edited = names;
    this.box.hidden = names.length === 0;
  }

  /** The actions load on first use (a chunk of their own), so the pane starts without them. */
  private async act(which: "replace" | "insertBeside"): Promise<void> {
    const names = [...this.edited];
    try {
      const actions = await import(/* webpackChunkName: "edited-tables" */ "../edited-tables");
      await actions[which](this.pane, names, (left) => this.show(left));
    } catch {
      // The script did not arrive: said in the reader's words; the next click asks again.
      this.pane.show("error", (s) => s.errorKnown.ChunkLoadError);
    }
  }
}

/** The tables an event's refresh left as the user changed them; null when it wrote no tables. */
function editedIn(event: DataEvent): string[] | null {
  const workbook = event.workbook;
  return workbook?.ok ? workbook.tables.editedByUser : null;
}

export const editedTablesSection: SectionFactory = (pane) => new EditedTablesSection(pane);
