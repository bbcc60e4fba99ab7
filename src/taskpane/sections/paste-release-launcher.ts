import type { DataEvent } from "../data-actions";
import type { PaneStrings } from "../strings";
import type { Message, StatusKind } from "../ui/status-line";

/** What the Paste a release section needs from the pane. */
export interface PasteReleaseHost {
  /** Keeps the pane busy during the work, `progress` shown in the message bar. */
  busy: (progress: Message | null, work: () => Promise<void>) => Promise<void>;
  report: (kind: StatusKind, message: Message) => void;
  /** The existing import path, given the text of a dataset file. */
  importText: (name: string, text: string) => Promise<DataEvent>;
  /** Controls that start work, to be disabled while the pane is busy. */
  addControls: (controls: HTMLButtonElement[]) => void;
}

type Section = ReturnType<typeof import("./paste-release").mountPasteRelease>;

/**
 * The Data section's "Paste a release" button. The form and the release reader behind it are a
 * chunk of their own, fetched the first time the button is pressed, so the pane starts without.
 */
export class PasteReleaseLauncher {
  readonly button: HTMLButtonElement;
  private readonly body: HTMLElement;
  private section: Section | null = null;
  private loading = false;

  constructor(
    root: HTMLElement,
    private strings: PaneStrings,
    private readonly host: PasteReleaseHost,
  ) {
    this.button = root.querySelector<HTMLButtonElement>("#paste-release-open")!;
    this.body = root.querySelector<HTMLElement>("#paste-release-body")!;
    this.button.textContent = strings.pasteReleaseOpen;
    this.button.addEventListener("click", () => void this.toggle());
  }

  setStrings(strings: PaneStrings): void {
    this.strings = strings;
    this.button.textContent = strings.pasteReleaseOpen;
    this.section?.setStrings(strings);
  }

  private async toggle(): Promise<void> {
    const open = this.button.getAttribute("aria-expanded") !== "true";
    if (open && !this.section) {
      if (this.loading) return;
      this.loading = true;
      try {
        const { mountPasteRelease } = await import(
          /* webpackChunkName: "paste-release" */ "./paste-release"
        );
        this.section = mountPasteRelease(this.body, this.strings, this.host);
        this.host.addControls(this.section.controls);
      } catch {
        this.host.report("error", (s) => s.pasteReleaseNotLoaded);
        return;
      } finally {
        this.loading = false;
      }
    }
    this.button.setAttribute("aria-expanded", String(open));
    this.body.hidden = !open;
    if (open) this.section?.focus();
  }
}
