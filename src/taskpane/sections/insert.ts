import type { Dataset } from "../../core";
import { store } from "../../data";
import type { ActionReport } from "../action-runner";
import type { InsertOutcome } from "../excel";
import type { InsertBlock } from "../rows";
import type { PaneAction } from "../requirements";
import { browserStorage, type PaneStrings } from "../strings";
import { byId, setTexts } from "../ui/dom";
import type { WorkbookCode } from "../workbook-code";
import type { Pane, PaneControl, PaneSection, SectionFactory, SectionNeed } from "./section";

type InsertKind = "exports" | "parks" | "context";

/**
 * Insert tables: the exports, the parks and the context, each at the selected cell, or on a new
 * worksheet when the cells there are not empty; the exports with a column of figure cards.
 */
class InsertSection implements PaneSection {
  private readonly buttons: Record<InsertKind, HTMLButtonElement> = {
    exports: byId<HTMLButtonElement>("insert-exports"),
    parks: byId<HTMLButtonElement>("insert-parks"),
    context: byId<HTMLButtonElement>("insert-context"),
  };
  private readonly newSheetButton = byId<HTMLButtonElement>("insert-new-sheet");
  /** The exports table's column of figure cards (needs ExcelApi 1.19). */
  private readonly cardsOption = byId<HTMLInputElement>("insert-cards");
  /** The tables in 亿元 and 亿美元: a choice remembered in the browser's storage. */
  private readonly in100mOption = byId<HTMLInputElement>("insert-100m");
  /** The insert that found its target occupied, offered again on a new worksheet. */
  private pending: InsertKind | null = null;
  readonly controls: PaneControl[];
  readonly needs: SectionNeed[];

  constructor(private readonly pane: Pane) {
    const { exports, parks, context } = this.buttons;
    this.controls = [exports, parks, context, this.newSheetButton];
    this.needs = [
      { action: "insertTable", controls: this.controls, note: byId("insert-unavailable") },
      {
        action: "cardColumn",
        controls: [this.cardsOption],
        note: byId("insert-cards-unavailable"),
      },
    ];
    // Each action reports its own failures in the status line, so its promise can be let go.
    for (const kind of ["exports", "parks", "context"] as const) {
      this.buttons[kind].addEventListener("click", () => void this.insert(kind, "selection"));
    }
    this.newSheetButton.addEventListener("click", () => {
      if (this.pending) void this.insert(this.pending, "newSheet");
    });
    this.cardsOption.addEventListener("click", (event) => {
      if (pane.refused("cardColumn", (s) => s.actionAddCards)) event.preventDefault();
    });
    this.remember(this.in100mOption, "ZiboNewThree.tableUnit");
    this.applyStrings(pane.strings);
  }

  /** Restores a ticked option and keeps each change, where the browser lets the pane store it. */
  private remember(option: HTMLInputElement, name: string): void {
    const storage = browserStorage();
    const key = `${typeof Office === "undefined" ? "" : (Office.context?.partitionKey ?? "")}${name}`;
    option.checked = storage?.getItem(key) === "1";
    option.addEventListener("change", () => {
      try {
        storage?.setItem(key, option.checked ? "1" : "");
      } catch {
        // A full or blocked storage: the choice holds while the pane is open.
      }
    });
  }

  applyStrings(s: PaneStrings): void {
    setTexts([
      ["insert-heading", s.insertHeading],
      ["insert-hint", s.insertHint],
      ["insert-exports", s.insertExports],
      ["insert-cards-label", s.insertCards],
      ["insert-100m-label", s.insertIn100m],
      ["insert-parks", s.insertParks],
      ["insert-new-sheet", s.insertOnNewSheet],
      ["insert-context", s.insertContext],
    ]);
  }

  /** The tables are built from the data when an insert's turn comes, not kept. */
  datasetChanged(): void {}

  unsupported(action: PaneAction): void {
    if (action === "cardColumn") this.cardsOption.checked = false;
  }

  private block(code: WorkbookCode, kind: InsertKind, dataset: Dataset): InsertBlock {
    const strings = this.pane.strings;
    const lang = strings.language;
    const unit = this.in100mOption.checked ? "CNY_100M" : "CNY";
    if (kind === "context") return code.contextBlock(dataset, strings, lang, unit);
    const cards = this.cardsOption.checked && !this.pane.lacks("cardColumn");
    return kind === "exports"
      ? code.exportsBlock(dataset, strings, lang, { cards, unit })
      : code.parksBlock(dataset, strings, lang);
  }

  private insert(kind: InsertKind, where: "selection" | "newSheet"): Promise<void> {
    return this.pane.run({
      action: "insertTable",
      name: (t) =>
        ({
          exports: t.actionInsertExports,
          parks: t.actionInsertParks,
          context: t.actionInsertContext,
        })[kind],
      progress: (t) =>
        t.statusInserting({
          what: { exports: t.whatExports, parks: t.whatParks, context: t.whatContext }[kind],
        }),
      // After an insert on a new worksheet the offer is gone: focus goes back to the insert chosen.
      focusAfter: where === "newSheet" ? this.buttons[kind] : undefined,
      // The data is read when the queue reaches the insert: a refresh queued before it has
      // then updated the store, and one queued after it updates the new table too.
      write: (context, code) => {
        const dataset = store.current;
        const block = this.block(code, kind, dataset);
        return where === "selection"
          ? code.insertAtSelection(context, block, dataset.version)
          : code.insertOnNewSheet(context, block, dataset.version);
      },
      report: (outcome) => this.report(kind, outcome),
    });
  }

  private report(kind: InsertKind, outcome: InsertOutcome): ActionReport {
    if (outcome.status === "occupied") {
      this.offerNewSheet(kind);
      const address = outcome.address;
      return {
        kind: "warning",
        message: (s) => s.statusTargetNotEmpty({ address }),
        withdraw: () => this.offerNewSheet(null),
      };
    }
    const names = outcome.names.join(", ");
    const { newSheet, address, recordReset } = outcome;
    const message = (s: PaneStrings) =>
      newSheet
        ? s.statusInsertedNewSheet({ names, sheet: newSheet })
        : s.statusInserted({ names, address });
    return recordReset
      ? { kind: "warning", message: (s) => `${message(s)} ${s.statusRecordReset}` }
      : { kind: "success", message };
  }

  private offerNewSheet(kind: InsertKind | null): void {
    this.pending = kind;
    this.newSheetButton.hidden = kind === null;
  }
}

export const insertSection: SectionFactory = (pane) => new InsertSection(pane);
