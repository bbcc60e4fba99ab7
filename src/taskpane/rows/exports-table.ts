import {
  CATEGORIES,
  CATEGORY_CODES,
  comparePeriods,
  figureCard,
  formatDerivation,
  isCumulative,
  leadMeasure,
  provenanceKind,
  periodKey,
  periodLabel,
  periodShape,
  SOURCE_LANGUAGE,
  type Dataset,
  type Figure,
  type Language,
  type Measure,
  type Period,
  unitName,
  withoutFloatNoise,
} from "../../core";
import type { MeasureName, PaneStrings } from "../strings";
import { distinctSourceIds, firstSourceLink, sourcesText } from "./source-text";
import { HUNDRED_MILLIONS, KEY, MILLIONS, PERCENT_CHANGE, TEXT } from "./number-formats";
import { withoutColumns, type BlockOptions, type InsertBlock, type TableSpec } from "./table-spec";

const EXPORTS_COLUMNS = [
  "period",
  "span",
  "code",
  "category",
  "categoryZh",
  "cnyMn",
  "usdMn",
  "yoyPct",
  "kind",
  "derivation",
  "scope",
  "source",
  "sourceLink",
] as const;

/** Columns added with spans and scope notes: a table inserted before them still refreshes. */
export const LATER_COLUMNS: readonly string[] = ["span", "scope"];

/** The units a table's yuan and dollar columns can be in: millions (as published), or 亿. */
export type TableUnit = "CNY" | "CNY_100M";
export const TABLE_UNITS: readonly TableUnit[] = ["CNY", "CNY_100M"];

export interface ExportsOptions extends BlockOptions {
  /** Adds a last column of figure cards (the million-yuan figure with its provenance). */
  cards?: boolean;
  /**
   * The yuan and dollar columns in 亿元 and 亿美元 instead of millions. Their headers and keys
   * name the unit, so a refresh finds it again and the chart, which reads millions, declines them.
   */
  unit?: TableUnit;
}

/** The amount columns in 亿 (hundred millions): their keys, and the units their headers name. */
const IN_100M: Partial<
  Record<string, { key: string; from: "CNY" | "USD"; to: "CNY_100M" | "USD_100M" }>
> = {
  cnyMn: { key: "cny100m", from: "CNY", to: "CNY_100M" },
  usdMn: { key: "usd100m", from: "USD", to: "USD_100M" },
};

/**
 * How a table in `unit` writes its amount columns: their keys and headers (naming 亿元 or 亿美元
 * in 亿), a number in millions as a cell, and the cells' number format. Shared by the exports and
 * context tables, so both say their unit the same way and a refresh reads it back from either.
 */
export function amountColumns(unit: TableUnit, lang: Language) {
  const big = unit === "CNY_100M";
  return {
    key: (key: string) => (big && IN_100M[key]?.key) || key,
    header: (key: string, words: string) => {
      const to100m = big && IN_100M[key];
      return to100m ? words.replace(unitName(to100m.from, lang), unitName(to100m.to, lang)) : words;
    },
    amount: (m: Measure | null) => (m ? withoutFloatNoise(big ? m.value / 100 : m.value) : ""),
    format: big ? HUNDRED_MILLIONS : MILLIONS,
  };
}

/**
 * The exports table: a row per Zibo figure, each for exactly the span it was published for,
 * ordered by end month, then shorter spans first, the categories in their usual order. A number
 * no source publishes (and that cannot be derived) stays an empty cell.
 */
export function exportsBlock(
  dataset: Dataset,
  strings: PaneStrings,
  lang: Language,
  { cards = false, allColumns = false, unit = "CNY" }: ExportsOptions = {},
): InsertBlock {
  const text = strings.table;
  const { key: amountKey, header: amountHeader, amount, format } = amountColumns(unit, lang);
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
    columns: columns.map(amountKey),
    headers: columns.map((key) => amountHeader(key, text.exports[key])),
    rows: figures.map((f) => {
      const sourceIds = figureSourceIds(f);
      const category = CATEGORIES[f.category];
      return [
        periodKey(f.period),
        spanText(f.period, text, lang),
        f.category,
        category.name[lang],
        category.name.zh,
        amount(f.cny),
        amount(f.usd),
        f.yoyPct ? withoutFloatNoise(f.yoyPct.value) : "",
        kindText(dataset, f, text),
        derivationText(f, text, lang),
        f.scope?.[lang] ?? "",
        sourcesText(dataset, sourceIds, text),
        firstSourceLink(dataset, sourceIds),
        ...(cards ? [f.cny ? withoutFloatNoise(f.cny.value) : ""] : []),
      ];
    }),
    numberFormats: [
      KEY,
      TEXT,
      KEY,
      TEXT,
      TEXT,
      format,
      format,
      PERCENT_CHANGE,
      TEXT,
      TEXT,
      TEXT,
      TEXT,
      TEXT,
      ...(cards ? [MILLIONS] : []),
    ],
    linkColumn: EXPORTS_COLUMNS.indexOf("sourceLink"),
    wrapColumns: [
      EXPORTS_COLUMNS.indexOf("derivation"),
      EXPORTS_COLUMNS.indexOf("scope"),
      EXPORTS_COLUMNS.indexOf("source"),
    ],
    ...(cards
      ? {
          cards: {
            column: EXPORTS_COLUMNS.length,
            // A figure published only as a growth rate has no number, so no card.
            values: figures.map((f) => f.cny && figureCard(dataset, f, f.cny, "CNY", lang)),
          },
        }
      : {}),
  };
  const used = distinctSourceIds(figures.map(figureSourceIds));
  return {
    tables: [
      lang === SOURCE_LANGUAGE && !allColumns ? withoutColumns(table, ["categoryZh"]) : table,
    ],
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

/** The months a row covers as a reader says them, marked when they are a year-to-date total. */
export function spanText(period: Period, text: PaneStrings["table"], lang: Language): string {
  // A full year is January–December too, but reads as the year it is.
  const cumulative = isCumulative(period) && periodShape(period) !== "year";
  return text.spanText({ label: periodLabel(period, lang), cumulative });
}

/**
 * "reported", "imported", "derived", or "reported; million USD derived" when only some numbers are
 * derived: read from the provenance of the row's value (else its rate).
 */
export function kindText(ds: Dataset, f: Figure, text: PaneStrings["table"]): string {
  const lead = provenanceKind(ds, leadMeasure(f));
  if (lead !== "reported" && (lead !== "imported" || !f.cny)) return text.kind[lead];
  if (!f.cny) return text.growthOnly;
  const derived = measures(f).filter(([, m]) => m.kind === "derived");
  if (derived.length === 0) return text.kind[lead];
  return text.partlyDerived({
    kind: text.kind[lead],
    measures: derived
      .map(([name, m]) =>
        text.measureKind({ measure: text.measure[name], kind: text.kind[provenanceKind(ds, m)] }),
      )
      .join(text.listSeparator),
  });
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
