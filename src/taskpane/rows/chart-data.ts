import {
  comparePeriods,
  LANGUAGES,
  parsePeriodKey,
  periodKey,
  quarterOf,
  type CategoryCode,
  type Period,
} from "../../core";
import { paneStrings, type PaneStrings } from "../strings";

/** An inserted exports table as read back from the workbook: its record's column keys and its cells. */
export interface ExportsTableView {
  name: string;
  /** Column keys left to right, as the inserted-tables record holds them ("period", "cnyMn", …). */
  columns: readonly string[];
  /** The header row as it stands in the workbook (the structured references name these). */
  headers: readonly string[];
  rows: readonly (readonly unknown[])[];
}

export interface ChartSeriesSpec {
  header: string;
  category: CategoryCode;
  /** Reported, derived, or imported by the user: each drawn as a series of its own. */
  kind: "reported" | "derived" | "imported";
}

/** The chart's own small table: a quarter per row, a formula per series reading the exports table. */
export interface ChartDataSpec {
  headers: string[];
  /** Stable keys of the columns, for the inserted-tables record ("period", "TOTAL", "TOTAL.derived"). */
  columns: string[];
  periods: string[];
  series: ChartSeriesSpec[];
  /** The formulas of one row whose quarter is in `periodCell` (such as "$A2"). */
  formulasFor: (periodCell: string) => string[];
}

const NEEDED = ["period", "code", "cnyMn", "kind"] as const;

/**
 * Lays out the chart data for TOTAL and a second category over the quarters of the exports table.
 * Reported and derived values are separate series, so a derived bar is never drawn as reported;
 * a derived series appears only when the table holds a derived value of that category. Every value
 * is a formula over the exports table, so a refresh that rewrites the table reaches the chart.
 * Null when the table lacks a column the chart reads (a table the user reshaped).
 */
export function chartData(
  table: ExportsTableView,
  categories: readonly CategoryCode[],
  strings: PaneStrings,
): ChartDataSpec | null {
  const at = Object.fromEntries(NEEDED.map((key) => [key, table.columns.indexOf(key)])) as Record<
    (typeof NEEDED)[number],
    number
  >;
  if (NEEDED.some((key) => at[key] < 0 || at[key] >= table.headers.length)) return null;
  const kinds = kindLabelsOf(table.headers[at.kind], strings);
  const derivedLabel = kinds.derived;
  const isDerived = (row: readonly unknown[]) => row[at.kind] === derivedLabel;
  // An imported row ("imported", or "imported; million USD converted") is never drawn as reported.
  const importedLabel = `${kinds.imported}*`;
  const isImported = (row: readonly unknown[]) => String(row[at.kind]).startsWith(kinds.imported);

  const quarters = new Map<string, Period>();
  for (const row of table.rows) {
    const period = parsePeriodKey(String(row[at.period]));
    if (period && quarterOf(period) !== null) quarters.set(periodKey(period), period);
  }
  const periods = [...quarters.values()].sort(comparePeriods).map(periodKey);

  const series: ChartSeriesSpec[] = [];
  let anyImported = false;
  for (const category of categories) {
    series.push({ header: category, category, kind: "reported" });
    if (table.rows.some((row) => row[at.code] === category && isImported(row))) {
      anyImported = true;
      series.push({
        header: strings.table.chartImportedSeries({ series: category }),
        category,
        kind: "imported",
      });
    }
    if (table.rows.some((row) => row[at.code] === category && isDerived(row))) {
      series.push({
        header: strings.table.chartDerivedSeries({ series: category }),
        category,
        kind: "derived",
      });
    }
  }

  const ref = (key: (typeof NEEDED)[number]) =>
    `${table.name}[${escapeColumnName(table.headers[at[key]])}]`;
  const text = (s: string) => `"${s.replace(/"/g, '""')}"`;
  const formulasFor = (periodCell: string) =>
    series.map(({ category, kind }) => {
      const criteria = [
        `${ref("period")},${periodCell}`,
        `${ref("code")},${text(category)}`,
        `${ref("kind")},${text(kind === "derived" ? derivedLabel : kind === "imported" ? importedLabel : `<>${derivedLabel}`)}`,
        ...(kind === "reported" && anyImported
          ? [`${ref("kind")},${text(`<>${importedLabel}`)}`]
          : []),
      ].join(",");
      // #N/A, which a column chart leaves as a gap, where the table has no such value.
      return `=IF(COUNTIFS(${criteria})=0,NA(),SUMIFS(${ref("cnyMn")},${criteria}))`;
    });

  return {
    headers: [strings.table.chartData.period, ...series.map((s) => s.header)],
    columns: [
      "period",
      ...series.map((s) => (s.kind === "reported" ? s.category : `${s.category}.${s.kind}`)),
    ],
    periods,
    series,
    formulasFor,
  };
}

/**
 * The words the table uses for its kinds: those of the language its headers were written in, so
 * a table inserted in Chinese and charted from an English pane still keeps derived bars apart.
 */
function kindLabelsOf(kindHeader: string, fallback: PaneStrings): PaneStrings["table"]["kind"] {
  const written = LANGUAGES.map(paneStrings).find((s) => s.table.exports.kind === kindHeader);
  return (written ?? fallback).table.kind;
}

/** A column name inside a structured reference: ' [ ] # are escaped with an apostrophe. */
export function escapeColumnName(name: string): string {
  return name.replace(/['[\]#]/g, "'$&");
}
