import type { Busy } from "./busy";
import { runExcel } from "./excel";
import type { PaneAction } from "./requirements";
import type { PaneStrings } from "./strings";
import { errorMessage } from "./ui/error-message";
import type { Message, StatusKind } from "./ui/status-line";
import { workbookCode, type WorkbookCode } from "./workbook-code";

/** How a workbook action ended, in the message bar. */
export interface ActionReport {
  kind: Exclude<StatusKind, "progress">;
  message: Message;
  /**
   * Takes back what the outcome offered beside its message (Insert on a new worksheet, after a
   * target that was not empty): called when the next workbook action starts.
   */
  withdraw?: () => void;
}

/** One thing a section does to the workbook. */
export interface WorkbookAction<T> {
  /** What it needs of Excel: refused, with the reason, when this Excel lacks it. */
  action: PaneAction;
  /** The action in the user's words, for a refusal or a failure. */
  name: Message;
  /** Shown while it runs; "Working…" when not given. */
  progress?: Message;
  /** Where focus goes when it ends, when not back where it was. */
  focusAfter?: HTMLElement;
  /**
   * The write, in its turn in the workbook queue, with the writers loaded (on first use, inside the
   * queued job, so the pane starts without them). Data read here is the data when its turn comes:
   * a refresh queued before it has then updated the store.
   */
  write(context: Excel.RequestContext, code: WorkbookCode): Promise<T>;
  /** The outcome in the user's words. */
  report(outcome: T): ActionReport;
}

/** Runs a job in its turn in the workbook queue, with the writers loaded. */
export type WorkbookJobs = <T>(
  job: (context: Excel.RequestContext, code: WorkbookCode) => Promise<T>,
) => Promise<T>;

/** The writers load on first use, inside the queued job, so the pane starts without them. */
const queuedWithWriters: WorkbookJobs = (job) =>
  runExcel(async (context) => job(context, await workbookCode()));

interface RunnerHost {
  show(kind: StatusKind, message: Message): void;
  busy: Busy;
  missing(action: PaneAction): string | undefined;
}

/**
 * Runs every section's workbook actions the same way: refused when Excel lacks the API; the last
 * offer withdrawn; busy with its progress; the write in the workbook queue; then its outcome, or
 * what failed in plain words. Never throws: each failure is reported in the message bar.
 */
export class ActionRunner {
  private withdraw: (() => void) | null = null;

  constructor(
    private readonly host: RunnerHost,
    private readonly jobs: WorkbookJobs = queuedWithWriters,
  ) {}

  /** Says why, instead of running, when Excel lacks what the action needs. */
  refused(action: PaneAction, name: Message): boolean {
    const version = this.host.missing(action);
    if (!version) return false;
    this.host.show("warning", (s) =>
      s.statusFailed({ action: name(s), reason: s.needsExcelApi({ version }) }),
    );
    return true;
  }

  async run<T>(action: WorkbookAction<T>): Promise<void> {
    if (this.refused(action.action, action.name)) return;
    this.withdraw?.();
    this.withdraw = null;
    await this.host.busy(
      action.progress ?? ((s) => s.statusWorking),
      async () => {
        try {
          const outcome = await this.jobs((context, code) => action.write(context, code));
          const { kind, message, withdraw } = action.report(outcome);
          this.withdraw = withdraw ?? null;
          this.host.show(kind, message);
        } catch (error) {
          this.failed(action.name, error);
        }
      },
      action.focusAfter,
    );
  }

  /** An action failed: what it was, then the error in plain words with its raw detail. */
  private failed(name: (s: PaneStrings) => string, error: unknown): void {
    this.host.show("error", (s) =>
      s.statusFailed({ action: name(s), reason: errorMessage(error, s) }),
    );
  }
}
