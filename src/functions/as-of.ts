/*
 * Code the functions fetch on first use, so that they start without it: the figures as known on
 * a date (`as_of`, which re-derives a past dataset) and SERIES in a form other than published.
 */
import { isOmitted, type Dataset, type Result } from "../core";
import { Pending } from "./live";

/** The code once fetched; until then Pending (a failed fetch is tried again on the next ask). */
function onDemand<T>(load: () => Promise<T>): () => T {
  let code: T | null = null;
  let loading: Promise<T> | null = null;
  return () => {
    if (code) return code;
    const pending = (loading ??= load());
    pending.then(
      (loaded) => (code = loaded),
      () => {
        if (loading === pending) loading = null;
      },
    );
    throw new Pending(pending);
  };
}

/** Starts fetching code before its first use; a failed fetch waits for that use to try again. */
export function prefetch(code: () => unknown): void {
  try {
    code();
  } catch {
    // Pending: the fetch has begun, and its end is awaited by whichever call first needs it.
  }
}

const vintageCode = onDemand(() => import(/* webpackChunkName: "vintage" */ "../core/vintage"));

/** FIGURE and PARK: the cards and Excel's shapes for them. */
export const cardsCode = onDemand(() => import(/* webpackChunkName: "cards" */ "./cards"));

/** SOURCE: citations and the working of derived figures. */
export const sourceCode = onDemand(() => import(/* webpackChunkName: "source" */ "./source-code"));

export const seriesFormsCode = onDemand(
  () => import(/* webpackChunkName: "series-forms" */ "../core/series-forms"),
);

/**
 * `answer` on the dataset as known on `asOf` (given its ISO date), or on the live dataset (date
 * null) where `asOf` is left out.
 */
export function asOf<T>(
  ds: Dataset,
  asOf: unknown,
  answer: (ds: Dataset, date: string | null) => Result<T>,
): Result<T> {
  return isOmitted(asOf) ? answer(ds, null) : vintageCode().answerAsOf(ds, asOf, answer);
}
