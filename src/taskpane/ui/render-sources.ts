import {
  REGION_CODES,
  regionName,
  fmt,
  formatDerivation,
  periodKey,
  periodLabel,
  type Dataset,
  type Language,
  type Measure,
  type Source,
} from "../../core";
import type { MeasureName, PaneStrings } from "../strings";
import { isWebLink } from "../rows";
import { el } from "./dom";
import { inPaneLanguage } from "./text-lang";

/** Sources with their links, every derived figure with its working, and the notes. */
export function renderSources(
  container: HTMLElement,
  dataset: Dataset,
  strings: PaneStrings,
  lang: Language,
): void {
  container.replaceChildren(
    el("h3", { className: "subheading", text: strings.sourcesListHeading }),
    el(
      "ul",
      { className: "plain-list" },
      ...[...dataset.sources.values()].map((s) => sourceItem(s, strings, lang)),
    ),
    el("h3", { className: "subheading", text: strings.derivedHeading }),
    ...derivedSection(dataset, strings, lang),
    el("h3", { className: "subheading", text: strings.scopeHeading }),
    ...scopeSection(dataset, strings, lang),
    el("h3", { className: "subheading", text: strings.notesHeading }),
    el(
      "ul",
      { className: "plain-list" },
      ...dataset.notes.map((n) =>
        el(
          "li",
          { className: "note" },
          el("strong", {}, ...inPaneLanguage(n.title[lang], lang)),
          document.createTextNode(" "),
          el("span", {}, ...inPaneLanguage(n.text[lang], lang)),
        ),
      ),
    ),
  );
}

function sourceItem(source: Source, strings: PaneStrings, lang: Language): HTMLLIElement {
  const title = isWebLink(source.url)
    ? el(
        "a",
        { attrs: { href: source.url, target: "_blank", rel: "noopener noreferrer" } },
        ...inPaneLanguage(source.title, lang),
        el("span", { className: "visually-hidden", text: ` ${strings.opensInNewWindow}` }),
      )
    : el("span", {}, ...inPaneLanguage(source.title, lang));
  const details = [
    source.published ? strings.publishedOn({ date: source.published }) : null,
    strings.standing[source.standing],
  ].filter((part): part is string => part !== null);
  // The publisher is data, in its own language; the rest is the pane's.
  return el(
    "li",
    { className: "source" },
    title,
    el(
      "span",
      { className: "meta" },
      ...inPaneLanguage(source.publisher, lang),
      document.createTextNode(details.map((d) => ` · ${d}`).join("")),
    ),
  );
}

/** Figures that count something else by name, and rates published without a value. */
function scopeSection(dataset: Dataset, strings: PaneStrings, lang: Language): HTMLElement[] {
  const noted = dataset.figures
    .filter((f) => f.scope !== null || (f.cny === null && f.yoyPct !== null))
    .sort((a, b) => REGION_CODES.indexOf(a.region) - REGION_CODES.indexOf(b.region));
  if (noted.length === 0) return [el("p", { className: "hint", text: strings.noScopeNotes })];
  const items = noted.map((f) =>
    el(
      "li",
      { className: "scope-note" },
      el("span", {
        className: "derived-what",
        text: strings.scopeItem({
          region: regionName(f.region, lang),
          category: f.category,
          period: periodLabel(f.period, lang),
        }),
      }),
      el(
        "span",
        { className: "derived-how" },
        ...inPaneLanguage(
          [
            f.cny === null && f.yoyPct
              ? strings.growthOnlyNote({
                  pct: `${f.yoyPct.value >= 0 ? "+" : ""}${fmt(f.yoyPct.value)}`,
                })
              : "",
            f.scope ? strings.scopeNote({ scope: f.scope[lang] }) : "",
          ]
            .filter((part) => part !== "")
            .join(" "),
          lang,
        ),
      ),
    ),
  );
  return [
    el("p", { className: "hint", text: strings.scopeIntro }),
    el("ul", { className: "plain-list" }, ...items),
  ];
}

function derivedSection(dataset: Dataset, strings: PaneStrings, lang: Language): HTMLElement[] {
  // Zibo's own figures first: they are what the pane is about; context series follow.
  const figures = [...dataset.figures].sort(
    (a, b) => REGION_CODES.indexOf(a.region) - REGION_CODES.indexOf(b.region),
  );
  const items = figures.flatMap((f) => {
    const measures: [MeasureName, Measure | null][] = [
      ["cny", f.cny],
      ["usd", f.usd],
      ["yoy", f.yoyPct],
    ];
    return measures
      .filter((entry): entry is [MeasureName, Measure] => entry[1]?.kind === "derived")
      .map(([name, m]) =>
        el(
          "li",
          { className: "derived" },
          el("span", {
            className: "derived-what",
            text: strings.derivedItem({
              region: regionName(f.region, lang),
              category: f.category,
              period: periodKey(f.period),
              measure: strings.table.measure[name],
            }),
          }),
          el(
            "span",
            { className: "derived-how" },
            ...inPaneLanguage(m.derivation ? formatDerivation(m.derivation, lang) : "", lang),
          ),
        ),
      );
  });
  if (items.length === 0) return [el("p", { className: "hint", text: strings.noDerived })];
  return [
    el("p", { className: "hint", text: strings.derivedIntro }),
    el("ul", { className: "plain-list" }, ...items),
  ];
}
