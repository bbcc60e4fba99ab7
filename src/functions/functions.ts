/*
 * The ZIBO custom functions. The JSDoc of each function is its contract: the build generates
 * functions.json from it and appends the CustomFunctions.associate calls. Ids never change,
 * because saved workbooks refer to them; a golden test of functions.json guards them.
 *
 * Parameters typed `unknown[][]` are ranges: Excel passes a range as rows of values and a single
 * value as [[value]], so one declaration serves =ZIBO.EXPORTS("NEV","2024Q1") and
 * =ZIBO.EXPORTS(A2:A4,B1:D1). Such functions answer a grid (one value shows as a single cell).
 * An omitted optional range arrives as null, which the core reads as an empty cell.
 */
import {
  broadcast,
  isOmitted,
  ok,
  parseRegion,
  type RegionCode,
  lookupExportsCached,
  lookupGrowthCached,
  lookupRegionExports,
  lookupRegionGrowth,
  datasetInfo,
  latestPeriod,
  lookupShareCached,
  mapResult,
  parkTable,
  plainCell,
  shareOfRegion,
  yoyBase,
  yoyChange,
  type Dataset,
} from "../core";
import { cellValue, displayLanguage, gridValues, toExcelError } from "./excel-errors";
import { answerLive } from "./live";
import { asOf, cardsCode, prefetch, seriesFormsCode, sourceCode } from "./as-of";

// The cards' code comes once the page is idle after start-up (after the associate calls that end
// this script), so a first FIGURE or PARK answers without waiting for it.
if (typeof requestIdleCallback === "function") {
  requestIdleCallback(() => prefetch(cardsCode), { timeout: 5000 });
}

/** A spilling function's defect fills its one cell. */
const inOneCell = (error: CustomFunctions.Error) => [[error]];

/**
 * Exports of a "new three" category of Zibo in a quarter, in million yuan unless a unit is given. Give a column of categories and a row of periods to get a table. Updates itself when the data is refreshed.
 * @customfunction EXPORTS EXPORTS
 * @helpurl https://localhost:3000/help.html#exports
 * @param category NEV, LIB, PV, TOTAL or LIB_PV; English or Chinese names work too (新能源汽车, 新三样). A cell or a range.
 * @param period A quarter such as "2024Q1" or "Q1 2024", a half such as "2024H1", a month such as "2024M05", a year-to-date span such as "2023M01-M09" or "Jan-Sep 2023", a year, or a date inside the quarter. "latest" (最新) is the newest span with an answer, and moves when a refresh brings a new one. A cell or a range.
 * @param [unit] Million yuan by default ("CNY"); also 元, 万元, 亿元 or "billion yuan"; US dollars as "USD" (million), 美元, 万美元, 亿美元 or "billion USD", where the source gives a rate.
 * @param [as_of] A date (a date cell or ISO text such as "2024-06-01"): the figure as it was known then, from its revisions and its source's publication date; #N/A before it was first published.
 * @param invocation Streaming invocation.
 */
export function exportsGrid(
  category: unknown[][],
  period: unknown[][],
  unit: unknown[][],
  as_of: unknown[][],
  invocation: CustomFunctions.StreamingInvocation<Array<Array<number | CustomFunctions.Error>>>,
): void {
  answerLive(
    invocation,
    (dataset) =>
      gridValues(
        broadcast([category, period, unit, as_of], (c, p, u, a) =>
          mapResult(
            asOf(dataset, a, (d) => lookupExportsCached(d, c, p, u)),
            (found) => found.value,
          ),
        ),
      ),
    inOneCell,
  );
}

/**
 * The year-ago value implied by a current value and its year-on-year change in percent points: current / (1 + yoy_percent / 100). A %-formatted cell showing 931.2 % holds 9.312 and is read as +9.312 %: write A1*100. Export values are never negative: a negative current is #NUM!, as is a change below -100 %; -100 % is #DIV/0!. Works cell by cell on ranges.
 * @customfunction YOY_BASE YOY_BASE
 * @helpurl https://localhost:3000/help.html#yoy_base
 * @param current The current value, such as 80. A cell or a range.
 * @param yoy_percent The change in percent points: 931.2 means +931.2 %, 0.5 means +0.5 %. A %-formatted cell holds the fraction (931.2 % is 9.312): multiply it by 100. A cell or a range.
 * @returns The year-ago base.
 */
export function yoyBaseGrid(
  current: unknown[][],
  yoy_percent: unknown[][],
): Array<Array<number | CustomFunctions.Error>> {
  return gridValues(broadcast([current, yoy_percent], yoyBase));
}

/**
 * Year-on-year change in percent from a current value and its year-ago base: (current / base − 1) × 100. Export values are never negative: a negative current or base is #NUM!, so the change is never below -100 %; a base of 0 is #DIV/0!. Works cell by cell on ranges.
 * @customfunction YOY YOY
 * @helpurl https://localhost:3000/help.html#yoy
 * @param current The current value, such as 80. A cell or a range.
 * @param base The year-ago value, such as 7.758. A cell or a range.
 * @returns The change in percent.
 */
export function yoyGrid(
  current: unknown[][],
  base: unknown[][],
): Array<Array<number | CustomFunctions.Error>> {
  return gridValues(broadcast([current, base], yoyChange));
}

/**
 * Year-on-year growth in percent of a published figure: the rate the source reports, else computed from the year-ago figure, else #N/A. Updates itself when the data is refreshed.
 * @customfunction GROWTH GROWTH
 * @helpurl https://localhost:3000/help.html#growth
 * @param category NEV, LIB, PV, TOTAL or LIB_PV, or their English or Chinese names. A cell or a range.
 * @param period A quarter such as "2024Q1", a half such as "2024H1", a month such as "2024M05", a year-to-date span such as "2023M01-M09", a year, or a date inside the quarter. "latest" (最新) is the newest span with an answer, and moves when a refresh brings a new one. A cell or a range.
 * @param [as_of] A date (a date cell or ISO text such as "2024-06-01"): the figure as it was known then, from its revisions and its source's publication date; #N/A before it was first published.
 * @param invocation Streaming invocation.
 */
export function growthGrid(
  category: unknown[][],
  period: unknown[][],
  as_of: unknown[][],
  invocation: CustomFunctions.StreamingInvocation<Array<Array<number | CustomFunctions.Error>>>,
): void {
  answerLive(
    invocation,
    (dataset) =>
      gridValues(
        broadcast([category, period, as_of], (c, p, a) =>
          mapResult(
            asOf(dataset, a, (d) => lookupGrowthCached(d, c, p)),
            (m) => m.value,
          ),
        ),
      ),
    inOneCell,
  );
}

/**
 * Percent of the "new three" total (TOTAL) that a category makes up in a quarter, computed from two published figures; #N/A where either is unpublished or only derived (such as LIB_PV = TOTAL − NEV). Updates itself when the data is refreshed.
 * @customfunction SHARE SHARE
 * @helpurl https://localhost:3000/help.html#share
 * @param category NEV, LIB, PV, TOTAL or LIB_PV, or their English or Chinese names. A cell or a range.
 * @param period A quarter such as "2024Q1", a half such as "2024H1", a month such as "2024M05", a year-to-date span such as "2023M01-M09", a year, or a date inside the quarter. "latest" (最新) is the newest span with an answer, and moves when a refresh brings a new one. A cell or a range.
 * @param invocation Streaming invocation.
 */
export function shareGrid(
  category: unknown[][],
  period: unknown[][],
  invocation: CustomFunctions.StreamingInvocation<Array<Array<number | CustomFunctions.Error>>>,
): void {
  answerLive(
    invocation,
    (dataset) =>
      gridValues(
        broadcast([category, period], (c, p) =>
          mapResult(lookupShareCached(dataset, c, p), (m) => m.value),
        ),
      ),
    inOneCell,
  );
}

/**
 * Exports of the "new three" of Shandong province or China, for context: in million yuan unless a unit is given. Only figures a source publishes; #N/A elsewhere. Updates itself when the data is refreshed.
 * @customfunction REGION_EXPORTS REGION_EXPORTS
 * @helpurl https://localhost:3000/help.html#region_exports
 * @param region "Shandong" or "China", in English or Chinese (山东, 全国, 中国); "Zibo" works too. A cell or a range.
 * @param category TOTAL for the "new three" as a whole, or NEV, LIB, PV, LIB_PV where published. A cell or a range.
 * @param period A quarter such as "2024Q1", a year-to-date span such as "2023M01-M09" or "2023年1-9月", a half such as "2024H1", a year such as 2023, or a date inside the quarter. "latest" (最新) is the newest span with an answer, and moves when a refresh brings a new one. A cell or a range.
 * @param [unit] Million yuan by default ("CNY"); also 元, 万元, 亿元 or "billion yuan"; US dollars as "USD" (million), 美元, 万美元, 亿美元 or "billion USD", where the source gives a rate.
 * @param [as_of] A date (a date cell or ISO text such as "2024-06-01"): the figure as it was known then, from its revisions and its source's publication date; #N/A before it was first published.
 * @param invocation Streaming invocation.
 */
export function regionExportsGrid(
  region: unknown[][],
  category: unknown[][],
  period: unknown[][],
  unit: unknown[][],
  as_of: unknown[][],
  invocation: CustomFunctions.StreamingInvocation<Array<Array<number | CustomFunctions.Error>>>,
): void {
  answerLive(
    invocation,
    (dataset) =>
      gridValues(
        broadcast([region, category, period, unit, as_of], (r, c, p, u, a) =>
          mapResult(
            asOf(dataset, a, (d) => lookupRegionExports(d, r, c, p, u)),
            (found) => found.value,
          ),
        ),
      ),
    inOneCell,
  );
}

/**
 * Year-on-year growth in percent of a "new three" figure of Shandong province or China: the rate the source reports (also where it publishes only the rate), else computed from the year-ago figure, else #N/A. Updates itself when the data is refreshed.
 * @customfunction REGION_GROWTH REGION_GROWTH
 * @helpurl https://localhost:3000/help.html#region_growth
 * @param region "Shandong" or "China", in English or Chinese (山东, 全国, 中国); "Zibo" works too. A cell or a range.
 * @param category TOTAL, NEV, LIB, PV or LIB_PV, or their English or Chinese names. A cell or a range.
 * @param period A quarter such as "2024Q1", a year-to-date span such as "2023M01-M09" or "2023年1-9月", a half such as "2024H1", a year such as 2023, or a date inside the quarter. "latest" (最新) is the newest span with an answer, and moves when a refresh brings a new one. A cell or a range.
 * @param [as_of] A date (a date cell or ISO text such as "2024-06-01"): the figure as it was known then, from its revisions and its source's publication date; #N/A before it was first published.
 * @param invocation Streaming invocation.
 */
export function regionGrowthGrid(
  region: unknown[][],
  category: unknown[][],
  period: unknown[][],
  as_of: unknown[][],
  invocation: CustomFunctions.StreamingInvocation<Array<Array<number | CustomFunctions.Error>>>,
): void {
  answerLive(
    invocation,
    (dataset) =>
      gridValues(
        broadcast([region, category, period, as_of], (r, c, p, a) =>
          mapResult(
            asOf(dataset, a, (d) => lookupRegionGrowth(d, r, c, p)),
            (m) => m.value,
          ),
        ),
      ),
    inOneCell,
  );
}

/**
 * Zibo's exports as a percent of a region's (Shandong province or China) in the same period, computed from two published figures; #N/A where either is unpublished or only derived (such as a year-ago base), and the message says which. Updates itself when the data is refreshed.
 * @customfunction SHARE_OF SHARE_OF
 * @helpurl https://localhost:3000/help.html#share_of
 * @param region "Shandong" or "China", in English or Chinese (山东, 全国, 中国). A cell or a range.
 * @param period A quarter such as "2024Q1" or a year such as 2023. "latest" (最新) is the newest span with an answer, and moves when a refresh brings a new one. A cell or a range.
 * @param [category] TOTAL (the default), or NEV, LIB, PV, LIB_PV where both sides are published. A cell or a range.
 * @param invocation Streaming invocation.
 */
export function shareOfGrid(
  region: unknown[][],
  period: unknown[][],
  category: unknown[][],
  invocation: CustomFunctions.StreamingInvocation<Array<Array<number | CustomFunctions.Error>>>,
): void {
  answerLive(
    invocation,
    (dataset) =>
      gridValues(
        broadcast([region, period, category], (r, p, c) =>
          mapResult(shareOfRegion(dataset, r, p, c), (m) => m.value),
        ),
      ),
    inOneCell,
  );
}

/**
 * The citation of a figure as text: publisher, title, date and address; for a derived figure, first how it was derived. With "USD", the citation of the dollar figure: a converted one says "converted at the rate the source implies" and shows the rate. Updates itself when the data is refreshed.
 * @customfunction SOURCE SOURCE
 * @helpurl https://localhost:3000/help.html#source
 * @param category NEV, LIB, PV, TOTAL or LIB_PV, or their English or Chinese names. A cell or a range.
 * @param period A quarter such as "2024Q1", a half such as "2024H1", a month such as "2024M05", a year-to-date span such as "2023M01-M09", a year, or a date inside the quarter. "latest" (最新) is the newest span with an answer, and moves when a refresh brings a new one. A cell or a range.
 * @param [unit] The unit of the figure, as in EXPORTS: Million yuan by default ("CNY"); also 元, 万元, 亿元 or "billion yuan"; US dollars as "USD" (million), 美元, 万美元, 亿美元 or "billion USD", where the source gives a rate.
 * @param [as_of] A date (a date cell or ISO text such as "2024-06-01"): the citation of the figure as it was known then, from its revisions and its source's publication date; #N/A before it was first published.
 * @param invocation Streaming invocation.
 */
export function sourceGrid(
  category: unknown[][],
  period: unknown[][],
  unit: unknown[][],
  as_of: unknown[][],
  invocation: CustomFunctions.StreamingInvocation<Array<Array<string | CustomFunctions.Error>>>,
): void {
  answerLive(
    invocation,
    (dataset) => {
      const { citedAsOf, lookupSourceCached } = sourceCode();
      const lang = displayLanguage();
      return gridValues(
        broadcast([category, period, unit, as_of], (c, p, u, a) =>
          asOf(dataset, a, (d, date) =>
            citedAsOf(lookupSourceCached(d, c, p, u, "ZIBO", lang), date, lang),
          ),
        ),
      );
    },
    inOneCell,
  );
}

/**
 * The latest period with a published or derived figure, as text such as "2024Q1". Updates itself when the data is refreshed.
 * @customfunction LATEST LATEST
 * @helpurl https://localhost:3000/help.html#latest
 * @param [category] NEV, LIB, PV, TOTAL or LIB_PV; leave it out for the latest period of any category.
 * @param invocation Streaming invocation.
 */
export function latestText(
  category: unknown,
  invocation: CustomFunctions.StreamingInvocation<string>,
): void {
  answerLive(invocation, (dataset) => cellValue(latestPeriod(dataset, plainCell(category))));
}

/**
 * Every period and value of a category, ordered by end month, under a header row (period, value, reported or derived, whether it is a year-to-date total). Spills. Updates itself when the data is refreshed.
 * @customfunction SERIES SERIES
 * @helpurl https://localhost:3000/help.html#series
 * @param category NEV, LIB, PV, TOTAL or LIB_PV, or their English or Chinese names.
 * @param [from] The first period to include, such as "2023Q1" or 2023; leave it out to start at the oldest; "latest" (最新) for the newest row only.
 * @param [to] The last period to include, such as "2024Q4" or 2024; leave it out to end at the latest.
 * @param [unit] Million yuan by default ("CNY"); also 元, 万元, 亿元 or "billion yuan"; US dollars as "USD" (million), 美元, 万美元, 亿美元 or "billion USD", where the source gives a rate.
 * @param [form] "published" (the default: every span as published, year-to-date totals flagged), "quarters" (按季度: discrete quarters, reported or derived by difference), "ytd" (累计: year-to-date totals, reported or summed from reported quarters) or "growth" (增速: year-on-year rates in percent).
 * @param [region] "Zibo" (the default), "Shandong" or "China", in English or Chinese.
 * @param [as_of] A date (a date cell or ISO text such as "2024-06-01"): the rows as they were known then.
 * @param invocation Streaming invocation.
 */
export function seriesTable(
  category: unknown,
  from: unknown,
  to: unknown,
  unit: unknown,
  form: unknown,
  region: unknown,
  as_of: unknown,
  invocation: CustomFunctions.StreamingInvocation<
    Array<Array<string | number | CustomFunctions.Error>>
  >,
): void {
  answerLive(
    invocation,
    (dataset) => seriesRows(dataset, [category, from, to, unit, form, region, as_of]),
    inOneCell,
  );
}

function seriesRows(
  dataset: Dataset,
  inputs: unknown[],
): (string | number | CustomFunctions.Error)[][] {
  // A card (FIGURE, PARK) passed in reads as the value it shows, as in the range functions.
  const [c, f, t, u, form, r, a] = inputs.map(plainCell);
  const region = isOmitted(r) ? ok<RegionCode>("ZIBO") : parseRegion(r);
  if (!region.ok) return [[toExcelError(region.error)]];
  const code = seriesFormsCode();
  const series = asOf(dataset, a, (d) => code.seriesInForm(d, c, f, t, u, form, region.value));
  if (!series.ok) return [[toExcelError(series.error)]];
  return code
    .seriesTable(series.value, region.value, displayLanguage())
    .map((row) => row.map((v) => (typeof v === "string" ? v : cellValue(v))));
}

/**
 * The industrial parks of Zibo's new energy platform: name, Chinese name and focus, under a header row. Spills. Updates itself when the data is refreshed.
 * @customfunction PARKS PARKS
 * @helpurl https://localhost:3000/help.html#parks
 * @param invocation Streaming invocation.
 */
export function parksTable(
  invocation: CustomFunctions.StreamingInvocation<Array<Array<string | CustomFunctions.Error>>>,
): void {
  answerLive(invocation, (dataset) => parkTable(dataset, displayLanguage()), inOneCell);
}

/**
 * The version and as-of date of the dataset the formulas read. Updates itself when the data is refreshed.
 * @customfunction INFO INFO
 * @helpurl https://localhost:3000/help.html#info
 * @param invocation Streaming invocation.
 */
export function infoText(invocation: CustomFunctions.StreamingInvocation<string>): void {
  answerLive(invocation, (dataset) => datasetInfo(dataset, displayLanguage()));
}

/* Cards: values that open a card with their provenance where Excel shows data types. */

/**
 * A figure as a number that carries a card: Excel shows the number and calculates with it (=ZIBO.FIGURE("NEV","2024Q1")*2 is 140); its card gives the unit, period, region, category, reported or derived and how, the source and the dataset. Where Excel cannot show cards, the plain number. Updates itself when the data is refreshed.
 * @customfunction FIGURE FIGURE
 * @helpurl https://localhost:3000/help.html#figure
 * @param category NEV, LIB, PV, TOTAL or LIB_PV; English or Chinese names work too (新能源汽车, 新三样). A cell or a range.
 * @param period A quarter such as "2024Q1", "2024-Q1" or "Q1 2024", a year such as 2023, or a date inside the quarter. "latest" (最新) is the newest span with an answer, and moves when a refresh brings a new one. A cell or a range.
 * @param [unit] Million yuan by default ("CNY"); also 元, 万元, 亿元 or "billion yuan"; US dollars as "USD" (million), 美元, 万美元, 亿美元 or "billion USD", where the source gives a rate.
 * @param [region] "Zibo" (the default), "Shandong" or "China", in English or Chinese.
 * @param [as_of] A date (a date cell or ISO text such as "2024-06-01"): the figure as it was known then, from its revisions and its source's publication date; #N/A before it was first published.
 * @param invocation Streaming invocation.
 */
export function figureCards(
  category: unknown[][],
  period: unknown[][],
  unit: unknown[][],
  region: unknown[][],
  as_of: unknown[][],
  invocation: CustomFunctions.StreamingInvocation<
    Array<Array<Excel.DoubleCellValue | number | CustomFunctions.Error>>
  >,
): void {
  answerLive(
    invocation,
    (dataset) => {
      const { figureCellValue, lookupFigureCard, supportsCards } = cardsCode();
      const lang = displayLanguage();
      const cards = supportsCards("figure");
      return gridValues(
        broadcast([category, period, unit, region, as_of], (c, p, u, r, a) =>
          mapResult(
            asOf(dataset, a, (d, date) => lookupFigureCard(d, c, p, u, r, lang, date ?? undefined)),
            (card) => (cards ? figureCellValue(card) : card.value),
          ),
        ),
      );
    },
    inOneCell,
  );
}

/**
 * An industrial park of Zibo's new energy platform as a card: the cell shows its name; the card its English and Chinese names, focus, location and sources. Where Excel cannot show cards, the name. Updates itself when the data is refreshed.
 * @customfunction PARK PARK
 * @helpurl https://localhost:3000/help.html#park
 * @param name_or_id The park's id (such as "zero-carbon") or its English or Chinese name. A cell or a range.
 * @param invocation Streaming invocation.
 */
export function parkCards(
  name_or_id: unknown[][],
  invocation: CustomFunctions.StreamingInvocation<
    Array<Array<Excel.EntityCellValue | string | CustomFunctions.Error>>
  >,
): void {
  answerLive(
    invocation,
    (dataset) => {
      const { lookupParkCard, parkCellValue, supportsCards } = cardsCode();
      const lang = displayLanguage();
      const cards = supportsCards("entity");
      return gridValues(
        broadcast([name_or_id], (input) =>
          mapResult(lookupParkCard(dataset, input, lang), (card) =>
            cards ? parkCellValue(card) : card.name,
          ),
        ),
      );
    },
    inOneCell,
  );
}
