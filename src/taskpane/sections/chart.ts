import { CATEGORIES, CATEGORY_CODES, type CategoryCode, type Dataset } from "../../core";
import { store } from "../../data";
import type { ActionReport } from "../action-runner";
import type { ChartOutcome } from "../excel";
import type { PaneStrings } from "../strings";
import { byId, setTexts } from "../ui/dom";
import type { FoldedCode } from "./folded-code";
import { drawOnFirstOpen } from "./on-first-open";
import type { Pane, PaneControl, PaneSection, SectionFactory, SectionNeed } from "./section";

/**
 * The chart: a category picked beside the total, previewed in the pane, inserted on a new
 * worksheet fed by the exports table inserted last. Folded at start; the preview is drawn on the
 * first opening (see on-first-open.ts).
 */
class ChartSection implements PaneSection {
  private readonly category = byId<HTMLSelectElement>("chart-category");
  private readonly button = byId<HTMLButtonElement>("insert-chart");
  readonly controls: PaneControl[] = [this.button];
  readonly needs: SectionNeed[] = [
    { action: "insertChart", controls: [this.button], note: byId("chart-unavailable") },
  ];
  private preview: Pick<FoldedCode, "previewData" | "renderChartPreview"> | null = null;

  constructor(private readonly pane: Pane) {
    this.button.addEventListener("click", () => void this.insertChart());
    this.fillCategories(store.current);
    this.category.addEventListener("change", () => this.showPreview(store.current));
    this.applyText(pane.strings);
    drawOnFirstOpen(pane, byId<HTMLDetailsElement>("chart-section"), (code) => {
      this.preview = code;
      this.showPreview(store.current);
    });
  }

  applyStrings(strings: PaneStrings): void {
    this.applyText(strings);
    this.datasetChanged(store.current);
  }

  datasetChanged(dataset: Dataset): void {
    this.fillCategories(dataset);
    this.showPreview(dataset);
  }

  private applyText(s: PaneStrings): void {
    setTexts([
      ["chart-heading", s.chartHeading],
      ["chart-hint", s.chartHint],
      ["chart-category-label", s.chartCategoryLabel],
      ["insert-chart", s.insertChart],
    ]);
  }

  /**
   * The categories a chart can show beside TOTAL, in the pane's language: only those with a Zibo
   * figure in the data (LIB and PV are not published on their own; LIB_PV is, derived). The choice
   * survives a language switch or new data when it can still be drawn; NEV is the default.
   */
  private fillCategories(dataset: Dataset): void {
    const lang = this.pane.strings.language;
    const previous = this.category.value;
    const drawable = new Set(
      dataset.figures.filter((f) => f.region === "ZIBO").map((f) => f.category),
    );
    const options = CATEGORY_CODES.filter((code) => code !== "TOTAL" && drawable.has(code)).map(
      (code) => {
        const option = document.createElement("option");
        option.value = code;
        const c = CATEGORIES[code];
        option.textContent = `${code}: ${c.name[lang]}`;
        return option;
      },
    );
    this.category.replaceChildren(...options);
    const values = options.map((o) => o.value);
    this.category.value = values.includes(previous)
      ? previous
      : values.includes("NEV")
        ? "NEV"
        : (values[0] ?? "");
  }

  private categories(): CategoryCode[] {
    const picked = CATEGORY_CODES.find((code) => code === this.category.value);
    return picked ? ["TOTAL", picked] : ["TOTAL"];
  }

  private showPreview(dataset: Dataset): void {
    if (!this.preview) return;
    const { previewData, renderChartPreview } = this.preview;
    renderChartPreview(
      byId("chart-preview"),
      previewData(dataset, this.categories()),
      this.pane.strings,
    );
  }

  private insertChart(): Promise<void> {
    const strings = this.pane.strings;
    const categories = this.categories();
    return this.pane.run({
      action: "insertChart",
      name: (t) => t.actionInsertChart,
      write: (context, { chartSourceLines, insertChart }) => {
        const dataset = store.current;
        return insertChart(context, {
          categories,
          strings,
          sourceLines: chartSourceLines(dataset, categories, strings),
          datasetVersion: dataset.version,
        });
      },
      report: (outcome) => report(outcome),
    });
  }
}

function report(outcome: ChartOutcome): ActionReport {
  if (outcome.status === "noExportsTable") {
    return { kind: "warning", message: (t) => t.statusNoExportsTable };
  }
  if (outcome.status === "exportsTableUnusable") {
    const table = outcome.exportsTable;
    return { kind: "warning", message: (t) => t.statusExportsTableUnusable({ table }) };
  }
  const { sheet, exportsTable: table } = outcome;
  return { kind: "success", message: (t) => t.statusChartInserted({ sheet, table }) };
}

export const chartSection: SectionFactory = (pane) => new ChartSection(pane);
