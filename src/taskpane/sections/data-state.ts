import { describeImport, describeStatus, type StatusText } from "../../data";
import type { Language } from "../../core";
import type { DataEvent, WorkbookUpdate } from "../data-actions";
import type { PaneStrings } from "../strings";
import { byId } from "../ui/dom";

export type DataTone = "progress" | "success" | "warning" | "error";

/** The data state shown under the Data heading: what the add-in uses and what the last check did. */
export class DataStateView {
  private readonly box = byId("data-state");
  private lang: Language;
  private last: DataEvent | null = null;
  private refusal: ((s: PaneStrings) => string) | null = null;

  constructor(private strings: PaneStrings) {
    this.lang = strings.language;
  }

  setStrings(strings: PaneStrings): void {
    this.strings = strings;
    this.lang = strings.language;
    if (this.refusal) this.showRefusal(this.refusal);
    else if (this.last) this.show(this.last);
  }

  showProgress(text: string): void {
    this.render("progress", { headline: text, details: [] });
  }

  /** Something the pane refused before any work began (a file too large): an error, not progress. */
  showRefusal(message: (s: PaneStrings) => string): void {
    this.refusal = message;
    this.render("error", { headline: message(this.strings), details: [] });
  }

  show(event: DataEvent): void {
    this.last = event;
    this.refusal = null;
    const text =
      event.kind === "status"
        ? describeStatus(event.status, this.lang)
        : describeImport(event.outcome, this.lang);
    const details = [...text.details, ...this.workbookLines(event.workbook)];
    this.render(toneOf(event), { headline: text.headline, details });
  }

  private workbookLines(update: WorkbookUpdate | null): string[] {
    if (!update) return [];
    const s = this.strings;
    if (!update.ok) {
      return [
        "needsExcelApi" in update
          ? s.workbookNeedsExcelApi({ version: update.needsExcelApi })
          : s.workbookNotUpdated({ reason: update.reason }),
      ];
    }
    const { tables, charts } = update;
    const lines: string[] = [];
    const list = (names: string[]) => names.join(", ");
    if (tables.updated.length) lines.push(s.tablesUpdated({ names: list(tables.updated) }));
    if (tables.missing.length) lines.push(s.tablesMissing({ names: list(tables.missing) }));
    for (const name of tables.editedByUser) lines.push(s.tableEditedByUser({ name }));
    if (tables.changedByUser.length)
      lines.push(s.tablesChangedByUser({ names: list(tables.changedByUser) }));
    if (tables.citationsChangedByUser.length)
      lines.push(s.citationsChangedByUser({ names: list(tables.citationsChangedByUser) }));
    if (charts.length) lines.push(s.chartsExtended({ names: list(charts.map((c) => c.table)) }));
    if (update.chartsFailed) lines.push(s.chartsNotExtended({ reason: update.chartsFailed }));
    return lines;
  }

  private render(tone: DataTone, text: StatusText): void {
    this.box.dataset.tone = tone;
    byId("data-headline").textContent = text.headline;
    const list = byId("data-details");
    list.replaceChildren(
      ...text.details.map((line) => {
        const item = document.createElement("li");
        item.textContent = line;
        return item;
      }),
    );
  }
}

export function toneOf(event: DataEvent): DataTone {
  const workbook = event.workbook;
  const problem = workbook !== null && (!workbook.ok || workbook.chartsFailed !== null);
  if (event.kind === "import") {
    return event.outcome.state === "rejected" ? "error" : problem ? "warning" : "success";
  }
  switch (event.status.state) {
    case "rejected":
      return "error";
    case "offline":
      return "warning";
    default:
      return problem ||
        (workbook?.ok && (workbook.tables.missing.length || workbook.tables.editedByUser.length))
        ? "warning"
        : "success";
  }
}
