import {
  CATEGORIES,
  CATEGORY_CODES,
  leadMeasure,
  type CategoryCode,
  type Dataset,
  type Language,
} from "../core";
import { store } from "../data";
import {
  errorText,
  insertAtSelection,
  insertChart,
  insertOnNewSheet,
  writeFormula,
  type InsertOutcome,
} from "./excel";
import { DataControls } from "./data-controls";
import { startDataAndUpdate } from "./data-actions";
import { makeShareableCopy, type ShareScope } from "./make-shareable-copy";
import { supportsExcelApi } from "./office-support";
import {
  ACTION_EXCEL_API,
  missingExcelApi,
  type ExcelApiVersion,
  type PaneAction,
  type SupportsExcelApi,
} from "./requirements";
import {
  contextBlock,
  exportsBlock,
  parksBlock,
  previewData,
  provenanceLines,
  sourcesText,
  distinctSourceIds,
  type InsertBlock,
} from "./rows";
import { browserStorage, LanguageChoice, paneStrings, type PaneStrings } from "./strings";
import { byId } from "./ui/dom";
import { mountLanguageSwitch } from "./ui/language-switch";
import { renderChartPreview } from "./ui/render-chart-preview";
import { labelFormulaHelper, renderFormulaHelper } from "./ui/render-formula-helper";
import { renderSources } from "./ui/render-sources";
import { StatusLine } from "./ui/status-line";
import { markUnavailable } from "./ui/unavailable";
import { registerRibbonCommands } from "../commands/ribbon-commands";

type InsertKind = "exports" | "parks" | "context";

/** The buttons of one action, and the note in their section that says when Excel lacks its API. */
interface ActionGroup {
  action: PaneAction;
  buttons: HTMLButtonElement[];
  note: HTMLElement;
}

/** The pane: wires the page to the dataset store and to Excel. Only this file calls Excel.run. */
class TaskPane {
  private readonly status = new StatusLine(byId("status"));
  private readonly newSheetButton = byId<HTMLButtonElement>("insert-new-sheet");
  /** The exports table's column of figure cards (needs ExcelApi 1.19). */
  private readonly cardsOption = byId<HTMLInputElement>("insert-cards");
  private readonly actionButtons: HTMLButtonElement[];
  private readonly groups: ActionGroup[];
  /** Actions this Excel cannot run, with the ExcelApi version each needs. */
  private readonly missing = new Map<PaneAction, ExcelApiVersion>();
  /** The insert that found its target occupied, offered again on a new worksheet. */
  private pending: InsertKind | null = null;

  private lang: Language;
  private readonly chartCategory = byId<HTMLSelectElement>("chart-category");
  readonly data: DataControls;

  constructor(private strings: PaneStrings) {
    this.lang = strings.language;
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
      if (this.refused("cardColumn", this.strings.actionAddCards)) event.preventDefault();
    });
    this.fillChartCategories();
    this.chartCategory.addEventListener("change", () => this.showChartPreview(store.current));
    this.newSheetButton.addEventListener("click", () => {
      if (this.pending) void this.insert(this.pending, "newSheet");
    });
    this.data = new DataControls(strings, this.lang, (progress, work) => this.busy(progress, work));
    const formulaButtons = renderFormulaHelper(
      byId("formula-list"),
      strings,
      (formula) => void this.writeFormula(formula),
    );
    this.actionButtons = [
      ...this.data.buttons,
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
    store.subscribe((dataset) => this.showDataset(dataset));
  }

  /** For a host other than Excel: everything is shown, nothing can be inserted. */
  disableExcelActions(): void {
    for (const button of this.actionButtons) button.disabled = true;
    this.status.show("error", this.strings.statusNotExcel);
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
  private refused(action: PaneAction, actionText: string): boolean {
    const version = this.missing.get(action);
    if (!version) return false;
    const s = this.strings;
    this.status.show(
      "warning",
      s.statusFailed({ action: actionText, reason: s.needsExcelApi({ version }) }),
    );
    return true;
  }

  /** Shows the pane in another language in place: the runtime, shared with the functions, stays. */
  setStrings(strings: PaneStrings, remembered: boolean): void {
    this.strings = strings;
    this.lang = strings.language;
    this.applyStaticText();
    this.data.setStrings(strings);
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
      ["share-scope-label", s.shareScopeLabel],
      ["share-scope-selection", s.shareScopeSelection],
      ["share-scope-sheet", s.shareScopeSheet],
      ["make-shareable-copy", s.makeShareableCopy],
      ["formula-heading", s.formulaHeading],
      ["formula-hint", s.formulaHint],
      ["sources-heading", s.sourcesHeading],
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
    byId("dataset-info").textContent = this.strings.datasetLine({
      version: dataset.version,
      asOf: dataset.asOf,
    });
    renderSources(byId("sources"), dataset, this.strings, this.lang);
    this.showChartPreview(dataset);
  }

  private block(kind: InsertKind, dataset: Dataset): InsertBlock {
    if (kind === "context") return contextBlock(dataset, this.strings, this.lang);
    const cards = this.cardsOption.checked && !this.missing.has("cardColumn");
    return kind === "exports"
      ? exportsBlock(dataset, this.strings, this.lang, { cards })
      : parksBlock(dataset, this.strings, this.lang);
  }

  private async insert(kind: InsertKind, where: "selection" | "newSheet"): Promise<void> {
    const s = this.strings;
    const action = {
      exports: s.actionInsertExports,
      parks: s.actionInsertParks,
      context: s.actionInsertContext,
    }[kind];
    if (this.refused("insertTable", action)) return;
    const dataset = store.current;
    this.offerNewSheet(null);
    await this.busy(
      s.statusInserting({
        what: { exports: s.whatExports, parks: s.whatParks, context: s.whatContext }[kind],
      }),
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
    if (this.refused("writeFormula", s.actionWriteFormula)) return;
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

  /** The categories a chart can show beside TOTAL; NEV first, as the one Zibo publishes. */
  private fillChartCategories(): void {
    const options = CATEGORY_CODES.filter((code) => code !== "TOTAL").map((code) => {
      const option = document.createElement("option");
      option.value = code;
      const c = CATEGORIES[code];
      option.textContent = `${code}: ${this.lang === "zh" ? c.nameZh : c.nameEn}`;
      return option;
    });
    this.chartCategory.replaceChildren(...options);
    this.chartCategory.value = "NEV";
  }

  private chartCategories(): CategoryCode[] {
    const picked = CATEGORY_CODES.find((code) => code === this.chartCategory.value) ?? "NEV";
    return ["TOTAL", picked];
  }

  private showChartPreview(dataset: Dataset): void {
    renderChartPreview(
      byId("chart-preview"),
      previewData(dataset, this.chartCategories()),
      this.strings,
      this.lang,
    );
  }

  private async insertChart(): Promise<void> {
    const s = this.strings;
    if (this.refused("insertChart", s.actionInsertChart)) return;
    const dataset = store.current;
    const categories = this.chartCategories();
    this.offerNewSheet(null);
    await this.busy(s.statusWorking, async () => {
      try {
        const ids = distinctSourceIds(
          dataset.figures
            .filter((f) => f.region === "ZIBO" && categories.includes(f.category))
            .map((f) => leadMeasure(f).sourceIds),
        );
        const outcome = await Excel.run((context) =>
          insertChart(context, {
            categories,
            strings: s,
            sourceLines: [
              s.table.chartSourceLine({ sources: sourcesText(dataset, ids, s.table) }),
              s.table.chartDerivedLine,
              s.table.citationDataset({ version: dataset.version, asOf: dataset.asOf }),
            ],
            datasetVersion: dataset.version,
          }),
        );
        if (outcome.status === "noExportsTable") {
          this.status.show("warning", s.statusNoExportsTable);
        } else if (outcome.status === "exportsTableUnusable") {
          this.status.show(
            "warning",
            s.statusExportsTableUnusable({ table: outcome.exportsTable }),
          );
        } else {
          this.status.show(
            "success",
            s.statusChartInserted({ sheet: outcome.sheet, table: outcome.exportsTable }),
          );
        }
      } catch (error) {
        this.status.show(
          "error",
          s.statusFailed({ action: s.actionInsertChart, reason: errorText(error) }),
        );
      }
    });
  }

  private async shareableCopy(): Promise<void> {
    const s = this.strings;
    if (this.refused("shareableCopy", s.actionShare)) return;
    const checked = document.querySelector<HTMLInputElement>('input[name="share-scope"]:checked');
    const scope: ShareScope = checked?.value === "sheet" ? "sheet" : "selection";
    const lines = provenanceLines(store.current, s);
    this.offerNewSheet(null);
    await this.busy(s.statusWorking, async () => {
      try {
        const result = await Excel.run((context) => makeShareableCopy(context, scope, lines));
        if (result.converted === 0 || result.noteAddress === null) {
          this.status.show("warning", s.statusShareNothing);
        } else {
          this.status.show(
            "success",
            s.statusShared({ count: result.converted, address: result.noteAddress }),
          );
        }
      } catch (error) {
        this.status.show(
          "error",
          s.statusFailed({ action: s.actionShare, reason: errorText(error) }),
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
  if (info.host !== Office.HostType.Excel) {
    pane.disableExcelActions();
    return;
  }
  pane.markUnsupported(supportsExcelApi);
  registerRibbonCommands();
  // The saved offline copy, then the feed; every outcome reaches the Data section as an event.
  pane.data.showChecking();
  void pane.data.showFeedUrl().then(startDataAndUpdate);
});
