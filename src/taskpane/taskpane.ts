import {
  CATEGORIES,
  CATEGORY_CODES,
  importedFigures,
  leadMeasure,
  type CategoryCode,
  type Dataset,
  type Language,
} from "../core";
import { loadDataService } from "../data/on-demand";
import { store } from "../data/runtime-store";
import type { InsertOutcome } from "./excel/insert-block";
import type { InsertBlock } from "./rows/table-spec";
import { runExcel } from "./excel/write-queue";
import { BusyCounter } from "./busy";
import { DataControls } from "./data-controls";
import { startDataAndUpdate } from "./data-actions";
import { supportsExcelApi } from "./office-support";
import {
  ACTION_EXCEL_API,
  missingExcelApi,
  type ExcelApiVersion,
  type PaneAction,
  type SupportsExcelApi,
} from "./requirements";
import { previewData } from "./rows/chart-preview-data";
import {
  browserStorage,
  LanguageChoice,
  loadPaneStrings,
  paneStrings,
  type PaneStrings,
} from "./strings";
import { byId } from "./ui/dom";
import { mountLanguageSwitch } from "./ui/language-switch";
import { renderChartPreview } from "./ui/render-chart-preview";
import { errorMessage } from "./ui/error-message";
import { FormulaPicker } from "./ui/formula-picker";
import { renderLatest } from "./ui/render-latest";
import { renderSources } from "./ui/render-sources";
import { StatusLine, type Message, type StatusKind } from "./ui/status-line";
import { markUnavailable } from "./ui/unavailable";
import { applyOfficeTheme } from "./ui/theme";
import { workbookCode, type WorkbookCode } from "./workbook-code";
import { registerRibbonCommands } from "../commands/ribbon-commands";

type InsertKind = "exports" | "parks" | "context";

/** The buttons of one action, and the note in their section that says when Excel lacks its API. */
interface ActionGroup {
  action: PaneAction;
  buttons: HTMLButtonElement[];
  note: HTMLElement;
}

/** The pane: wires the page to the dataset store and to Excel, through the workbook queue. */
class TaskPane {
  private readonly status: StatusLine;
  private readonly formulas: FormulaPicker;
  private readonly newSheetButton = byId<HTMLButtonElement>("insert-new-sheet");
  /** The exports table's column of figure cards (needs ExcelApi 1.19). */
  private readonly cardsOption = byId<HTMLInputElement>("insert-cards");
  /** Everything that starts work: disabled while the pane is busy. */
  private readonly actionButtons: (HTMLButtonElement | HTMLInputElement)[];
  private readonly busyState = new BusyCounter(
    () => this.disableWhileBusy(),
    () => this.enableAfterBusy(),
  );
  private focusedBeforeBusy: Element | null = null;
  /** Where focus goes when the busy work ends, when not back where it was. */
  private focusAfterBusy: HTMLElement | null = null;
  private readonly groups: ActionGroup[];
  /** Actions this Excel cannot run, with the ExcelApi version each needs. */
  private readonly missing = new Map<PaneAction, ExcelApiVersion>();
  /** The insert that found its target occupied, offered again on a new worksheet. */
  private pending: InsertKind | null = null;

  private lang: Language;
  private readonly insertButtons: Record<InsertKind, HTMLButtonElement>;
  private readonly chartCategory = byId<HTMLSelectElement>("chart-category");
  readonly data: DataControls;

  constructor(private strings: PaneStrings) {
    this.lang = strings.language;
    this.status = new StatusLine(
      byId("status"),
      byId<HTMLButtonElement>("status-dismiss"),
      strings,
    );
    const exportsButton = byId<HTMLButtonElement>("insert-exports");
    const parksButton = byId<HTMLButtonElement>("insert-parks");
    const contextButton = byId<HTMLButtonElement>("insert-context");
    const chartButton = byId<HTMLButtonElement>("insert-chart");
    const shareButton = byId<HTMLButtonElement>("make-shareable-copy");
    // Each action reports its own failures in the status line, so its promise can be let go.
    exportsButton.addEventListener("click", () => void this.insert("exports", "selection"));
    parksButton.addEventListener("click", () => void this.insert("parks", "selection"));
    contextButton.addEventListener("click", () => void this.insert("context", "selection"));
    chartButton.addEventListener("click", () => void this.insertChart());
    shareButton.addEventListener("click", () => void this.shareableCopy());
    this.cardsOption.addEventListener("click", (event) => {
      if (this.refused("cardColumn", (s) => s.actionAddCards)) event.preventDefault();
    });
    this.fillChartCategories(store.current);
    this.chartCategory.addEventListener("change", () => this.showChartPreview(store.current));
    this.newSheetButton.addEventListener("click", () => {
      if (this.pending) void this.insert(this.pending, "newSheet");
    });
    this.insertButtons = { exports: exportsButton, parks: parksButton, context: contextButton };
    this.data = new DataControls(
      strings,
      (progress, work) => this.busy(progress, work),
      (kind, message) => this.status.show(kind, message),
    );
    this.formulas = new FormulaPicker(
      strings,
      store.current,
      (formula) => void this.writeFormula(formula),
      (message) => this.status.show("error", message),
    );
    const formulaButtons = [this.formulas.insertButton];
    this.actionButtons = [
      ...this.data.controls,
      exportsButton,
      parksButton,
      contextButton,
      this.newSheetButton,
      chartButton,
      shareButton,
      ...formulaButtons,
    ];
    this.groups = [
      {
        action: "insertTable",
        buttons: [exportsButton, parksButton, contextButton, this.newSheetButton],
        note: byId("insert-unavailable"),
      },
      { action: "insertChart", buttons: [chartButton], note: byId("chart-unavailable") },
      { action: "shareableCopy", buttons: [shareButton], note: byId("share-unavailable") },
      { action: "writeFormula", buttons: formulaButtons, note: byId("formula-unavailable") },
    ];
    this.applyStaticText();
    this.showDataset(store.current);
    store.subscribe((dataset) => this.datasetChanged(dataset));
  }

  /** For a host other than Excel: everything is shown, nothing can be inserted. */
  disableExcelActions(): void {
    for (const button of this.actionButtons) button.disabled = true;
    this.status.show("error", (s) => s.statusNotExcel);
  }

  /** Office has not answered yet: nothing can reach Excel, and the pane says why. */
  officeSilent(): void {
    for (const control of this.actionButtons) control.disabled = true;
    this.status.show("warning", (t) => t.statusOfficeSilent);
  }

  /** Excel answered, perhaps after `officeSilent`: the actions are open again. */
  excelConnected(): void {
    if (!this.actionButtons.some((control) => control.disabled)) return;
    for (const control of this.actionButtons) control.disabled = false;
    this.status.clear();
  }

  /** Marks the actions whose ExcelApi version this Excel lacks, and says why beside them. */
  markUnsupported(supports: SupportsExcelApi): void {
    for (const { action, buttons, note } of this.groups) {
      const version = missingExcelApi(action, supports);
      if (!version) continue;
      this.missing.set(action, version);
      for (const button of buttons) markUnavailable(button, note);
    }
    const cards = missingExcelApi("cardColumn", supports);
    if (cards) {
      this.missing.set("cardColumn", cards);
      this.cardsOption.checked = false;
      markUnavailable(this.cardsOption, byId("insert-cards-unavailable"));
    }
  }

  /** Says why, instead of running, when Excel lacks what the action needs. */
  private refused(action: PaneAction, actionText: (s: PaneStrings) => string): boolean {
    const version = this.missing.get(action);
    if (!version) return false;
    this.status.show("warning", (s) =>
      s.statusFailed({ action: actionText(s), reason: s.needsExcelApi({ version }) }),
    );
    return true;
  }

  /** An action failed: what it was, then the error in plain words with its raw detail. */
  private failed(actionText: (s: PaneStrings) => string, error: unknown): void {
    this.status.show("error", (s) =>
      s.statusFailed({ action: actionText(s), reason: errorMessage(error, s) }),
    );
  }

  /** Shows the pane in another language in place: the runtime, shared with the functions, stays. */
  setStrings(strings: PaneStrings, remembered: boolean): void {
    this.strings = strings;
    this.lang = strings.language;
    this.applyStaticText();
    this.data.setStrings(strings);
    this.formulas.setStrings(strings);
    this.fillChartCategories(store.current);
    this.showDataset(store.current);
    // The last result stays, in the new language.
    this.status.setStrings(strings);
    if (!remembered) this.status.show("warning", (s) => s.languageNotRemembered);
  }

  /** The chosen language's strings could not be fetched: the pane stays as it is and says so. */
  languageNotLoaded(): void {
    this.status.show("error", (s) => s.languageNotLoaded);
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
      ["insert-cards-label", s.insertCards],
      ["insert-parks", s.insertParks],
      ["insert-new-sheet", s.insertOnNewSheet],
      ["insert-context", s.insertContext],
      ["chart-heading", s.chartHeading],
      ["chart-hint", s.chartHint],
      ["chart-category-label", s.chartCategoryLabel],
      ["insert-chart", s.insertChart],
      ["share-heading", s.shareHeading],
      ["share-hint", s.shareHint],
      ["make-shareable-copy", s.makeShareableCopy],
      ["formula-heading", s.formulaHeading],
      ["formula-hint", s.formulaHint],
      ["sources-heading", s.sourcesHeading],
      ["formula-function-label", s.formulaFunctionLabel],
    ];
    for (const [id, text] of texts) byId(id).textContent = text;
    for (const { action, note } of this.groups) {
      note.textContent = s.needsExcelApi({ version: ACTION_EXCEL_API[action] });
    }
    byId("insert-cards-unavailable").textContent = s.needsExcelApi({
      version: ACTION_EXCEL_API.cardColumn,
    });
  }

  private showDataset(dataset: Dataset): void {
    const s = this.strings;
    byId("dataset-info").textContent = s.datasetLine({
      version: dataset.version,
      asOf: dataset.asOf,
    });
    const imported = importedFigures(dataset);
    const note = byId("imported-note");
    const list = (items: string[]) => items.join(this.lang === "zh" ? "、" : ", ");
    note.textContent = imported
      ? s.importedInUse({ figures: list(imported.figures), files: list(imported.sources) })
      : "";
    note.hidden = !imported;
    renderLatest(dataset, s);
    renderSources(byId("sources"), dataset, s, this.lang);
    this.showChartPreview(dataset);
  }

  private datasetChanged(dataset: Dataset): void {
    this.fillChartCategories(dataset);
    this.formulas.setDataset(dataset);
    this.showDataset(dataset);
  }

  private block(code: WorkbookCode, kind: InsertKind, dataset: Dataset): InsertBlock {
    if (kind === "context") return code.contextBlock(dataset, this.strings, this.lang);
    const cards = this.cardsOption.checked && !this.missing.has("cardColumn");
    return kind === "exports"
      ? code.exportsBlock(dataset, this.strings, this.lang, { cards })
      : code.parksBlock(dataset, this.strings, this.lang);
  }

  private async insert(kind: InsertKind, where: "selection" | "newSheet"): Promise<void> {
    const action = (t: PaneStrings) =>
      ({
        exports: t.actionInsertExports,
        parks: t.actionInsertParks,
        context: t.actionInsertContext,
      })[kind];
    if (this.refused("insertTable", action)) return;
    this.offerNewSheet(null);
    await this.busy(
      (t) =>
        t.statusInserting({
          what: { exports: t.whatExports, parks: t.whatParks, context: t.whatContext }[kind],
        }),
      async () => {
        try {
          // The data is read when the queue reaches the insert: a refresh queued before it has
          // then updated the store, and one queued after it updates the new table too.
          // The writers load on first use, inside the queued job, so the pane starts without them.
          const outcome = await runExcel(async (context) => {
            const code = await workbookCode();
            const dataset = store.current;
            const block = this.block(code, kind, dataset);
            return where === "selection"
              ? code.insertAtSelection(context, block, dataset.version)
              : code.insertOnNewSheet(context, block, dataset.version);
          });
          this.report(kind, outcome);
        } catch (error) {
          this.failed(action, error);
        }
      },
      // After an insert on a new worksheet the offer is gone: focus goes back to the insert chosen.
      where === "newSheet" ? this.insertButtons[kind] : undefined,
    );
  }

  private report(kind: InsertKind, outcome: InsertOutcome): void {
    if (outcome.status === "occupied") {
      this.offerNewSheet(kind);
      const address = outcome.address;
      this.status.show("warning", (s) => s.statusTargetNotEmpty({ address }));
      return;
    }
    const names = outcome.names.join(", ");
    const { newSheet, address, recordReset } = outcome;
    const message = (s: PaneStrings) =>
      newSheet
        ? s.statusInsertedNewSheet({ names, sheet: newSheet })
        : s.statusInserted({ names, address });
    this.status.show(
      recordReset ? "warning" : "success",
      recordReset ? (s) => `${message(s)} ${s.statusRecordReset}` : message,
    );
  }

  private async writeFormula(formula: string): Promise<void> {
    if (this.refused("writeFormula", (s) => s.actionWriteFormula)) return;
    this.offerNewSheet(null);
    await this.busy(
      (s) => s.statusWorking,
      async () => {
        try {
          const outcome = await runExcel(async (context) => {
            const { writeFormula } = await workbookCode();
            return writeFormula(context, formula);
          });
          const { address } = outcome;
          this.status.show(
            outcome.status === "written" ? "success" : "warning",
            outcome.status === "written"
              ? (s) => s.statusFormulaWritten({ formula, address })
              : (s) => s.statusCellNotEmpty({ address }),
          );
        } catch (error) {
          this.failed((s) => s.actionWriteFormula, error);
        }
      },
    );
  }

  /**
   * The categories a chart can show beside TOTAL, in the pane's language: only those with a Zibo
   * figure in the data (LIB and PV are not published on their own; LIB_PV is, derived). The choice
   * survives a language switch or new data when it can still be drawn; NEV is the default.
   */
  private fillChartCategories(dataset: Dataset): void {
    const previous = this.chartCategory.value;
    const drawable = new Set(
      dataset.figures.filter((f) => f.region === "ZIBO").map((f) => f.category),
    );
    const options = CATEGORY_CODES.filter((code) => code !== "TOTAL" && drawable.has(code)).map(
      (code) => {
        const option = document.createElement("option");
        option.value = code;
        const c = CATEGORIES[code];
        option.textContent = `${code}: ${this.lang === "zh" ? c.nameZh : c.nameEn}`;
        return option;
      },
    );
    this.chartCategory.replaceChildren(...options);
    const values = options.map((o) => o.value);
    this.chartCategory.value = values.includes(previous)
      ? previous
      : values.includes("NEV")
        ? "NEV"
        : (values[0] ?? "");
  }

  private chartCategories(): CategoryCode[] {
    const picked = CATEGORY_CODES.find((code) => code === this.chartCategory.value);
    return picked ? ["TOTAL", picked] : ["TOTAL"];
  }

  private showChartPreview(dataset: Dataset): void {
    renderChartPreview(
      byId("chart-preview"),
      previewData(dataset, this.chartCategories()),
      this.strings,
    );
  }

  private async insertChart(): Promise<void> {
    const s = this.strings;
    if (this.refused("insertChart", (t) => t.actionInsertChart)) return;
    const categories = this.chartCategories();
    this.offerNewSheet(null);
    await this.busy(
      (t) => t.statusWorking,
      async () => {
        try {
          const outcome = await runExcel(async (context) => {
            const { distinctSourceIds, insertChart, sourcesText } = await workbookCode();
            const dataset = store.current;
            const ids = distinctSourceIds(
              dataset.figures
                .filter((f) => f.region === "ZIBO" && categories.includes(f.category))
                .map((f) => leadMeasure(f).sourceIds),
            );
            return insertChart(context, {
              categories,
              strings: s,
              sourceLines: [
                s.table.chartSourceLine({ sources: sourcesText(dataset, ids, s.table) }),
                s.table.chartDerivedLine,
                s.table.citationDataset({ version: dataset.version, asOf: dataset.asOf }),
              ],
              datasetVersion: dataset.version,
            });
          });
          if (outcome.status === "noExportsTable") {
            this.status.show("warning", (t) => t.statusNoExportsTable);
          } else if (outcome.status === "exportsTableUnusable") {
            const table = outcome.exportsTable;
            this.status.show("warning", (t) => t.statusExportsTableUnusable({ table }));
          } else {
            const { sheet, exportsTable: table } = outcome;
            this.status.show("success", (t) => t.statusChartInserted({ sheet, table }));
          }
        } catch (error) {
          this.failed((t) => t.actionInsertChart, error);
        }
      },
    );
  }

  private async shareableCopy(): Promise<void> {
    const s = this.strings;
    if (this.refused("shareableCopy", (t) => t.actionShare)) return;
    this.offerNewSheet(null);
    await this.busy(
      (t) => t.statusWorking,
      async () => {
        try {
          const result = await runExcel(async (context) => {
            const { makeShareableCopy, provenanceLines } = await workbookCode();
            return makeShareableCopy(context, provenanceLines(store.current, s), s.shareCopySuffix);
          });
          const { copy, converted: count, original } = result;
          if (copy === null) {
            this.status.show("warning", (t) => t.statusShareNothing);
          } else {
            this.status.show("success", (t) =>
              t.statusSharedCopy({ count, sheet: copy, original }),
            );
          }
        } catch (error) {
          this.failed((t) => t.actionShare, error);
        }
      },
    );
  }

  private offerNewSheet(kind: InsertKind | null): void {
    this.pending = kind;
    this.newSheetButton.hidden = kind === null;
  }

  /**
   * Shows the progress and keeps the pane busy until the work, and any work started inside it,
   * ends; the progress message never outlives the work. Workbook writes are kept one at a time by
   * the queue, whoever starts them; this only keeps the pane from starting what the user cannot
   * follow.
   */
  private async busy(
    progress: Message | null,
    work: () => Promise<void>,
    focusAfter?: HTMLElement,
  ): Promise<void> {
    if (progress !== null) this.status.show("progress", progress);
    if (focusAfter) this.focusAfterBusy = focusAfter;
    try {
      await this.busyState.run(work);
    } finally {
      if (!this.busyState.busy) this.status.settle();
    }
  }

  private disableWhileBusy(): void {
    this.focusedBeforeBusy = document.activeElement;
    byId("main").setAttribute("aria-busy", "true");
    for (const control of this.actionButtons) control.disabled = true;
  }

  private enableAfterBusy(): void {
    for (const control of this.actionButtons) control.disabled = false;
    byId("main").removeAttribute("aria-busy");
    // Disabling a control drops its focus; give it back so keyboard users keep their place
    // (or to the given element, when that control is gone, as the new-worksheet offer goes).
    const focused = this.focusedBeforeBusy;
    const target =
      this.focusAfterBusy ??
      (focused instanceof HTMLElement && !focused.hidden ? focused : this.actionButtons[0]);
    this.focusAfterBusy = null;
    target?.focus();
  }

  /** For the data controls, which speak through the same message bar. */
  show(kind: StatusKind, message: Message): void {
    this.status.show(kind, message);
  }
}

/**
 * How long the page waits for Office before it says Office has not answered: office.js never
 * answers in a page opened with a host in its address but no host around it (a browser tab).
 */
const OFFICE_PATIENCE_MS = 5000;

let pane: Promise<TaskPane> | null = null;

// A Chinese system most likely runs Office in Chinese: fetch those strings while Office starts.
if (/^zh\b/i.test(navigator.language)) void loadPaneStrings("zh").catch(() => undefined);
// The data service (saved copy, feed, schema) is fetched while Office starts; a failure is
// reported by the first data action, which tries again.
void loadDataService().catch(() => undefined);

/** Builds the pane once, in the language Office reports (or the browser's, without Office). */
function showPane(displayLanguage: string | undefined, partitionKey?: string): Promise<TaskPane> {
  pane ??= buildPane(displayLanguage, partitionKey);
  return pane;
}

async function buildPane(displayLanguage: string | undefined, partitionKey?: string) {
  const choice = new LanguageChoice(browserStorage(), displayLanguage, partitionKey);
  // Without its strings (the server out of reach), the pane still starts, in English.
  const strings = await loadPaneStrings(choice.language).catch(() => paneStrings("en"));
  const shown = new TaskPane(strings);
  // The page's own "Loading…" gives way to the pane.
  document.getElementById("boot")?.remove();
  byId("app").hidden = false;
  mountLanguageSwitch(
    byId<HTMLSelectElement>("language-select"),
    byId("language-label"),
    choice,
    strings.language,
    (next, remembered) => shown.setStrings(next, remembered),
    () => shown.languageNotLoaded(),
  );
  return shown;
}

// Without office.js at all the page's own "Office did not load" stays (boot.ts); with office.js
// but no answer, the pane shows itself and says Excel has not connected.
const silence = setTimeout(() => {
  if (typeof Office !== "undefined")
    void showPane(navigator.language).then((shown) => shown.officeSilent());
}, OFFICE_PATIENCE_MS);

Office.onReady(async (info) => {
  clearTimeout(silence);
  applyOfficeTheme();
  const pane = await showPane(Office.context.displayLanguage, Office.context.partitionKey);
  if (info.host !== Office.HostType.Excel) {
    pane.disableExcelActions();
    return;
  }
  pane.excelConnected();
  pane.markUnsupported(supportsExcelApi);
  registerRibbonCommands();
  // The saved offline copy, then the feed; every outcome reaches the Data section as an event.
  pane.data.showChecking();
  void pane.data.showFeedUrl().then(startDataAndUpdate);
});
