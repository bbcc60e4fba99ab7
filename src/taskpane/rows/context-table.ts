import {
  CATEGORIES,
  REGION_CODES,
  REGIONS,
  comparePeriods,
  periodKey,
  type Dataset,
  type Language,
  withoutFloatNoise,
} from "../../core";
import type { PaneStrings } from "../strings";
import { derivationText, figureSourceIds, kindText } from "./exports-table";
import { distinctSourceIds, firstSourceLink, sourcesText } from "./source-text";
import { KEY, MILLIONS, PERCENT_CHANGE, TEXT } from "./number-formats";
import type { InsertBlock, TableSpec } from "./table-spec";

const CONTEXT_COLUMNS = [
  "region",
  "period",
  "category",
  "cnyMn",
  "yoyPct",
  "kind",
  "derivation",
  "source",
  "sourceLink",
] as const;

/**
 * The context figures: the "new three" exports of Shandong province and China that a source
 * publishes (and the year-ago bases their rates imply, marked derived), to set Zibo's beside.
 * Periods are quarters or years, as each source publishes them.
 */
export function contextBlock(dataset: Dataset, strings: PaneStrings, lang: Language): InsertBlock {
  const text = strings.table;
  const figures = dataset.figures
    .filter((f) => f.region !== "ZIBO")
    .sort(
      (a, b) =>
        REGION_CODES.indexOf(a.region) - REGION_CODES.indexOf(b.region) ||
        comparePeriods(a.period, b.period),
    );
  const table: TableSpec = {
    kind: "context",
    columns: CONTEXT_COLUMNS,
    headers: CONTEXT_COLUMNS.map((key) => text.context[key]),
    rows: figures.map((f) => {
      const sourceIds = figureSourceIds(f);
      const region = REGIONS[f.region];
      const category = CATEGORIES[f.category];
      return [
        lang === "zh" ? region.nameZh : region.nameEn,
        periodKey(f.period),
        lang === "zh" ? category.nameZh : category.nameEn,
        withoutFloatNoise(f.cny.value),
        f.yoyPct ? withoutFloatNoise(f.yoyPct.value) : "",
        kindText(f, text),
        derivationText(f, text, lang),
        sourcesText(dataset, sourceIds, text),
        firstSourceLink(dataset, sourceIds),
      ];
    }),
    numberFormats: [TEXT, KEY, TEXT, MILLIONS, PERCENT_CHANGE, TEXT, TEXT, TEXT, TEXT],
    linkColumn: 8,
    wrapColumns: [6, 7],
  };
  const used = distinctSourceIds(figures.map(figureSourceIds));
  return {
    tables: [table],
    lines: [
      text.citationSources({ sources: sourcesText(dataset, used, text) }),
      text.citationDataset({ version: dataset.version, asOf: dataset.asOf }),
    ],
    sheetName: text.sheetName.context,
    language: lang,
  };
}
