/*
 * The catalogue section ("What is published" / "数据目录"): a search box and a list of what each
 * region publishes, by category and span, newest first, each entry marked and inserting its
 * formula when chosen. Loaded on first open (a dynamic import), so the pane starts without it.
 * It writes nothing itself: `insert` goes through the pane's workbook queue.
 */
import { catalogueEntries, searchCatalogue, type CatalogueEntry, type Dataset } from "../../core";

export interface CatalogueStrings {
  heading: string;
  search: string;
  /** The mark of an entry as a reader says it: "reported", "推算值", "growth rate only". */
  mark: Record<CatalogueEntry["mark"], string>;
  scoped: string;
  region: Record<CatalogueEntry["region"], string>;
  none: string;
  insert: (formula: string) => string;
}

export interface CatalogueCallbacks {
  /** Inserts a formula at the selection through the workbook queue. */
  insert: (formula: string) => void;
}

/** Draws the catalogue into `container`; returns a function that redraws it for new data. */
export function mountCatalogue(
  container: HTMLElement,
  dataset: Dataset,
  strings: CatalogueStrings,
  callbacks: CatalogueCallbacks,
): (dataset: Dataset) => void {
  const doc = container.ownerDocument;
  let entries = catalogueEntries(dataset);
  const heading = doc.createElement("h2");
  heading.textContent = strings.heading;
  const label = doc.createElement("label");
  label.textContent = strings.search;
  const search = doc.createElement("input");
  search.type = "search";
  search.className = "input";
  label.append(search);
  // A list that wraps: at 320 px it scrolls down, never sideways.
  const list = doc.createElement("ul");
  list.className = "catalogue-list";
  list.style.overflowWrap = "anywhere";
  const status = doc.createElement("p");
  status.setAttribute("role", "status");
  container.replaceChildren(heading, label, status, list);

  const draw = () => {
    const shown = searchCatalogue(entries, search.value);
    status.textContent = shown.length === 0 ? strings.none : "";
    list.replaceChildren(
      ...shown.map((e) => {
        const item = doc.createElement("li");
        const button = doc.createElement("button");
        button.type = "button";
        button.className = "button-link";
        const marks = [strings.mark[e.mark], ...(e.scoped ? [strings.scoped] : [])].join(", ");
        button.textContent = `${strings.region[e.region]} ${e.category} ${e.period} — ${marks}`;
        button.title = strings.insert(e.formula);
        button.addEventListener("click", () => callbacks.insert(e.formula));
        item.append(button);
        return item;
      }),
    );
  };
  search.addEventListener("input", draw);
  draw();
  return (next) => {
    entries = catalogueEntries(next);
    draw();
  };
}
