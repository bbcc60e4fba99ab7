import type { Dataset } from "../core";
import {
  importFromFile,
  refreshNow,
  resetToPublished,
  startData,
  store,
  type DataStatus,
  type ImportOutcome,
} from "../data";
import type { DataMessage } from "../core";
import { errorText, runExcel, type ChartExtension, type TablesRefreshReport } from "./excel";
import { supportsExcelApi } from "./office-support";
import { missingExcelApi, type ExcelApiVersion } from "./requirements";
import { workbookCode } from "./workbook-code";

/** What a change of data did to the workbook's inserted tables and charts, or why it could not. */
export type WorkbookUpdate =
  | {
      ok: true;
      tables: TablesRefreshReport;
      charts: ChartExtension[];
      /** The tables were rewritten, but extending the charts' tables failed, for this reason. */
      chartsFailed: string | null;
    }
  | { ok: false; reason: string }
  /** This Excel lacks the ExcelApi version the update needs; nothing was tried. */
  | { ok: false; needsExcelApi: ExcelApiVersion };

export type DataEvent =
  | { kind: "status"; status: DataStatus; workbook: WorkbookUpdate | null }
  | { kind: "import"; outcome: ImportOutcome; workbook: WorkbookUpdate | null };

type DataListener = (event: DataEvent) => void;
const listeners = new Set<DataListener>();

/** The pane listens here, so a refresh from the ribbon is reported in the pane too. */
export function onDataEvent(listener: DataListener): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

function emit(event: DataEvent): DataEvent {
  for (const listener of listeners) listener(event);
  return event;
}

/** On start: the offline copy, then the feed; tables follow when the data changed. */
export async function startDataAndUpdate(): Promise<DataEvent> {
  return statusEvent(await startData());
}

/** The Refresh buttons (pane and ribbon). Formulas follow the store by themselves. */
export async function refreshAndUpdate(): Promise<DataEvent> {
  return statusEvent(await refreshNow());
}

/**
 * Reset to published data: forgets imports, the custom feed and the saved copy, checks the default
 * feed, and brings the inserted tables back to the published figures even when the feed has
 * nothing newer than the data the add-in ships with.
 */
export async function resetAndUpdate(): Promise<{ problems: DataMessage[]; event: DataEvent }> {
  const problems = await resetToPublished();
  const status = await refreshNow();
  const workbook = await updateWorkbook();
  return { problems, event: emit({ kind: "status", status, workbook }) };
}

export async function importAndUpdate(
  name: string,
  content: string | ArrayBuffer,
): Promise<DataEvent> {
  const before = store.current;
  const outcome = await importFromFile(name, content);
  // A file that changes nothing leaves the data in use as it is, and the tables too: the pane
  // then says "No changes." alone, not "Tables updated in place" beside it.
  const changed = outcome.state === "imported" && store.current !== before;
  const workbook = changed ? await updateWorkbook() : null;
  return emit({ kind: "import", outcome, workbook });
}

async function statusEvent(status: DataStatus): Promise<DataEvent> {
  const workbook = status.state === "updated" ? await updateWorkbook() : null;
  return emit({ kind: "status", status, workbook });
}

/** A workbook update asked for: queued, or running for the dataset it read when it started. */
interface SharedUpdate {
  started: boolean;
  dataset: Dataset;
  result: Promise<WorkbookUpdate>;
}

let shared: SharedUpdate | null = null;

/**
 * Brings every table (and chart table) the add-in inserted up to the current dataset, once per
 * change however many callers ask: a caller shares an update that has not started yet (it will
 * read the data then) or that runs for the data in use now; it waits in the workbook queue behind
 * any insert or other write.
 */
function updateWorkbook(): Promise<WorkbookUpdate> {
  const missing = missingExcelApi("updateTables", supportsExcelApi);
  if (missing) return Promise.resolve({ ok: false, needsExcelApi: missing });
  if (shared && (!shared.started || shared.dataset === store.current)) return shared.result;
  const update = { started: false, dataset: store.current };
  const result = runExcel((context) => {
    update.started = true;
    update.dataset = store.current;
    return writeWorkbookUpdate(context, update.dataset);
  })
    .catch((error: unknown): WorkbookUpdate => ({ ok: false, reason: errorText(error) }))
    .finally(() => {
      if (shared?.result === result) shared = null;
    });
  shared = Object.assign(update, { result });
  return result;
}

/** The tables first; a chart step that fails after them does not undo or hide their update. */
async function writeWorkbookUpdate(
  context: Excel.RequestContext,
  dataset: Dataset,
): Promise<WorkbookUpdate> {
  // The writers load on first use, inside the queued job, so they stay out of the start-up script.
  const { extendChartData, refreshInsertedTables } = await workbookCode();
  // A card column is refreshed with cards where Excel shows them, with plain numbers elsewhere.
  const cards = !missingExcelApi("cardColumn", supportsExcelApi);
  const tables = await refreshInsertedTables(context, dataset, { cards });
  try {
    const charts = await extendChartData(context);
    return { ok: true, tables, charts, chartsFailed: null };
  } catch (error) {
    return { ok: true, tables, charts: [], chartsFailed: errorText(error) };
  }
}
