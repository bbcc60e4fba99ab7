/*
 * What the folded sections draw only once they are opened (the formula picker, the chart preview,
 * the sources list, the Paste a release button): a chunk of its own, so the pane starts without
 * it. It is fetched when the page is idle after start-up, so an opening finds it there.
 */
export type FoldedCode = typeof import("./folded-content");

let loading: Promise<FoldedCode> | null = null;
let loaded: FoldedCode | null = null;

/** The code, once it has arrived: a section opened then is drawn in the same turn. */
export function foldedCodeLoaded(): FoldedCode | null {
  return loaded;
}

/** Fetches the code from the add-in's server; a failed fetch is tried again by the next call. */
export function loadFoldedCode(): Promise<FoldedCode> {
  const pending = (loading ??= import(
    /* webpackChunkName: "folded-sections" */ "./folded-content"
  ).then((code) => (loaded = code)));
  pending.catch(() => {
    if (loading === pending) loading = null;
  });
  return pending;
}

/** Fetches the code when the page is next idle; a failure waits for the first opening to retry. */
export function prefetchFoldedCode(): void {
  const fetchNow = () => void loadFoldedCode().catch(() => undefined);
  if (typeof requestIdleCallback === "function") requestIdleCallback(fetchNow, { timeout: 2000 });
  else setTimeout(fetchNow, 0);
}
