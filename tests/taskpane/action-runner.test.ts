import {
  ActionRunner,
  type WorkbookAction,
  type WorkbookJobs,
} from "../../src/taskpane/action-runner";
import { paneStrings } from "../../src/taskpane/strings";
import { errorMessage } from "../../src/taskpane/ui/error-message";
import type { Message, StatusKind } from "../../src/taskpane/ui/status-line";
import type { WorkbookCode } from "../../src/taskpane/workbook-code";

const en = paneStrings("en");

/** A pane around the runner that records what the reader would see, in English. */
function recordingPane(missing: Record<string, string> = {}) {
  const seen: string[] = [];
  const host = {
    show: (kind: StatusKind, message: Message) => seen.push(`${kind}: ${message(en)}`),
    busy: async (progress: Message | null, work: () => Promise<void>) => {
      if (progress) seen.push(`progress: ${progress(en)}`);
      seen.push("busy");
      await work();
      seen.push("not busy");
    },
    missing: (action: string) => missing[action],
  };
  const jobs: WorkbookJobs = (job) =>
    job({} as Excel.RequestContext, {} as WorkbookCode).then((result) => {
      seen.push("written");
      return result;
    });
  return { seen, runner: new ActionRunner(host, jobs) };
}

function shareAction(overrides: Partial<WorkbookAction<string>> = {}): WorkbookAction<string> {
  return {
    action: "shareableCopy",
    name: (s) => s.actionShare,
    write: async () => "Sheet1 (shareable)",
    report: (copy) => ({ kind: "success", message: () => `made ${copy}` }),
    ...overrides,
  };
}

describe("the workbook action runner", () => {
  test("runs the write in the queue while the pane is busy, then says the outcome", async () => {
    const { seen, runner } = recordingPane();
    await runner.run(shareAction());
    expect(seen).toEqual([
      `progress: ${en.statusWorking}`,
      "busy",
      "written",
      "success: made Sheet1 (shareable)",
      "not busy",
    ]);
  });

  test("an Excel without the API the action needs: it says why and writes nothing", async () => {
    const { seen, runner } = recordingPane({ shareableCopy: "1.12" });
    const write = jest.fn(async () => "copy");
    await runner.run(shareAction({ write }));
    expect(write).not.toHaveBeenCalled();
    expect(seen).toEqual([
      `warning: ${en.statusFailed({
        action: en.actionShare,
        reason: en.needsExcelApi({ version: "1.12" }),
      })}`,
    ]);
  });

  test("a failure says which action failed and why, in the reader's words", async () => {
    const { seen, runner } = recordingPane();
    const error = Object.assign(new Error("The workbook is read-only."), { code: "AccessDenied" });
    await runner.run(
      shareAction({
        write: async () => {
          throw error;
        },
      }),
    );
    expect(seen).toContain(
      `error: ${en.statusFailed({ action: en.actionShare, reason: errorMessage(error, en) })}`,
    );
    expect(seen.at(-1)).toBe("not busy");
  });

  test("an offer made with an outcome is withdrawn when the next action starts, not on a refusal", async () => {
    const missing: Record<string, string> = {};
    const { runner } = recordingPane(missing);
    const withdraw = jest.fn();
    await runner.run(
      shareAction({
        report: () => ({ kind: "warning", message: () => "occupied", withdraw }),
      }),
    );
    expect(withdraw).not.toHaveBeenCalled();
    missing.insertChart = "1.7";
    await runner.run(shareAction({ action: "insertChart" }));
    expect(withdraw).not.toHaveBeenCalled();
    await runner.run(shareAction());
    expect(withdraw).toHaveBeenCalledTimes(1);
    await runner.run(shareAction());
    expect(withdraw).toHaveBeenCalledTimes(1);
  });
});
