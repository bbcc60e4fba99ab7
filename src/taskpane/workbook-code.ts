export type WorkbookCode = typeof import("./workbook");

let loading: Promise<WorkbookCode> | null = null;

/**
 * The workbook-writing code, fetched from the add-in's server on first use. A failed fetch (the
 * server out of reach) rejects this action, which reports it, and the next action tries again.
 */
export function workbookCode(): Promise<WorkbookCode> {
  const pending = (loading ??= import(/* webpackChunkName: "workbook" */ "./workbook"));
  pending.catch(() => {
    if (loading === pending) loading = null;
  });
  return pending;
}
