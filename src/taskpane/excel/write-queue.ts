import { SerialQueue } from "../../core";

/** Runs one batch against the workbook, as `Excel.run` does. */
export type ExcelRunner = <T>(batch: (context: Excel.RequestContext) => Promise<T>) => Promise<T>;

/**
 * The one door for workbook writes. Each job is one `Excel.run` that reads what it needs (row
 * counts, citation cells, the record of inserted tables) and writes in the same batch; the next
 * job starts only when it has finished, so no job acts on what another has half written. A job
 * must not queue another job and wait for it: it would wait for itself. A failed job is its
 * caller's to report; the next job runs regardless.
 */
export function writeQueue(runner: ExcelRunner): ExcelRunner {
  const jobs = new SerialQueue();
  return (batch) => jobs.run(() => runner(batch));
}

/**
 * The runtime's queue, shared by the pane and the ribbon commands: queues a batch behind every
 * workbook job already asked for.
 */
export const runExcel: ExcelRunner = writeQueue((batch) => Excel.run(batch));
