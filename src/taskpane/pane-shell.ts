import type { Dataset } from "../core";
import { store } from "../data";
import { ActionRunner, type WorkbookAction } from "./action-runner";
import { BusyCounter } from "./busy";
import {
  ACTION_EXCEL_API,
  missingExcelApi,
  type ExcelApiVersion,
  type PaneAction,
  type SupportsExcelApi,
} from "./requirements";
import { SECTIONS } from "./sections";
import type { Pane, PaneControl, PaneSection } from "./sections/section";
import type { LanguageChoice, PaneStrings } from "./strings";
import { byId } from "./ui/dom";
import { mountLanguageSwitch } from "./ui/language-switch";
import { StatusLine, type Message, type StatusKind } from "./ui/status-line";
import { markUnavailable } from "./ui/unavailable";

/**
 * The pane around its sections: the message bar, the busy state and where focus goes after it,
 * the language, and which actions this Excel can run. Sections reach the workbook, the message bar
 * and the busy state only through it (the `Pane` it lends them).
 */
export class PaneShell implements Pane {
  private readonly status: StatusLine;
  private readonly runner: ActionRunner;
  private readonly sections: PaneSection[];
  /** A workbook action: every control waits for it (it is short, and the user follows it). */
  private readonly busyState: BusyCounter = new BusyCounter(
    () => this.busyStarted(this.busyState),
    () => this.busyEnded(this.busyState),
  );
  /**
   * Data work (the start-up check, a refresh, an import, the feed address, a reset) may wait up to
   * the feed's limit: only what starts data work waits; inserts, the chart, the picker and the
   * shareable copy work from the data in use meanwhile, in the one workbook queue.
   */
  private readonly dataState: BusyCounter = new BusyCounter(
    () => this.busyStarted(this.dataState),
    () => this.busyEnded(this.dataState),
  );
  /** Where focus was when each kind of work started, to give it back when that work ends. */
  private readonly focusedBefore = new Map<BusyCounter, Element | null>();
  /** Where focus goes when the busy work ends, when not back where it was. */
  private focusAfterBusy: HTMLElement | null = null;
  /** Actions this Excel cannot run, with the ExcelApi version each needs. */
  private readonly missing = new Map<PaneAction, ExcelApiVersion>();
  /** Excel cannot be reached (another host, or Office not answering): every control waits. */
  private away = false;

  constructor(
    private currentStrings: PaneStrings,
    choice: LanguageChoice,
  ) {
    this.status = new StatusLine(
      byId("status"),
      byId<HTMLButtonElement>("status-dismiss"),
      currentStrings,
    );
    this.runner = new ActionRunner({
      show: (kind, message) => this.show(kind, message),
      busy: (progress, work, focusAfter) => this.busy(progress, work, focusAfter),
      missing: (action) => this.missing.get(action),
    });
    this.sections = SECTIONS.map((make) => make(this));
    this.applyStaticText();
    store.subscribe((dataset) => this.datasetChanged(dataset));
    mountLanguageSwitch(
      byId<HTMLSelectElement>("language-select"),
      byId("language-label"),
      choice,
      currentStrings.language,
      (next, remembered) => this.setStrings(next, remembered),
      () => this.languageNotLoaded(),
    );
  }

  /**
   * Everything that starts work, in page order: disabled while the pane is busy. Read each time,
   * since a section can add controls it builds on first use (Paste a release).
   */
  private get controls(): PaneControl[] {
    return inPageOrder(this.sections.flatMap((section) => section.controls));
  }

  /** What starts data work: the only controls disabled while data work runs. */
  private get dataControls(): ReadonlySet<PaneControl> {
    return new Set(
      this.sections.filter((section) => section.startsDataWork).flatMap((s) => s.controls),
    );
  }

  get strings(): PaneStrings {
    return this.currentStrings;
  }

  /** For a host other than Excel: everything is shown, nothing can be inserted. */
  disableExcelActions(): void {
    this.away = true;
    for (const control of this.controls) control.disabled = true;
    this.status.show("error", (s) => s.statusNotExcel);
  }

  /** Office has not answered yet: nothing can reach Excel, and the pane says why. */
  officeSilent(): void {
    this.away = true;
    for (const control of this.controls) control.disabled = true;
    this.status.show("warning", (t) => t.statusOfficeSilent);
  }

  /** Excel answered, perhaps after `officeSilent`: the actions are open again. */
  excelConnected(): void {
    this.away = false;
    if (!this.controls.some((control) => control.disabled)) return;
    for (const control of this.controls) control.disabled = false;
    this.status.clear();
  }

  /** Marks the actions whose ExcelApi version this Excel lacks, and says why beside them. */
  markUnsupported(supports: SupportsExcelApi): void {
    for (const section of this.sections) {
      for (const { action, controls, note } of section.needs ?? []) {
        const version = missingExcelApi(action, supports);
        if (!version) continue;
        this.missing.set(action, version);
        for (const control of controls) markUnavailable(control, note);
        section.unsupported?.(action);
      }
    }
  }

  /** Excel can be reached: the sections start what waits for it (the Data section's first check). */
  excelReady(): void {
    for (const section of this.sections) section.excelReady?.();
  }

  /** Shows the pane in another language in place: the runtime, shared with the functions, stays. */
  private setStrings(strings: PaneStrings, remembered: boolean): void {
    this.currentStrings = strings;
    this.applyStaticText();
    for (const section of this.sections) section.applyStrings(strings);
    // The last result stays, in the new language.
    this.status.setStrings(strings);
    if (!remembered) this.status.show("warning", (s) => s.languageNotRemembered);
  }

  /** The chosen language's strings could not be fetched: the pane stays as it is and says so. */
  private languageNotLoaded(): void {
    this.status.show("error", (s) => s.languageNotLoaded);
  }

  show(kind: StatusKind, message: Message): void {
    this.status.show(kind, message);
  }

  run<T>(action: WorkbookAction<T>): Promise<void> {
    return this.runner.run(action);
  }

  refused(action: PaneAction, name: Message): boolean {
    return this.runner.refused(action, name);
  }

  lacks(action: PaneAction): boolean {
    return this.missing.has(action);
  }

  /**
   * Shows the progress and keeps the pane busy until the work, and any work started inside it,
   * ends; the progress message never outlives the work. Workbook writes are kept one at a time by
   * the queue, whoever starts them; this only keeps the pane from starting what the user cannot
   * follow.
   */
  busy(progress: Message | null, work: () => Promise<void>, focusAfter?: HTMLElement) {
    return this.runBusy(this.busyState, progress, work, focusAfter);
  }

  /** Data work: only the controls that start data work wait for it (see `dataState`). */
  dataWork(progress: Message | null, work: () => Promise<void>, focusAfter?: HTMLElement) {
    return this.runBusy(this.dataState, progress, work, focusAfter);
  }

  private get anyBusy(): boolean {
    return this.busyState.busy || this.dataState.busy;
  }

  private async runBusy(
    state: BusyCounter,
    progress: Message | null,
    work: () => Promise<void>,
    focusAfter?: HTMLElement,
  ): Promise<void> {
    if (progress !== null) this.status.show("progress", progress);
    if (focusAfter) this.focusAfterBusy = focusAfter;
    try {
      await state.run(work);
    } finally {
      if (!this.anyBusy) this.status.settle();
    }
  }

  /** The page's own text; each section words its own, and the notes of what Excel lacks. */
  private applyStaticText(): void {
    const s = this.currentStrings;
    document.documentElement.lang = s.htmlLang;
    document.title = s.appTitle;
    byId("app-title").textContent = s.appTitle;
    for (const { action, note } of this.sections.flatMap((section) => section.needs ?? [])) {
      note.textContent = s.needsExcelApi({ version: ACTION_EXCEL_API[action] });
    }
  }

  private datasetChanged(dataset: Dataset): void {
    for (const section of this.sections) section.datasetChanged(dataset);
  }

  /**
   * Whether a control waits now: every one while Excel is away or for a workbook action, data
   * controls for data work.
   */
  waits(control: PaneControl): boolean {
    return (
      this.away || this.busyState.busy || (this.dataState.busy && this.dataControls.has(control))
    );
  }

  private busyStarted(state: BusyCounter): void {
    this.focusedBefore.set(state, document.activeElement);
    this.showBusy();
  }

  private busyEnded(state: BusyCounter): void {
    this.showBusy();
    // Disabling a control drops its focus; give it back so keyboard users keep their place
    // (or to the given element, when that control is gone, as the new-worksheet offer goes),
    // unless the user has gone on to another control meanwhile.
    const focused = this.focusedBefore.get(state);
    this.focusedBefore.delete(state);
    const after = state === this.busyState ? this.focusAfterBusy : null;
    if (after) this.focusAfterBusy = null;
    const target =
      after ?? (focused instanceof HTMLElement && !focused.hidden ? focused : this.controls[0]);
    if (!target || (target as PaneControl).disabled) return;
    const active = document.activeElement;
    const lost = !active || active === document.body || (active as PaneControl).disabled;
    if (lost || active === focused) target.focus();
  }

  /**
   * Each control disabled while it waits; `aria-busy` on what is working: the pane for a workbook
   * action, the data state (what data work ends by saying) for data work. Not the Data section,
   * whose `aria-busy` says its folded code is on its way (on-first-open.ts).
   */
  private showBusy(): void {
    for (const control of this.controls) control.disabled = this.waits(control);
    byId("main").ariaBusy = String(this.busyState.busy);
    byId("data-state").ariaBusy = String(this.dataState.busy);
  }
}

/** The controls as the page orders them, whatever order the sections are registered in. */
function inPageOrder(controls: PaneControl[]): PaneControl[] {
  return [...controls].sort((a, b) =>
    a.compareDocumentPosition(b) & Node.DOCUMENT_POSITION_FOLLOWING ? -1 : 1,
  );
}
