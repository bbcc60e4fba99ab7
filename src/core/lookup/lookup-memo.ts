import type { Dataset } from "../dataset";

/** Distinct questions remembered per dataset; past this the memo starts afresh. */
const MEMO_LIMIT = 50_000;
/** Short texts only: a memo of long pasted texts would hold on to too much memory. */
const MAX_KEY_LENGTH = 256;

export type Lookup3<R> = (ds: Dataset, a: unknown, b: unknown, c: unknown) => R;

/**
 * Remembers the answers of a pure three-argument lookup on the current dataset, keyed by the raw
 * cell inputs (text, numbers, booleans, empty). A workbook asks the same few questions in
 * thousands of cells and again on every dataset change; each dataset has its own memo, so no
 * answer outlives the data it came from. Other inputs (ranges, long texts) are not remembered.
 */
export function memoizeLookup<R>(lookup: Lookup3<R>): Lookup3<R> {
  // Per dataset: cells asking of the live dataset and of a past vintage (`as_of`) do not push
  // each other out. A dataset no longer referenced takes its memo with it.
  const memos = new WeakMap<
    Dataset,
    { root: Map<unknown, Map<unknown, Map<unknown, R>>>; size: number }
  >();
  return (ds, a, b, c) => {
    if (!isKey(a) || !isKey(b) || !isKey(c)) return lookup(ds, a, b, c);
    let memo = memos.get(ds);
    if (memo === undefined || memo.size >= MEMO_LIMIT)
      memos.set(ds, (memo = { root: new Map(), size: 0 }));
    const { root } = memo;
    let byB = root.get(a);
    if (byB === undefined) root.set(a, (byB = new Map()));
    let byC = byB.get(b);
    if (byC === undefined) byB.set(b, (byC = new Map()));
    let result = byC.get(c);
    if (result === undefined) {
      result = lookup(ds, a, b, c);
      byC.set(c, result);
      memo.size++;
    }
    return result;
  };
}

function isKey(v: unknown): boolean {
  return typeof v === "string"
    ? v.length <= MAX_KEY_LENGTH
    : v == null || typeof v === "number" || typeof v === "boolean";
}
