export type StatusKind = "progress" | "success" | "warning" | "error";

/** The pane's one status line: a polite live region, so screen readers announce each message. */
export class StatusLine {
  constructor(private readonly element: HTMLElement) {}

  show(kind: StatusKind, text: string): void {
    this.element.dataset.kind = kind;
    this.element.textContent = text;
  }

  clear(): void {
    delete this.element.dataset.kind;
    this.element.textContent = "";
  }
}
