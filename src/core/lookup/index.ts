// Finding figures: one by region, category and period (and the `#N/A` saying why none is there),
// the newest and latest ones, and the memo that remembers lookups per dataset. Internal: the
// per-dataset index behind figureAt, and the shapes of the answers (FigureQuery, NewestFigures,
// ImportedFigures), which callers take as their functions return them.
export { figureAt } from "./figure-index";
export { queryFigure } from "./figure-query";
export {
  figureInUnit,
  findFigure,
  growthOnly,
  lookupExports,
  periodLists,
  publishedInput,
  valueIn,
  withheldFor,
  type FoundValue,
} from "./find-figure";
export { isLatest, isOmitted, latestPeriod, newestAnswer } from "./latest";
export { memoizeLookup, type Lookup3 } from "./lookup-memo";
export { importedFigures, newestFigures, ziboPeriods } from "./newest";
