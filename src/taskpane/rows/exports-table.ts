import {
  CATEGORIES,
  CATEGORY_CODES,
  comparePeriods,
  figureCard,
  formatDerivation,
  periodKey,
  type Dataset,
  type Figure,
  type Language,
  type Measure,
} from "../../core";
import type { MeasureName, PaneStrings } from "../strings";
import { distinctSourceIds, firstSourceLink, sourcesText } from "./source-text";
import { KEY, MILLIONS, PERCENT_CHANGE, TEXT } from "./number-formats";
import type { InsertBlock, TableSpec } from "./table-spec";

const EXPORTS_COLUMNS = [
  "period",
  "code",
  "category",
  "categoryZh",
  "cnyMn",
  "usdMn",
  "yoyPct",
  "kind",
  "derivation",
  "source",
  "sourceLink",
] as const;

export interface ExportsOptions {
  /** Adds a last column of figure cards (the million-yuan figure with its provenance). */
  cards?: boolean;
}

/**
 * The exports table: every Zibo figure, oldest period first, the categories in their usual order.
 * A number no source publishes (and that cannot be derived) stays an empty cell.
 */
export function exportsBlock(
  dataset: Dataset,
  strings: PaneStrings,
  lang: Language,
  { cards = false }: ExportsOptions = {},
): InsertBlock {
  const text = strings.table;
  const figures = dataset.figures
    .filter((f) => f.region === "ZIBO")
    .sort(
      (a, b) =>
        comparePeriods(a.period, b.period) ||
        CATEGORY_CODES.indexOf(a.category) - CATEGORY_CODES.indexOf(b.category),
    );
  const columns = cards ? [...EXPORTS_COLUMNS, "card" as const] : EXPORTS_COLUMNS;
  const table: TableSpec = {
    kind: "exports",
    columns,
    headers: columns.map((key) => text.exports[key]),
    rows: figures.map((f) => {
      const sourceIds = figureSourceIds(f);
      const category = CATEGORIES[f.category];
      return [
        periodKey(f.period),
        f.category,
        lang === "zh" ? category.nameZh : category.nameEn,
        category.nameZh,
        f.cny.value,
        f.usd?.value ?? "",
        f.yoyPct?.value ?? "",
        kindText(f, text),
        derivationText(f, text, lang),
        sourcesText(dataset, sourceIds, text),
        firstSourceLink(dataset, sourceIds),
        ...(cards ? [f.cny.value] : []),
      ];
    }),
    numberFormats: [
      KEY,
      KEY,
      TEXT,
      TEXT,
      MILLIONS,
      MILLIONS,
      PERCENT_CHANGE,
      TEXT,
      TEXT,
      TEXT,
      TEXT,
      ...(cards ? [MILLIONS] : []),
    ],
    linkColumn: 10,
    wrapColumns: [8, 9],
    ...(cards
      ? {
          cards: {
            column: EXPORTS_COLUMNS.length,
            values: figures.map((f) => figureCard(dataset, f, f.cny, "CNY", lang)),
          },
        }
      : {}),
  };
  const used = distinctSourceIds(figures.map(figureSourceIds));
  return {
    tables: [table],
    lines: [
      text.citationSources({ sources: sourcesText(dataset, used, text) }),
      text.citationDataset({ version: dataset.version, asOf: dataset.asOf }),
    ],
    sheetName: text.sheetName.exports,
    language: lang,
  };
}

function measures(f: Figure): [MeasureName, Measure][] {
  const all: [MeasureName, Measure | null][] = [
    ["cny", f.cny],
    ["usd", f.usd],
    ["yoy", f.yoyPct],
  ];
  return all.filter((entry): entry is [MeasureName, Measure] => entry[1] !== null);
}

export function figureSourceIds(f: Figure): string[] {
  return distinctSourceIds(measures(f).map(([, m]) => m.sourceIds));
}

/** "reported", "derived", or "reported; million USD derived" when only some numbers are derived. */
export function kindText(f: Figure, text: PaneStrings["table"]): string {
  if (f.cny.kind === "derived") return text.kind.derived;
  const derived = measures(f).filter(([, m]) => m.kind === "derived");
  if (derived.length === 0) return text.kind.reported;
  return text.partlyDerived({ measures: derived.map(([name]) => text.measure[name]).join(", ") });
}

/** One line per derived number of the row, saying how it was computed. */
export function derivationText(f: Figure, text: PaneStrings["table"], lang: Language): string {
  return measures(f)
    .filter(([, m]) => m.kind === "derived")
    .map(([name, m]) =>
      text.derivationLine({
        measure: text.measure[name],
        derivation: m.derivation ? formatDerivation(m.derivation, lang) : "",
      }),
    )
    .join("\n");
}
