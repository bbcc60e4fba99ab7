import type { PaneStrings } from "../strings";

export type StatusKind = "progress" | "success" | "warning" | "error";

/** A message kept as a function of the strings, so a language switch can say it again. */
export type Message = (s: PaneStrings) => string;

/**
 * The pane's one message bar: a polite live region, so screen readers announce each message, with
 * a button that dismisses it. Progress never lingers: `settle` clears a progress message that no
 * outcome replaced.
 */
export class StatusLine {
  private message: Message | null = null;

  constructor(
    private readonly element: HTMLElement,
    private readonly dismissButton: HTMLButtonElement,
    private strings: PaneStrings,
  ) {
    dismissButton.addEventListener("click", () => this.clear());
    this.label();
  }

  show(kind: StatusKind, message: Message): void {
    this.message = message;
    this.element.dataset.kind = kind;
    this.element.textContent = message(this.strings);
    // Progress ends by itself; only an outcome can be dismissed.
    this.dismissButton.hidden = kind === "progress";
  }

  /** Clears a progress message left standing when the work reported its outcome elsewhere. */
  settle(): void {
    if (this.element.dataset.kind === "progress") this.clear();
  }

  clear(): void {
    const hadFocus = document.activeElement === this.dismissButton;
    this.message = null;
    delete this.element.dataset.kind;
    this.element.textContent = "";
    this.dismissButton.hidden = true;
    if (hadFocus) document.getElementById("main")?.focus();
  }

  /** The language changed: the message on show is said again in it. */
  setStrings(strings: PaneStrings): void {
    this.strings = strings;
    this.label();
    if (this.message) this.element.textContent = this.message(strings);
  }

  private label(): void {
    this.dismissButton.textContent = "×";
    this.dismissButton.setAttribute("aria-label", this.strings.dismiss);
    this.dismissButton.title = this.strings.dismiss;
  }
}
