import { formatDataMessage, type DataMessage } from "../../core";
import { getFeedUrl, resetFeedUrl, setFeedUrl } from "../../data";
import {
  importAndUpdate,
  onDataEvent,
  refreshAndUpdate,
  resetAndUpdate,
  startDataAndUpdate,
  type DataEvent,
} from "../data-actions";
import type { PaneStrings } from "../strings";
import { byId, setTexts } from "../ui/dom";
import type { Message } from "../ui/status-line";
import { DataStateView, describeEvent, toneOf } from "./data-state";
import { drawOnFirstOpen } from "./on-first-open";
import type { mountPasteReleaseButton } from "./paste-release-launcher";
import type { Pane, PaneControl, PaneSection, SectionFactory } from "./section";

/** Files larger than this are refused before they are read (the feed's own limit). */
const MAX_IMPORT_BYTES = 2 * 1_048_576;

/**
 * The data: its state, Refresh, Import, the feed address and Reset to published data. Its data work
 * is not a workbook action: the data service updates the inserted tables itself, and says how.
 */
class DataSection implements PaneSection {
  /** What starts data work, the file input and the feed form included: disabled while busy. */
  readonly controls: PaneControl[];
  readonly startsDataWork = true;
  private readonly view: DataStateView;
  private readonly urlInput = byId<HTMLInputElement>("feed-url");
  private readonly urlNote = byId("feed-url-note");
  private readonly resetButton = byId<HTMLButtonElement>("reset-published");
  private readonly confirm = byId("reset-confirm");
  private readonly confirmNo = byId<HTMLButtonElement>("reset-confirm-no");
  /** The note under the address, kept as a message so a language switch says it again. */
  private note: Message = () => "";
  /**
   * An action whose outcome the message bar says is under way: its data events set the data box to
   * the data in use, not to the outcome a second time.
   */
  private inBar = 0;
  /**
   * Data events that land meanwhile, held until the action ends: its own event sets the data box
   * to the data in use; any other (a refresh from the ribbon) still says its outcome there.
   */
  private held: DataEvent[] = [];
  /** No address could be read (the data code did not load): the next data event reads it again. */
  private urlUnknown = false;
  /**
   * Paste a release: its button is set up on the section's first opening, its form and the
   * release reader on the first press.
   */
  private pasteRelease: ReturnType<typeof mountPasteReleaseButton> | null = null;

  constructor(private readonly pane: Pane) {
    this.applyText();
    this.view = new DataStateView(pane.strings);
    // Events from any origin (the ribbon's Refresh data too) land in the pane.
    onDataEvent((event) => {
      if (this.inBar) this.held.push(event);
      else this.view.show(event);
      if (this.urlUnknown) void this.showFeedUrl();
    });

    const refresh = byId<HTMLButtonElement>("refresh-data");
    const save = byId<HTMLButtonElement>("feed-save");
    const reset = byId<HTMLButtonElement>("feed-reset");
    const confirmYes = byId<HTMLButtonElement>("reset-confirm-yes");
    const file = byId<HTMLInputElement>("import-file");
    refresh.addEventListener("click", () => void this.refresh());
    file.addEventListener("change", () => void this.importPicked(file));
    byId<HTMLFormElement>("feed-form").addEventListener("submit", (e) => {
      e.preventDefault();
      void this.saveFeedUrl();
    });
    this.urlInput.addEventListener("input", () => this.urlInput.removeAttribute("aria-invalid"));
    reset.addEventListener("click", () => void this.resetFeedUrl());
    this.resetButton.addEventListener("click", () => this.askReset());
    confirmYes.addEventListener("click", () => void this.resetToPublished());
    this.confirmNo.addEventListener("click", () => this.cancelReset());
    // Escape answers "no", as in any dialog.
    this.confirm.addEventListener("keydown", (e) => {
      if (e.key === "Escape") this.cancelReset();
    });
    this.controls = [
      refresh,
      file,
      this.urlInput,
      save,
      reset,
      this.resetButton,
      confirmYes,
      this.confirmNo,
    ];
    drawOnFirstOpen(pane, byId<HTMLDetailsElement>("data-section"), (code) => {
      this.pasteRelease = code.mountPasteReleaseButton(byId("paste-release"), pane.strings, {
        busy: (progress, work) => pane.dataWork(progress, work),
        report: (kind, message) => pane.show(kind, message),
        importText: (name, text) => this.sayInBar(() => importAndUpdate(name, text)),
        // Its form's controls start data work too: the shell disables them with the others.
        addControls: (controls) => this.controls.push(...controls),
      });
    });
  }

  /** A language switch: the labels, the last state and the address note, in the new language. */
  applyStrings(strings: PaneStrings): void {
    this.applyText();
    this.view.setStrings(strings);
    this.pasteRelease?.setStrings(strings);
    this.urlNote.textContent = this.note(strings);
  }

  /** Every data change arrives as a data event too, which the state shows. */
  datasetChanged(): void {}

  /** The saved offline copy, then the feed; every outcome reaches this section as an event. */
  excelReady(): void {
    this.showChecking();
    // Both at once: when the data code does not arrive, both end at its one time limit.
    void this.pane.dataWork(null, async () => {
      await Promise.all([this.showFeedUrl(), startDataAndUpdate()]);
    });
  }

  private get strings(): PaneStrings {
    return this.pane.strings;
  }

  private applyText(): void {
    const s = this.strings;
    setTexts([
      ["data-heading", s.dataHeading],
      ["refresh-data", s.refreshData],
      ["import-label", s.importLabel],
      ["import-choose", s.importChoose],
      ["import-hint", s.importHint],
      ["feed-url-label", s.feedUrlLabel],
      ["feed-save", s.feedUrlSave],
      ["feed-reset", s.feedUrlReset],
      ["reset-hint", s.resetHint],
      ["reset-published", s.resetPublished],
      ["reset-question", s.resetQuestion],
      ["reset-confirm-yes", s.resetConfirm],
      ["reset-confirm-no", s.resetCancel],
    ]);
  }

  private setNote(note: Message): void {
    this.note = note;
    this.urlNote.textContent = note(this.strings);
  }

  /** Shows the feed address in use; the first check runs from the page's start-up. */
  private async showFeedUrl(): Promise<void> {
    const setting = await getFeedUrl();
    this.urlUnknown = setting.url === "";
    this.urlInput.value = setting.url;
    const problem = setting.problem;
    this.setNote((s) =>
      problem
        ? formatDataMessage(problem, s.language)
        : setting.isDefault
          ? s.feedUrlIsDefault
          : "",
    );
  }

  private showChecking(): void {
    this.view.showProgress(this.strings.checkingFeed);
  }

  /**
   * Refresh, beside the data state: its progress and outcome are said there, once (the data state
   * is a live region), not again in the message bar.
   */
  private async refresh(): Promise<void> {
    this.showChecking();
    await this.pane.dataWork(null, async () => void (await refreshAndUpdate()));
  }

  /**
   * Runs a data action started lower in the section and says its outcome, with its details, in the
   * message bar, where the reader's eyes are: the data box, out of sight at the top of the pane,
   * only says the data in use. `before` leads the message (what the action itself did, with its
   * problems, which make it a warning at least).
   */
  private async sayInBar(
    action: () => Promise<DataEvent>,
    before: Message = () => "",
    hadProblems = () => false,
  ): Promise<DataEvent> {
    this.inBar++;
    let event: DataEvent | undefined;
    try {
      event = await action();
    } finally {
      this.inBar--;
      this.releaseHeld(event);
    }
    const tone = toneOf(event);
    const kind = tone === "progress" ? "success" : tone;
    this.pane.show(kind === "success" && hadProblems() ? "warning" : kind, (s) => {
      const { headline, details } = describeEvent(event, s);
      return [before(s), headline, ...details].filter(Boolean).join(" ");
    });
    return event;
  }

  private releaseHeld(own: DataEvent | undefined): void {
    if (this.inBar) return;
    const held = this.held;
    this.held = [];
    if (own && held.includes(own)) this.view.showInUse(own);
    for (const event of held) if (event !== own) this.view.show(event);
  }

  private async importPicked(input: HTMLInputElement): Promise<void> {
    const picked = input.files?.[0];
    input.value = "";
    if (!picked) return;
    const name = picked.name;
    if (picked.size > MAX_IMPORT_BYTES) {
      // A refusal, not progress: nothing is under way.
      this.pane.show("error", (s) => s.importTooLarge({ name, limit: "2 MB" }));
      return;
    }
    await this.pane.dataWork(
      (s) => s.importing({ name }),
      // The bytes, not text(): the data layer knows the encodings spreadsheets save.
      async () =>
        void (await this.sayInBar(async () => importAndUpdate(name, await picked.arrayBuffer()))),
    );
  }

  /**
   * Checks the address (the pane's own words, not the browser's bubble), then that it serves a
   * dataset; only then is it saved and used. A failure keeps the previous address.
   */
  private async saveFeedUrl(): Promise<void> {
    const input = this.urlInput.value.trim();
    if (input === "") {
      this.refuseUrl((s) => s.feedUrlRequired);
      return;
    }
    let refused = false;
    await this.pane.dataWork(
      (s) => s.feedUrlChecking({ url: input }),
      async () => {
        const result = await setFeedUrl(input);
        if (!result.ok) {
          const reason: DataMessage = result.message;
          // The address in use goes back in the field: the refused one, quoted in the note, does
          // not stay there as if saved.
          await this.showFeedUrl();
          refused = true;
          this.refuseUrl(
            (s) => s.feedUrlKept({ url: input, reason: formatDataMessage(reason, s.language) }),
            false,
          );
          return;
        }
        this.urlInput.value = result.url;
        const url = result.url;
        this.setNote((s) => s.feedUrlSaved({ url }));
        await this.sayInBar(refreshAndUpdate);
      },
    );
    // The field was disabled while the address was checked: focus goes to it now.
    if (refused) this.urlInput.focus();
  }

  /**
   * A field's error is said once, beside the field (a live region, and the field's description),
   * with focus on the field; not again in the message bar (its progress, if any, then goes).
   * `invalid`: the field holds what was refused (an empty address), not the address in use.
   */
  private refuseUrl(message: Message, invalid = true): void {
    this.setNote(message);
    if (invalid) this.urlInput.setAttribute("aria-invalid", "true");
    this.urlInput.focus();
  }

  private async resetFeedUrl(): Promise<void> {
    await this.pane.dataWork(
      (s) => s.checkingFeed,
      async () => {
        await resetFeedUrl();
        await this.showFeedUrl();
        await this.sayInBar(refreshAndUpdate);
      },
    );
  }

  /** Reset to published data asks first: one click alone never removes the reader's imports. */
  private askReset(): void {
    this.confirm.hidden = false;
    this.resetButton.hidden = true;
    this.confirmNo.focus();
  }

  private cancelReset(): void {
    this.closeConfirm();
    this.pane.show("success", (s) => s.resetCancelled);
  }

  private closeConfirm(): void {
    this.confirm.hidden = true;
    this.resetButton.hidden = false;
    this.resetButton.focus();
  }

  private async resetToPublished(): Promise<void> {
    this.confirm.hidden = true;
    this.resetButton.hidden = false;
    await this.pane.dataWork(
      (s) => s.checkingFeed,
      async () => {
        let problems: DataMessage[] = [];
        await this.sayInBar(
          async () => {
            const reset = await resetAndUpdate();
            problems = reset.problems;
            return reset.event;
          },
          (s) => [s.resetDone, ...problems.map((m) => formatDataMessage(m, s.language))].join(" "),
          () => problems.length > 0,
        );
        await this.showFeedUrl();
      },
    );
    this.resetButton.focus();
  }
}

export const dataSection: SectionFactory = (pane) => new DataSection(pane);
