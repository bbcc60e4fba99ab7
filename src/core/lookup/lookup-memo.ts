import type { Dataset } from "../dataset";

/** Distinct questions remembered per dataset; past this the memo starts afresh. */
const MEMO_LIMIT = 50_000;
/** Short texts only: a memo of long pasted texts would hold on to too much memory. */
const MAX_KEY_LENGTH = 256;

export type Lookup3<R> = (ds: Dataset, a: unknown, b: unknown, c: unknown) => R;

/**
 * Remembers the answers of a pure three-argument lookup on the current dataset, keyed by the raw
 * cell inputs (text, numbers, booleans, empty). A workbook asks the same few questions in
 * thousands of cells and again on every dataset change; a new dataset starts a new memo, so no
 * answer outlives the data it came from. Other inputs (ranges, long texts) are not remembered.
 */
export function memoizeLookup<R>(lookup: Lookup3<R>): Lookup3<R> {
  let memoDataset: Dataset | null = null;
  let root = new Map<unknown, Map<unknown, Map<unknown, R>>>();
  let size = 0;
  return (ds, a, b, c) => {
    if (!isKey(a) || !isKey(b) || !isKey(c)) return lookup(ds, a, b, c);
    if (ds !== memoDataset || size >= MEMO_LIMIT) {
      memoDataset = ds;
      root = new Map();
      size = 0;
    }
    let byB = root.get(a);
    if (byB === undefined) root.set(a, (byB = new Map()));
    let byC = byB.get(b);
    if (byC === undefined) byB.set(b, (byC = new Map()));
    let result = byC.get(c);
    if (result === undefined) {
      result = lookup(ds, a, b, c);
      byC.set(c, result);
      size++;
    }
    return result;
  };
}

function isKey(v: unknown): boolean {
  return typeof v === "string"
    ? v.length <= MAX_KEY_LENGTH
    : v == null || typeof v === "number" || typeof v === "boolean";
}
