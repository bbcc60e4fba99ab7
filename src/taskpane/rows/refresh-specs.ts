import { LANGUAGES, type Dataset, type Language } from "../../core";
import { paneStrings } from "../strings";
import { contextBlock } from "./context-table";
import {
  exportsBlock,
  LATER_COLUMNS,
  TABLE_UNITS,
  type ExportsOptions,
  type TableUnit,
} from "./exports-table";
import { parksBlock } from "./parks-tables";
import type { InsertBlock, TableKind, TableSpec } from "./table-spec";

/**
 * The table an insert of `kind` would write now, in the language whose headers the inserted table
 * has; null when the headers match no language (the user changed them), so the table is left alone.
 */
export function refreshedSpec(
  dataset: Dataset,
  kind: TableKind,
  headers: readonly unknown[],
): TableSpec | null {
  for (const lang of LANGUAGES) {
    // An exports table may carry a column of figure cards; a Chinese table inserted before its
    // repeated name column was dropped still has it; one inserted before the span and scope
    // columns lacks them; one inserted in 亿元 (exports or context) names that unit. Its headers
    // tell which.
    for (const [cards, unit] of variants(kind)) {
      for (const allColumns of [false, true]) {
        const options = { cards, allColumns, unit };
        const spec = blockOf(dataset, kind, lang, options)?.tables.find((t) => t.kind === kind);
        if (spec && sameHeaders(spec.headers, headers)) return spec;
        const earlier = spec && withoutLaterColumns(spec);
        if (earlier && sameHeaders(earlier.headers, headers)) return earlier;
      }
    }
  }
  return null;
}

/** An exports table with or without cards, in each unit; the context table in each unit. */
function variants(kind: TableKind): [boolean, TableUnit][] {
  if (kind === "context") return TABLE_UNITS.map((unit) => [false, unit]);
  if (kind !== "exports") return [[false, "CNY"]];
  return TABLE_UNITS.flatMap((unit) =>
    [false, true].map((cards): [boolean, TableUnit] => [cards, unit]),
  );
}

/** The table as inserted before the span and scope columns existed, so that it still refreshes. */
function withoutLaterColumns(spec: TableSpec): TableSpec | null {
  const keep = spec.columns
    .map((key, i) => (LATER_COLUMNS.includes(key) ? -1 : i))
    .filter((i) => i >= 0);
  if (keep.length === spec.columns.length) return null;
  const pick = <T>(row: readonly T[]) => keep.map((i) => row[i]!);
  const moved = (i: number) => keep.indexOf(i);
  return {
    ...spec,
    columns: pick(spec.columns),
    headers: pick(spec.headers),
    rows: spec.rows.map(pick),
    numberFormats: pick(spec.numberFormats),
    linkColumn: spec.linkColumn === null ? null : moved(spec.linkColumn),
    wrapColumns: spec.wrapColumns.map(moved).filter((i) => i >= 0),
    ...(spec.cards ? { cards: { ...spec.cards, column: moved(spec.cards.column) } } : {}),
  };
}

/** The citation lines an insert of the block holding `kind` would write now, in `lang`. */
export function refreshedLines(dataset: Dataset, kind: TableKind, lang: Language): string[] {
  return [...(blockOf(dataset, kind, lang)?.lines ?? [])];
}

function blockOf(
  dataset: Dataset,
  kind: TableKind,
  lang: Language,
  { cards = false, allColumns = false, unit = "CNY" }: ExportsOptions = {},
): InsertBlock | null {
  const strings = paneStrings(lang);
  const blocks = {
    exports: () => exportsBlock(dataset, strings, lang, { cards, allColumns, unit }),
    parks: () => parksBlock(dataset, strings, lang, { allColumns }),
    parkNotes: () => parksBlock(dataset, strings, lang, { allColumns }),
    context: () => contextBlock(dataset, strings, lang, unit),
    chartData: () => null,
  } as const;
  return blocks[kind]();
}

function sameHeaders(expected: readonly string[], actual: readonly unknown[]): boolean {
  return expected.length === actual.length && expected.every((h, i) => h === actual[i]);
}
