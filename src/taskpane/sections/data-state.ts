import { describeImport, describeStatus, type StatusText } from "../../data";
import type { DataEvent, WorkbookUpdate } from "../data-actions";
import type { PaneStrings } from "../strings";
import { byId } from "../ui/dom";

export type DataTone = "progress" | "success" | "warning" | "error";

/**
 * The data state shown under the Data heading: what the add-in uses and what the last check did.
 * An outcome is said once, where it was asked for: a check (Refresh, start-up, the ribbon) here;
 * an action started lower in the section (import, feed address, reset, Paste a release) in the
 * message bar, with its details, while this box only says what data is in use (`showInUse`).
 */
export class DataStateView {
  private readonly box = byId("data-state");
  private last: DataEvent | null = null;
  /** The data in use, kept as a message so a language switch says it again. */
  private inUse: ((s: PaneStrings) => string) | null = null;

  constructor(private strings: PaneStrings) {}

  setStrings(strings: PaneStrings): void {
    this.strings = strings;
    if (this.inUse) this.showLine(this.inUse);
    else if (this.last) this.show(this.last);
  }

  showProgress(text: string): void {
    this.render("progress", { headline: text, details: [] });
  }

  private showLine(message: (s: PaneStrings) => string): void {
    this.inUse = message;
    this.render("success", { headline: message(this.strings), details: [] });
  }

  show(event: DataEvent): void {
    this.last = event;
    this.inUse = null;
    this.render(toneOf(event), describeEvent(event, this.strings));
  }

  /**
   * What data is in use after an action whose outcome the message bar says: a check's version and
   * as-of date; an import leaves the box as it was (the imported figures are listed under Latest).
   */
  showInUse(event: DataEvent): void {
    if (event.kind !== "status") return;
    const { version, asOf } = event.status;
    this.showLine((s) => s.dataInUse({ version, asOf }));
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

/** An event's outcome in words: its headline, then changes, problems and what the workbook did. */
export function describeEvent(event: DataEvent, s: PaneStrings): StatusText {
  const text =
    event.kind === "status"
      ? describeStatus(event.status, s.language)
      : describeImport(event.outcome, s.language);
  return {
    headline: text.headline,
    details: [...text.details, ...workbookLines(event.workbook, s)],
  };
}

function workbookLines(update: WorkbookUpdate | null, s: PaneStrings): string[] {
  if (!update) return [];
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
