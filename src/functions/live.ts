import type { Dataset } from "../core";
import { store } from "../data";
import { unexpectedError } from "./excel-errors";

/**
 * Thrown by an answer whose code is still being fetched (a chunk loaded on first use): the call
 * is answered again once `ready` settles, and the cell shows #BUSY! until then.
 */
export class Pending {
  constructor(readonly ready: Promise<unknown>) {}
}

/**
 * Answers a streaming call now and again whenever the dataset changes, so a refresh or an import
 * reaches every cell without a recalculation. Unchanged answers are not re-sent. The
 * subscription ends when Excel cancels the call (the formula is deleted or edited).
 *
 * `compute` returns the cell value, errors included; if it throws anyway, `onDefect` shapes the
 * error for the cell (a spilling function answers [[error]]), so the cell never stays #BUSY!.
 */
export function answerLive<V>(
  invocation: CustomFunctions.StreamingInvocation<V>,
  compute: (dataset: Dataset) => V | CustomFunctions.Error,
  onDefect: (error: CustomFunctions.Error) => V | CustomFunctions.Error = (error) => error,
): void {
  let sent = false;
  let last: V | CustomFunctions.Error | undefined;
  const push = (dataset: Dataset) => {
    let value: V | CustomFunctions.Error;
    try {
      value = compute(dataset);
    } catch (e) {
      if (e instanceof Pending) {
        // Answered again with the data current by then; a failed fetch is thrown again and shown.
        void e.ready.then(retry, retry);
        return;
      }
      value = onDefect(unexpectedError(e));
    }
    if (sent && sameCell(last, value)) return;
    sent = true;
    last = value;
    invocation.setResult(value);
  };
  let canceled = false;
  const retry = () => {
    if (!canceled) push(store.current);
  };
  push(store.current);
  const unsubscribe = store.subscribe(push);
  invocation.onCanceled = () => {
    canceled = true;
    unsubscribe();
  };
}

/** Compares cell values as Excel would show them: numbers, text, errors, cards, and grids of these. */
export function sameCell(a: unknown, b: unknown): boolean {
  if (Object.is(a, b)) return true;
  if (Array.isArray(a) && Array.isArray(b)) {
    return a.length === b.length && a.every((x, i) => sameCell(x, b[i]));
  }
  if (a instanceof CustomFunctions.Error && b instanceof CustomFunctions.Error) {
    return a.code === b.code && a.message === b.message;
  }
  if (isCard(a) && isCard(b)) {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => sameCell(a[k], b[k]));
  }
  return false;
}

/** A data-type value (a card): a plain object, compared field by field. */
function isCard(v: unknown): v is Record<string, unknown> {
  return typeof v === "object" && v !== null && Object.getPrototypeOf(v) === Object.prototype;
}
