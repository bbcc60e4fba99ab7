import { parseCategory } from "./categories";
import { parsePeriod } from "./periods";
import { parseUnit } from "./parse-unit";
import type { Result } from "./result";

/** Enough for every distinct category, period and unit text a workbook holds, yet bounded. */
const CACHE_LIMIT = 4096;

/**
 * Remembers the parse of each text or number a cell passes: a workbook repeats the same few
 * inputs in thousands of formulas, and every dataset change re-answers them all. Parses are pure
 * and their results are never mutated, so sharing one result object is safe.
 */
export function memoizeParse<T>(
  parse: (input: unknown) => Result<T>,
): (input: unknown) => Result<T> {
  const cache = new Map<unknown, Result<T>>();
  return (input) => {
    const cacheable = typeof input === "string" || typeof input === "number";
    if (!cacheable) return parse(input);
    let result = cache.get(input);
    if (result === undefined) {
      result = parse(input);
      if (cache.size >= CACHE_LIMIT) cache.clear();
      cache.set(input, result);
    }
    return result;
  };
}

export const parseCategoryCached = memoizeParse(parseCategory);
export const parsePeriodCached = memoizeParse(parsePeriod);
export const parseUnitCached = memoizeParse(parseUnit);
