import type { Dataset, Result } from "../core";
import { store } from "../data";
import { cellValue } from "./excel-errors";

/**
 * Answers a streaming call now and again whenever the dataset changes, so a refresh reaches every
 * cell without a recalculation. The subscription ends when Excel cancels the call.
 */
export function answerLive<T>(
  invocation: CustomFunctions.StreamingInvocation<T | CustomFunctions.Error>,
  compute: (dataset: Dataset) => Result<T>,
): void {
  let last: Result<T> | undefined;
  const push = (dataset: Dataset) => {
    let result: Result<T>;
    try {
      result = compute(dataset);
    } catch (e) {
      // A defect must still reach the cell as an error value, never leave it at #BUSY!.
      invocation.setResult(
        new CustomFunctions.Error(CustomFunctions.ErrorCode.notAvailable, String(e)),
      );
      return;
    }
    if (last && sameResult(last, result)) return;
    last = result;
    invocation.setResult(cellValue(result));
  };
  push(store.current);
  const unsubscribe = store.subscribe(push);
  invocation.onCanceled = () => {
    unsubscribe();
  };
}

function sameResult<T>(a: Result<T>, b: Result<T>): boolean {
  if (a.ok && b.ok) return JSON.stringify(a.value) === JSON.stringify(b.value);
  if (!a.ok && !b.ok) return JSON.stringify(a.error) === JSON.stringify(b.error);
  return false;
}
