import {
  CATEGORIES,
  CATEGORY_CODES,
  REGION_CODES,
  regionName,
  comparePeriods,
  periodKey,
  type Dataset,
  type Language,
  withoutFloatNoise,
} from "../../core";
import type { PaneStrings } from "../strings";
import {
  amountColumns,
  derivationText,
  figureSourceIds,
  kindText,
  spanText,
  type TableUnit,
} from "./exports-table";
import { distinctSourceIds, firstSourceLink, sourcesText } from "./source-text";
import { KEY, PERCENT_CHANGE, TEXT } from "./number-formats";
import type { InsertBlock, TableSpec } from "./table-spec";

const CONTEXT_COLUMNS = [
  "region",
  "period",
  "span",
  "category",
  "cnyMn",
  "yoyPct",
  "kind",
  "derivation",
  "scope",
  "source",
  "sourceLink",
] as const;

/**
 * The context figures: the "new three" exports of Shandong province and China that a source
 * publishes (and the year-ago bases their rates imply, marked derived), to set Zibo's beside.
 * A row per span exactly as each source publishes it (quarters, year-to-date totals, years),
 * ordered by end month, then shorter spans first; growth-only figures have no value, and a figure
 * whose source counts something else by name says so in the scope column. In `unit` CNY_100M
 * the values are in 亿元, and the header (and column key) says so, as in the exports table.
 */
export function contextBlock(
  dataset: Dataset,
  strings: PaneStrings,
  lang: Language,
  unit: TableUnit = "CNY",
): InsertBlock {
  const text = strings.table;
  const { key: amountKey, header: amountHeader, amount, format } = amountColumns(unit, lang);
  const figures = dataset.figures
    .filter((f) => f.region !== "ZIBO")
    .sort(
      (a, b) =>
        REGION_CODES.indexOf(a.region) - REGION_CODES.indexOf(b.region) ||
        comparePeriods(a.period, b.period) ||
        CATEGORY_CODES.indexOf(a.category) - CATEGORY_CODES.indexOf(b.category),
    );
  const table: TableSpec = {
    kind: "context",
    columns: CONTEXT_COLUMNS.map(amountKey),
    headers: CONTEXT_COLUMNS.map((key) => amountHeader(key, text.context[key])),
    rows: figures.map((f) => {
      const sourceIds = figureSourceIds(f);
      return [
        regionName(f.region, lang),
        periodKey(f.period),
        spanText(f.period, text, lang),
        CATEGORIES[f.category].name[lang],
        amount(f.cny),
        f.yoyPct ? withoutFloatNoise(f.yoyPct.value) : "",
        kindText(dataset, f, text),
        derivationText(f, text, lang),
        f.scope?.[lang] ?? "",
        sourcesText(dataset, sourceIds, text),
        firstSourceLink(dataset, sourceIds),
      ];
    }),
    numberFormats: [TEXT, KEY, TEXT, TEXT, format, PERCENT_CHANGE, TEXT, TEXT, TEXT, TEXT, TEXT],
    linkColumn: CONTEXT_COLUMNS.indexOf("sourceLink"),
    wrapColumns: [
      CONTEXT_COLUMNS.indexOf("derivation"),
      CONTEXT_COLUMNS.indexOf("scope"),
      CONTEXT_COLUMNS.indexOf("source"),
    ],
  };
  const used = distinctSourceIds(figures.map(figureSourceIds));
  return {
    tables: [table],
    lines: [
      ...(figures.some((f) => f.scope) ? [text.contextScopes()] : []),
      text.citationSources({ sources: sourcesText(dataset, used, text) }),
      text.citationDataset({ version: dataset.version, asOf: dataset.asOf }),
    ],
    sheetName: text.sheetName.context,
    language: lang,
  };
}
