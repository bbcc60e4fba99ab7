import { SOURCE_LANGUAGE, type Dataset, type Language } from "../../core";
import type { PaneStrings } from "../strings";
import { distinctSourceIds, firstSourceLink, sourcesText } from "./source-text";
import { withoutColumns, type BlockOptions, type InsertBlock, type TableSpec } from "./table-spec";
import { TEXT } from "./number-formats";

const PARK_COLUMNS = ["park", "nameZh", "focus", "location", "source", "sourceLink"] as const;
const NOTE_COLUMNS = ["note", "details", "source"] as const;

/** The industrial parks, and under them the notes on the industry (Geely's factory, the 2023 plan…). */
export function parksBlock(
  dataset: Dataset,
  strings: PaneStrings,
  lang: Language,
  { allColumns = false }: BlockOptions = {},
): InsertBlock {
  const text = strings.table;
  const parks = text.parks;
  const notes = text.parkNotes;
  const used = distinctSourceIds([
    ...dataset.parks.map((p) => p.sourceIds),
    ...dataset.notes.map((n) => n.sourceIds),
  ]);
  const parksTable: TableSpec = {
    kind: "parks",
    columns: PARK_COLUMNS,
    headers: PARK_COLUMNS.map((key) => parks[key]),
    rows: dataset.parks.map((p) => [
      p.name[lang],
      p.name.zh,
      p.focus[lang],
      p.location[lang],
      sourcesText(dataset, p.sourceIds, text),
      firstSourceLink(dataset, p.sourceIds),
    ]),
    numberFormats: Array(6).fill(TEXT),
    linkColumn: 5,
    wrapColumns: [4],
  };
  return {
    tables: [
      lang === SOURCE_LANGUAGE && !allColumns ? withoutColumns(parksTable, ["nameZh"]) : parksTable,
      {
        kind: "parkNotes",
        columns: NOTE_COLUMNS,
        headers: NOTE_COLUMNS.map((key) => notes[key]),
        rows: dataset.notes.map((n) => [
          n.title[lang],
          n.text[lang],
          sourcesText(dataset, n.sourceIds, text),
        ]),
        numberFormats: Array(3).fill(TEXT),
        linkColumn: null,
        wrapColumns: [1, 2],
      },
    ],
    lines: [
      text.citationSources({ sources: sourcesText(dataset, used, text) }),
      text.parksCitationDataset({ version: dataset.version, asOf: dataset.asOf }),
    ],
    sheetName: text.sheetName.parks,
    language: lang,
  };
}
