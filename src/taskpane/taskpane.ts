import { type Dataset, type Language } from "../core";
import { store } from "../data";
import {
  errorText,
  insertAtSelection,
  insertOnNewSheet,
  writeFormula,
  type InsertOutcome,
} from "./excel";
import { exportsBlock, parksBlock, type InsertBlock } from "./rows";
import { browserStorage, LanguageChoice, paneStrings, type PaneStrings } from "./strings";
import { byId } from "./ui/dom";
import { mountLanguageSwitch } from "./ui/language-switch";
import { labelFormulaHelper, renderFormulaHelper } from "./ui/render-formula-helper";
import { renderSources } from "./ui/render-sources";
import { StatusLine } from "./ui/status-line";

type InsertKind = "exports" | "parks";

/** The pane: wires the page to the dataset store and to Excel. Only this file calls Excel.run. */
class TaskPane {
  private readonly status = new StatusLine(byId("status"));
  private readonly newSheetButton = byId<HTMLButtonElement>("insert-new-sheet");
  private readonly actionButtons: HTMLButtonElement[];
  /** The insert that found its target occupied, offered again on a new worksheet. */
  private pending: InsertKind | null = null;

  private lang: Language;

  constructor(private strings: PaneStrings) {
    this.lang = strings.language;
    this.applyStaticText();
    const exportsButton = byId<HTMLButtonElement>("insert-exports");
    const parksButton = byId<HTMLButtonElement>("insert-parks");
    // Each action reports its own failures in the status line, so its promise can be let go.
    exportsButton.addEventListener("click", () => void this.insert("exports", "selection"));
    parksButton.addEventListener("click", () => void this.insert("parks", "selection"));
    this.newSheetButton.addEventListener("click", () => {
      if (this.pending) void this.insert(this.pending, "newSheet");
    });
    const formulaButtons = renderFormulaHelper(
      byId("formula-list"),
      strings,
      (formula) => void this.writeFormula(formula),
    );
    this.actionButtons = [exportsButton, parksButton, this.newSheetButton, ...formulaButtons];
    this.showDataset(store.current);
    store.subscribe((dataset) => this.showDataset(dataset));
  }

  /** For a host other than Excel: everything is shown, nothing can be inserted. */
  disableExcelActions(): void {
    for (const button of this.actionButtons) button.disabled = true;
    this.status.show("error", this.strings.statusNotExcel);
  }

  /** Shows the pane in another language in place: the runtime, shared with the functions, stays. */
  setStrings(strings: PaneStrings, remembered: boolean): void {
    this.strings = strings;
    this.lang = strings.language;
    this.applyStaticText();
    labelFormulaHelper([...byId("formula-list").querySelectorAll("button")], strings);
    this.showDataset(store.current);
    if (remembered) this.status.clear();
    else this.status.show("warning", strings.languageNotRemembered);
  }

  private applyStaticText(): void {
    const s = this.strings;
    document.documentElement.lang = s.htmlLang;
    document.title = s.appTitle;
    const texts: [string, string][] = [
      ["app-title", s.appTitle],
      ["insert-heading", s.insertHeading],
      ["insert-hint", s.insertHint],
      ["insert-exports", s.insertExports],
      ["insert-parks", s.insertParks],
      ["insert-new-sheet", s.insertOnNewSheet],
      ["formula-heading", s.formulaHeading],
      ["formula-hint", s.formulaHint],
      ["sources-heading", s.sourcesHeading],
    ];
    for (const [id, text] of texts) byId(id).textContent = text;
  }

  private showDataset(dataset: Dataset): void {
    byId("dataset-info").textContent = this.strings.datasetLine({
      version: dataset.version,
      asOf: dataset.asOf,
    });
    renderSources(byId("sources"), dataset, this.strings, this.lang);
  }

  private block(kind: InsertKind, dataset: Dataset): InsertBlock {
    return kind === "exports"
      ? exportsBlock(dataset, this.strings, this.lang)
      : parksBlock(dataset, this.strings, this.lang);
  }

  private async insert(kind: InsertKind, where: "selection" | "newSheet"): Promise<void> {
    const s = this.strings;
    const dataset = store.current;
    this.offerNewSheet(null);
    await this.busy(
      s.statusInserting({ what: kind === "exports" ? s.whatExports : s.whatParks }),
      async () => {
        try {
          const block = this.block(kind, dataset);
          const outcome = await Excel.run((context) =>
            where === "selection"
              ? insertAtSelection(context, block, dataset.version)
              : insertOnNewSheet(context, block, dataset.version),
          );
          this.report(kind, outcome);
        } catch (error) {
          const action = kind === "exports" ? s.actionInsertExports : s.actionInsertParks;
          this.status.show("error", s.statusFailed({ action, reason: errorText(error) }));
        }
      },
    );
  }

  private report(kind: InsertKind, outcome: InsertOutcome): void {
    const s = this.strings;
    if (outcome.status === "occupied") {
      this.offerNewSheet(kind);
      this.status.show("warning", s.statusTargetNotEmpty({ address: outcome.address }));
      return;
    }
    const names = outcome.names.join(", ");
    const message = outcome.newSheet
      ? s.statusInsertedNewSheet({ names, sheet: outcome.newSheet })
      : s.statusInserted({ names, address: outcome.address });
    this.status.show(
      outcome.recordReset ? "warning" : "success",
      outcome.recordReset ? `${message} ${s.statusRecordReset}` : message,
    );
  }

  private async writeFormula(formula: string): Promise<void> {
    const s = this.strings;
    this.offerNewSheet(null);
    await this.busy(s.statusWorking, async () => {
      try {
        const outcome = await Excel.run((context) => writeFormula(context, formula));
        this.status.show(
          outcome.status === "written" ? "success" : "warning",
          outcome.status === "written"
            ? s.statusFormulaWritten({ formula, address: outcome.address })
            : s.statusCellNotEmpty({ address: outcome.address }),
        );
      } catch (error) {
        this.status.show(
          "error",
          s.statusFailed({ action: s.actionWriteFormula, reason: errorText(error) }),
        );
      }
    });
  }

  private offerNewSheet(kind: InsertKind | null): void {
    this.pending = kind;
    this.newSheetButton.hidden = kind === null;
  }

  /** Runs one action at a time: the buttons are disabled while Excel works. */
  private async busy(progress: string, work: () => Promise<void>): Promise<void> {
    const main = byId("main");
    const focused = document.activeElement;
    main.setAttribute("aria-busy", "true");
    for (const button of this.actionButtons) button.disabled = true;
    this.status.show("progress", progress);
    try {
      await work();
    } finally {
      for (const button of this.actionButtons) button.disabled = false;
      main.removeAttribute("aria-busy");
      // Disabling a button drops its focus; give it back so keyboard users keep their place
      // (to the first action when that button is gone, as the new-worksheet offer goes).
      const target =
        focused instanceof HTMLElement && !focused.hidden ? focused : this.actionButtons[0];
      target.focus();
    }
  }
}

Office.onReady((info) => {
  const choice = new LanguageChoice(
    browserStorage(),
    Office.context.displayLanguage,
    Office.context.partitionKey,
  );
  const pane = new TaskPane(paneStrings(choice.language));
  mountLanguageSwitch(
    byId<HTMLSelectElement>("language-select"),
    byId("language-label"),
    choice,
    (strings, remembered) => pane.setStrings(strings, remembered),
  );
  if (info.host !== Office.HostType.Excel) pane.disableExcelActions();
});
