// The rules of the add-in, free of Office: what the data layer, the functions and the pane use.
// Each line names what a module offers the rest of the add-in; the rest stays inside src/core:
// the derivation of figures (derive.ts), text normalising and code ordering (text.ts), the cached
// parses of categories and units, the helpers the cards and citations are built from, and the
// types of intermediate answers (a change's parts, a merge's options, a card's field keys).
// Everything here is pure and declares only, so a bundle keeps just the parts it uses. Two modules
// are imported directly by the chunks that bring them, and never named here: the file readers'
// English (file-message.ts, data-messages-files.ts) and the Chinese data messages
// (data-messages-zh.ts).

// The dataset and its figures
export {
  figureKey,
  leadMeasure,
  makeDataset,
  type Dataset,
  type Figure,
  type Kind,
  type Measure,
  type Contradiction,
  type ContradictionKind,
  type Revision,
  type Source,
} from "./dataset";
export { buildDataset, type DatasetContent } from "./dataset-content";
export { datasetFromSnapshot, snapshotOf, type DatasetSnapshot } from "./dataset-snapshot";
export { DERIVATION_KEYS, formatDerivation } from "./derivation-text";
export { mergeContent, type MergeMode } from "./merge";
export { changeMessages, describeChanges, hasChanges, type ChangeSummary } from "./change-summary";
export { findContradictions } from "./contradictions";
export { provenanceKind, type ProvenanceKind } from "./provenance-kind";
export { provenanceOf, type Provenance } from "./provenance";

// Codes: categories, regions, periods, units
export { CATEGORIES, CATEGORY_CODES, parseCategory, type CategoryCode } from "./categories";
export { REGION_CODES, REGIONS, regionName, type RegionCode } from "./regions";
export { parseRegion } from "./parse-region";
export {
  CLAUSE_SEPARATOR,
  inEachLanguage,
  LANGUAGES,
  LIST_SEPARATOR,
  listText,
  SENTENCE_SEPARATOR,
  SOURCE_LANGUAGE,
  textsIn,
  type Language,
  type Localized,
} from "./localized";
export {
  comparePeriods,
  isCumulative,
  makePeriod,
  MAX_YEAR,
  MIN_YEAR,
  parsePeriod,
  parsePeriodKey,
  periodKey,
  periodLabel,
  periodShape,
  quarterOf,
  quarterPeriod,
  yearAgo,
  yearPeriod,
  type Period,
} from "./periods";
export { isAsOfInFuture, isoDay, isTooFarAhead } from "./period-limits";
export { currencyOf, inUnit, unitList, unitName, UNITS, type Currency, type Unit } from "./units";
export { parseUnit } from "./parse-unit";
export { memoizeParse, parsePeriodCached } from "./parse-cache";

// Finding figures, and the answers of the functions
export {
  figureAt,
  importedFigures,
  isLatest,
  isOmitted,
  latestPeriod,
  lookupExports,
  memoizeLookup,
  newestFigures,
  ziboPeriods,
  type FoundValue,
} from "./lookup";
export { lookupExportsCached, lookupGrowthCached, lookupShareCached } from "./cached-lookups";
export { lookupSourceCached } from "./cached-source";
export { lookupGrowth } from "./growth";
export { lookupShare } from "./share";
export { lookupRegionExports, lookupRegionGrowth, shareOfRegion } from "./context";
export { lookupSeries, type Series } from "./series";
export { citedAsOf, formatSource, lookupSource } from "./citation";
export { figureCard, lookupFigureCard, type CardField, type FigureCard } from "./figure-card";
export { lookupParkCard, type ParkCard } from "./park-card";
export { parkTable } from "./parks";
export { datasetInfo } from "./info";
export { kindLabel, labelsFor, valueHeader } from "./labels";
export { yoyBase, yoyChange } from "./yoy";
export { broadcast, MAX_CELLS, plainCell, toMatrix } from "./broadcast";

// What is published, by region, category and span: the pane's catalogue
export {
  catalogueEntries,
  searchCatalogue,
  type CatalogueEntry,
  type CatalogueMark,
} from "./catalogue";

// Cells and results
export { mapResult, ok, type Result, type ZiboError } from "./result";
export { cleanCellValue, displayNumber, fmt, withoutFloatNoise } from "./cell-number";
export { asCellText, formulaSign, isZiboFormula } from "./zibo-formulas";

// Messages, in every language
export { formatMessage, languageFor, type MessageKey, type MessageParams } from "./messages";
export {
  addDataMessages,
  dataMessage,
  formatDataMessage,
  type DataMessage,
  type DataMessageKey,
  type Template,
} from "./data-messages";
export { errorDetail } from "./error-detail";

// Running one job at a time
export { SerialQueue } from "./serial-queue";

// Release text → draft figures: used by `data:draft` and the pane's Paste a release, whose chunk
// loads on first use (so nothing here reaches the start-up bundles).
export {
  draftFile,
  importFile,
  readRelease,
  skipReason,
  type DraftFile,
  type ReleaseFigure,
  type ReleaseReading,
  type SkipCode,
} from "./release";
