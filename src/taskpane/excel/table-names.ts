import type { TableKind } from "../rows";

/**
 * Name prefixes of the tables the pane inserts. The names are in English in every language, so a
 * workbook's formulas and a later refresh find them wherever it is opened.
 */
export const TABLE_PREFIX: Readonly<Record<TableKind, string>> = {
  exports: "ZiboExports",
  parks: "ZiboParks",
  parkNotes: "ZiboParkNotes",
  context: "ZiboContext",
  chartData: "ZiboChartData",
};

/**
 * The first free name of `prefix`, `prefix2`, `prefix3`, … Tables share the workbook's name space
 * with defined names, and Excel compares names without regard to case.
 */
export function uniqueName(prefix: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  if (!used.has(prefix.toLowerCase())) return prefix;
  for (let i = 2; ; i++) {
    const candidate = `${prefix}${i}`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}

/** A worksheet name not yet used: "Zibo exports", "Zibo exports (2)", … (Excel ignores case). */
export function uniqueSheetName(base: string, taken: Iterable<string>): string {
  const used = new Set([...taken].map((n) => n.toLowerCase()));
  if (!used.has(base.toLowerCase())) return base;
  for (let i = 2; ; i++) {
    const candidate = `${base} (${i})`;
    if (!used.has(candidate.toLowerCase())) return candidate;
  }
}
