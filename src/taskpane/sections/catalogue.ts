/*
 * The catalogue section ("What is published" / "数据目录"): a search box and a grid of what each
 * region publishes, by category and span, newest first, each entry marked and writing its
 * formula when chosen. Loaded on first open (with the folded sections' code), so the pane starts
 * without it. It writes nothing itself: `write` goes through the pane's workbook queue.
 */
import {
  CATEGORIES,
  catalogueEntries,
  LANGUAGES,
  parsePeriodKey,
  periodLabel,
  REGIONS,
  searchCatalogue,
  type CatalogueEntry,
  type Dataset,
  type Language,
} from "../../core";
import { el } from "../ui/dom";
import { markUnavailable } from "../ui/unavailable";
import { CATALOGUE_STRINGS } from "./catalogue-strings";
import type { Pane } from "./section";

export interface CatalogueCallbacks {
  /** Writes a formula at the selection through the workbook queue. */
  write: (formula: string) => void;
  /** Whether a new entry waits (Excel away, the pane busy) or this Excel cannot write formulas. */
  pane: Pick<Pane, "waits" | "lacks">;
  /** Where the catalogue says that this Excel cannot write formulas. */
  note: HTMLElement;
}

export interface Catalogue {
  /** Shows new data, or the same in another language, keeping what was searched. */
  redraw(dataset: Dataset, lang: Language): void;
  /** The buttons drawn now, which the pane disables while it is busy. */
  readonly buttons: HTMLButtonElement[];
}

// The catalogue writes its formulas as the formula helper does.
export { formulaWriter } from "./formula-writer";

/** The formula that writes a region's whole series for a category, in the form its entries have. */
export function seriesFormula(entries: readonly CatalogueEntry[]): string {
  const { region, category } = entries[0]!;
  const growth = entries.every((e) => e.mark === "growthOnly");
  const args = [`"${category}"`, "", "", "", growth ? `"growth"` : ""];
  if (region !== "ZIBO") args.push(`"${REGIONS[region].name.en.split(" ")[0]}"`);
  return `=ZIBO.SERIES(${args.join(",").replace(/,+$/, "")})`;
}

/** The entries, searchable by their marks too as a reader says them: "derived", "推算值", "口径不同". */
function searchable(dataset: Dataset): CatalogueEntry[] {
  return catalogueEntries(dataset).map((e) => {
    const marks = LANGUAGES.map((l) => {
      const s = CATALOGUE_STRINGS[l];
      return `${s.mark[e.mark]} ${e.scoped ? s.scoped : ""}`;
    });
    return { ...e, words: `${e.words} | ${marks.join(" | ").toLowerCase()}` };
  });
}

/** Draws the catalogue into `container` (emptied first). */
export function mountCatalogue(
  container: HTMLElement,
  dataset: Dataset,
  lang: Language,
  callbacks: CatalogueCallbacks,
): Catalogue {
  let entries = searchable(dataset);
  let strings = CATALOGUE_STRINGS[lang];
  const hint = el("p", { className: "hint" });
  const field = el("div", { className: "field" });
  const label = el("label");
  const search = el("input", { className: "input" });
  search.type = "search";
  search.id = "catalogue-search";
  label.htmlFor = search.id;
  field.append(label, search);
  const status = el("p", { className: "hint" });
  // Said when it changes, without being a second status line beside the pane's own.
  status.setAttribute("aria-live", "polite");
  // Groups that wrap: at 320 px the grid scrolls down, never sideways.
  const grid = el("div", { className: "catalogue" });
  container.replaceChildren(hint, field, status, grid);
  const buttons: HTMLButtonElement[] = [];

  const button = (text: string, name: string, formula: string) => {
    const b = el("button", { className: "button catalogue-entry" });
    b.type = "button";
    b.textContent = text;
    // The visible words come first in the name, so speech input finds the button by them.
    b.setAttribute("aria-label", name);
    b.title = formula;
    b.addEventListener("click", () => callbacks.write(formula));
    // Drawn while Excel is away or the pane is busy, or in an Excel without formula writing, an
    // entry is as every other workbook control is then.
    b.disabled = callbacks.pane.waits(b);
    if (callbacks.pane.lacks("writeFormula")) markUnavailable(b, callbacks.note);
    buttons.push(b);
    return b;
  };

  const group = (list: CatalogueEntry[], id: string) => {
    const { region, category } = list[0]!;
    const names = {
      region: REGIONS[region].name[lang],
      category: CATEGORIES[category].name[lang],
    };
    const box = el("section", { className: "catalogue-group" });
    const heading = el("h3", { className: "catalogue-heading" });
    heading.id = id;
    heading.textContent = `${names.region} · ${names.category}`;
    box.setAttribute("aria-labelledby", id);
    const items = el("ul", { className: "catalogue-entries" });
    for (const e of list) {
      const marks = [strings.mark[e.mark], ...(e.scoped ? [strings.scoped] : [])].join(", ");
      const entry = `${periodLabel(parsePeriodKey(e.period)!, lang)} · ${marks}`;
      const item = el("li");
      item.append(button(entry, strings.entryName({ entry, ...names }), e.formula));
      items.append(item);
    }
    const series = seriesFormula(list);
    box.append(heading, items, button(strings.series, strings.seriesName(names), series));
    return box;
  };

  const draw = () => {
    const shown = searchCatalogue(entries, search.value);
    buttons.length = 0;
    const groups = new Map<string, CatalogueEntry[]>();
    for (const e of shown) {
      const key = `${e.region}-${e.category}`;
      groups.set(key, [...(groups.get(key) ?? []), e]);
    }
    grid.replaceChildren(
      ...[...groups].map(([key, list]) => group(list, `catalogue-${key.toLowerCase()}`)),
    );
    status.textContent = shown.length === 0 ? strings.none : strings.shown(shown.length);
  };

  const drawText = () => {
    hint.textContent = strings.hint;
    label.textContent = strings.search;
    draw();
  };
  search.addEventListener("input", draw);
  drawText();
  return {
    buttons,
    redraw(next, nextLang) {
      entries = searchable(next);
      strings = CATALOGUE_STRINGS[nextLang];
      lang = nextLang;
      drawText();
    },
  };
}
