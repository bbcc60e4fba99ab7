import { loadPaneStrings } from "./strings";

export type WorkbookCode = typeof import("./workbook");

let loading: Promise<WorkbookCode> | null = null;

/**
 * The workbook-writing code, fetched from the add-in's server on first use. A failed fetch (the
 * server out of reach) rejects this action, which reports it, and the next action tries again.
 */
export function workbookCode(): Promise<WorkbookCode> {
  // Tables and charts may have been written in either language, so both tables come too.
  const pending = (loading ??= Promise.all([
    import(/* webpackChunkName: "workbook" */ "./workbook"),
    loadPaneStrings("zh"),
  ]).then(([code]) => code));
  pending.catch(() => {
    if (loading === pending) loading = null;
  });
  return pending;
}
