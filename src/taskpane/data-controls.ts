import { formatDataMessage, type Language } from "../core";
import { getFeedUrl, resetFeedUrl, setFeedUrl } from "../data";
import { importAndUpdate, onDataEvent, refreshAndUpdate } from "./data-actions";
import type { PaneStrings } from "./strings";
import { DataStateView } from "./ui/data-section";
import { byId } from "./ui/dom";

/** Files larger than this are refused before they are read (the feed's own limit). */
const MAX_IMPORT_BYTES = 2 * 1_048_576;

type Busy = (progress: string, work: () => Promise<void>) => Promise<void>;

/** The Data section: its state, Refresh, Import and the feed address. */
export class DataControls {
  readonly buttons: HTMLButtonElement[];
  private readonly view: DataStateView;
  private readonly urlInput = byId<HTMLInputElement>("feed-url");
  private readonly urlNote = byId("feed-url-note");

  constructor(
    private strings: PaneStrings,
    private lang: Language,
    private readonly busy: Busy,
  ) {
    this.applyText();
    this.view = new DataStateView(strings);
    // Events from any origin (the ribbon's Refresh data too) land in the pane.
    onDataEvent((event) => this.view.show(event));

    const refresh = byId<HTMLButtonElement>("refresh-data");
    const save = byId<HTMLButtonElement>("feed-save");
    const reset = byId<HTMLButtonElement>("feed-reset");
    const file = byId<HTMLInputElement>("import-file");
    refresh.addEventListener("click", () => void this.refresh());
    file.addEventListener("change", () => void this.importPicked(file));
    byId<HTMLFormElement>("feed-form").addEventListener("submit", (e) => {
      e.preventDefault();
      void this.saveFeedUrl();
    });
    reset.addEventListener("click", () => void this.resetFeedUrl());
    this.buttons = [refresh, save, reset];
  }

  /** A language switch: the section's labels and its last state, in the new language. */
  setStrings(strings: PaneStrings): void {
    this.strings = strings;
    this.lang = strings.language;
    this.applyText();
    this.view.setStrings(strings);
    void this.showFeedUrl();
  }

  private applyText(): void {
    const s = this.strings;
    const texts: [string, string][] = [
      ["data-heading", s.dataHeading],
      ["refresh-data", s.refreshData],
      ["import-label", s.importLabel],
      ["import-hint", s.importHint],
      ["feed-settings", s.feedSettings],
      ["feed-url-label", s.feedUrlLabel],
      ["feed-save", s.feedUrlSave],
      ["feed-reset", s.feedUrlReset],
    ];
    for (const [id, text] of texts) byId(id).textContent = text;
  }

  /** Shows the feed address in use; the first check runs from the page's start-up. */
  async showFeedUrl(): Promise<void> {
    const setting = await getFeedUrl();
    this.urlInput.value = setting.url;
    this.urlNote.textContent = setting.problem
      ? formatDataMessage(setting.problem, this.lang)
      : setting.isDefault
        ? this.strings.feedUrlIsDefault
        : "";
  }

  showChecking(): void {
    this.view.showProgress(this.strings.checkingFeed);
  }

  private async refresh(): Promise<void> {
    this.showChecking();
    await this.busy(this.strings.checkingFeed, async () => {
      await refreshAndUpdate();
    });
  }

  private async importPicked(input: HTMLInputElement): Promise<void> {
    const picked = input.files?.[0];
    input.value = "";
    if (!picked) return;
    const s = this.strings;
    if (picked.size > MAX_IMPORT_BYTES) {
      this.view.showProgress(s.importTooLarge({ name: picked.name, limit: "2 MB" }));
      return;
    }
    this.view.showProgress(s.importing({ name: picked.name }));
    await this.busy(s.importing({ name: picked.name }), async () => {
      // The bytes, not text(): the data layer knows the encodings spreadsheets save.
      await importAndUpdate(picked.name, await picked.arrayBuffer());
    });
  }

  private async saveFeedUrl(): Promise<void> {
    const result = await setFeedUrl(this.urlInput.value.trim());
    if (!result.ok) {
      this.urlNote.textContent = formatDataMessage(result.message, this.lang);
      return;
    }
    this.urlNote.textContent = this.strings.feedUrlSaved({ url: result.url });
    await this.refresh();
  }

  private async resetFeedUrl(): Promise<void> {
    await resetFeedUrl();
    await this.showFeedUrl();
    await this.refresh();
  }
}
