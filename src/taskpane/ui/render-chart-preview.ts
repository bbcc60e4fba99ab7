/* global SVGElementTagNameMap -- a DOM type, which the linter does not know as a global */
import { displayNumber, type Localized } from "../../core";
import type { PreviewData } from "../rows";
import type { PaneStrings } from "../strings";

/** What a hatched bar is, by kind: here, not in the pane's strings, so the pane's start carries none. */
const HATCH_NOTES = {
  derived: {
    en: "Hatched bars are derived from reported figures, not reported.",
    zh: "斜线柱为根据公布数据推算的值，并非公布值。",
  },
  imported: {
    en: "Hatched bars include figures you imported, not published ones.",
    zh: "斜线柱包含您导入的数据，并非公布值。",
  },
} satisfies Record<"derived" | "imported", Localized>;

const SVG = "http://www.w3.org/2000/svg";
const WIDTH = 300;
const HEIGHT = 140;
const AXIS = 20;
/**
 * The light theme's series colours, as attributes; the style sheet sets the theme's own (dark,
 * high contrast) through the classes chart-bar-N.
 */
const COLORS = ["#1f4e79", "#c55a11"];
const SERIES = COLORS.length;

function svg<K extends keyof SVGElementTagNameMap>(
  tag: K,
  attrs: Readonly<Record<string, string | number>>,
): SVGElementTagNameMap[K] {
  const element = document.createElementNS(SVG, tag);
  for (const [name, value] of Object.entries(attrs)) element.setAttribute(name, String(value));
  return element;
}

/**
 * A small column chart of the series, drawn from the data (no markup parsing): reported bars
 * solid, derived bars hatched with a dashed outline. Its text alternative lists every value with
 * its kind, so a screen reader gets what the picture shows.
 */
export function renderChartPreview(
  container: HTMLElement,
  data: PreviewData,
  strings: PaneStrings,
): void {
  container.replaceChildren();
  if (data.bars.length === 0) {
    container.textContent = strings.chartPreviewEmpty;
    return;
  }
  const kinds = strings.table.kind;
  const items = data.bars.map((b) =>
    strings.chartPreviewItem({
      series: b.category,
      period: b.period,
      value: displayNumber(b.value),
      kind: kinds[b.kind],
    }),
  );
  const root = svg("svg", {
    viewBox: `0 0 ${WIDTH} ${HEIGHT}`,
    role: "img",
    "aria-label": strings.chartPreviewLabel({ items: items.join("; ") }),
    class: "chart-preview-svg",
  });
  const defs = svg("defs", {});
  for (let i = 0; i < SERIES; i++) {
    const pattern = svg("pattern", {
      id: `hatch-${i}`,
      width: 6,
      height: 6,
      patternUnits: "userSpaceOnUse",
      patternTransform: "rotate(45)",
    });
    pattern.append(
      svg("rect", { width: 6, height: 6, fill: "#ffffff", class: "chart-hatch-ground" }),
    );
    pattern.append(
      svg("line", {
        x1: 0,
        y1: 0,
        x2: 0,
        y2: 6,
        stroke: COLORS[i]!,
        "stroke-width": 3,
        class: `chart-hatch-${i}`,
      }),
    );
    defs.append(pattern);
  }
  root.append(defs);

  const categories = [...new Set(data.bars.map((b) => b.category))];
  const max = Math.max(...data.bars.map((b) => b.value), 1);
  const plot = HEIGHT - AXIS;
  const slot = WIDTH / data.periods.length;
  const barWidth = Math.min(40, (slot * 0.8) / categories.length);
  data.periods.forEach((period, p) => {
    const label = svg("text", {
      x: slot * p + slot / 2,
      y: HEIGHT - 5,
      "text-anchor": "middle",
      class: "chart-preview-axis",
    });
    label.textContent = period;
    root.append(label);
  });
  for (const bar of data.bars) {
    const c = categories.indexOf(bar.category);
    const p = data.periods.indexOf(bar.period);
    const height = Math.max(1, (bar.value / max) * (plot - 14));
    const x = slot * p + (slot - barWidth * categories.length) / 2 + barWidth * c;
    const series = c % SERIES;
    const color = COLORS[series]!;
    // Anything not reported (derived, imported) is hatched with a dashed outline.
    const derived = bar.kind !== "reported";
    root.append(
      svg("rect", {
        x,
        y: plot - height,
        width: barWidth - 2,
        height,
        fill: derived ? `url(#hatch-${series})` : color,
        stroke: color,
        "stroke-dasharray": derived ? "3 2" : "none",
        "data-kind": bar.kind,
        class: `chart-preview-bar chart-bar-${series}`,
      }),
    );
  }
  root.append(
    svg("line", {
      x1: 0,
      y1: plot,
      x2: WIDTH,
      y2: plot,
      stroke: "#8a8a8a",
      class: "chart-axis-line",
    }),
  );
  container.append(root);
  // The legend is decoration beside the text alternative, which already names every bar.
  const legend = document.createElement("ul");
  legend.className = "chart-legend";
  legend.setAttribute("aria-hidden", "true");
  categories.forEach((category, c) => {
    const item = document.createElement("li");
    const swatch = document.createElement("span");
    swatch.className = `chart-swatch chart-swatch-${c % SERIES}`;
    item.append(swatch, category);
    legend.append(item);
  });
  container.append(legend);
  // One note per kind of hatched bar, so an imported bar is never read as derived from published ones.
  for (const kind of ["derived", "imported"] as const) {
    if (!data.bars.some((b) => b.kind === kind)) continue;
    const note = document.createElement("p");
    note.className = "hint";
    const swatch = document.createElement("span");
    swatch.className = "chart-swatch chart-swatch-derived";
    note.append(swatch, HATCH_NOTES[kind][strings.language]);
    container.append(note);
  }
}
