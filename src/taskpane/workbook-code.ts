import { LANGUAGES } from "../core";
import { loadPaneStrings } from "./strings";

export type WorkbookCode = typeof import("./workbook");

let loading: Promise<WorkbookCode> | null = null;

/**
 * The workbook-writing code, fetched from the add-in's server on first use. A failed fetch (the
 * server out of reach) rejects this action, which reports it, and the next action tries again.
 */
export function workbookCode(): Promise<WorkbookCode> {
  // Tables and charts may have been written in any language, so every language's table comes too.
  const pending = (loading ??= Promise.all([
    import(/* webpackChunkName: "workbook" */ "./workbook"),
    Promise.all(LANGUAGES.map((language) => loadPaneStrings(language))),
  ]).then(([code]) => code));
  pending.catch(() => {
    if (loading === pending) loading = null;
  });
  return pending;
}
