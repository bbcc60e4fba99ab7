import type { PaneStrings } from "../strings";

export type StatusKind = "progress" | "success" | "warning" | "error";

/** A message kept as a function of the strings, so a language switch can say it again. */
export type Message = (s: PaneStrings) => string;

/**
 * The pane's one message bar, with a button that dismisses it. Its status region is in the page
 * from the start (an empty bar folds away but stays there), so screen readers announce the first
 * message too: outcomes and progress politely, errors as an alert inside it. Progress never
 * lingers: `settle` clears a progress message that no outcome replaced. The bar's height is kept
 * in `--message-bar-height`, which keeps the focused control above it (scroll-padding).
 */
export class StatusLine {
  private message: Message | null = null;
  private kind: StatusKind | null = null;
  /** Where focus goes back after Dismiss: the control in use when the message came. */
  private returnFocus: HTMLElement | null = null;

  constructor(
    private readonly element: HTMLElement,
    private readonly dismissButton: HTMLButtonElement,
    private strings: PaneStrings,
  ) {
    dismissButton.addEventListener("click", () => this.clear());
    this.label();
    const bar = element.parentElement;
    if (bar && typeof ResizeObserver !== "undefined") {
      new ResizeObserver(() =>
        document.documentElement.style.setProperty(
          "--message-bar-height",
          `${bar.getBoundingClientRect().height}px`,
        ),
      ).observe(bar);
    }
  }

  show(kind: StatusKind, message: Message): void {
    const active = document.activeElement;
    if (active instanceof HTMLElement && active !== document.body && active !== this.dismissButton)
      this.returnFocus = active;
    this.message = message;
    this.kind = kind;
    this.element.dataset.kind = kind;
    this.render(true);
    // Progress ends by itself; only an outcome can be dismissed.
    this.dismissButton.hidden = kind === "progress";
  }

  /** Clears a progress message left standing when the work reported its outcome elsewhere. */
  settle(): void {
    if (this.kind === "progress") this.clear();
  }

  clear(): void {
    const hadFocus = document.activeElement === this.dismissButton;
    this.message = null;
    this.kind = null;
    delete this.element.dataset.kind;
    this.element.textContent = "";
    this.dismissButton.hidden = true;
    if (hadFocus) this.restoreFocus();
  }

  /** The language changed: the message on show is said again in it. */
  setStrings(strings: PaneStrings): void {
    this.strings = strings;
    this.label();
    if (this.message) this.render(false);
  }

  /** An error is a new alert each time, so it is announced at once; other messages are status. */
  private render(announce: boolean): void {
    const text = this.message?.(this.strings) ?? "";
    const alert = this.element.querySelector("[role=alert]");
    if (this.kind !== "error") {
      this.element.textContent = text;
    } else if (alert && !announce) {
      alert.textContent = text;
    } else {
      const span = document.createElement("span");
      span.setAttribute("role", "alert");
      span.textContent = text;
      this.element.replaceChildren(span);
    }
  }

  /** Back to the control in use when the message came, or the main region when it is gone. */
  private restoreFocus(): void {
    const target = this.returnFocus;
    this.returnFocus = null;
    const usable =
      target?.isConnected &&
      target.getClientRects().length > 0 &&
      !(target as HTMLButtonElement).disabled;
    if (usable) {
      target.focus();
      if (document.activeElement === target) return;
    }
    const main = document.getElementById("main");
    if (!main) return;
    main.tabIndex = -1;
    main.focus();
  }

  private label(): void {
    this.dismissButton.textContent = "×";
    this.dismissButton.setAttribute("aria-label", this.strings.dismiss);
    this.dismissButton.title = this.strings.dismiss;
  }
}
