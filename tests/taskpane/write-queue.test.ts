import { writeQueue, type ExcelRunner } from "../../src/taskpane/excel/write-queue";
import { heldJobs } from "../support/held-jobs";

/** Held jobs (see heldJobs) and a runner that hands each batch a bare context. */
function recordingRunner() {
  const runner: ExcelRunner = async (batch) => batch({} as Excel.RequestContext);
  return { ...heldJobs(), runner };
}

describe("the workbook write queue", () => {
  test("a job starts only when the one before it has ended, in the order they were asked for", async () => {
    const r = recordingRunner();
    const queue = writeQueue(r.runner);
    const first = queue(r.job("refresh"));
    const second = queue(r.job("insert"));
    await r.flush();
    expect(r.log).toEqual(["start refresh"]);
    r.end("refresh");
    await r.flush();
    expect(r.log).toEqual(["start refresh", "end refresh", "start insert"]);
    r.end("insert");
    await expect(Promise.all([first, second])).resolves.toEqual(["refresh", "insert"]);
  });

  test("a failed job reaches its caller, and the next job still runs", async () => {
    const r = recordingRunner();
    const queue = writeQueue(r.runner);
    const failing = queue(r.job("chart", true));
    const next = queue(r.job("formula"));
    await r.flush();
    r.end("chart");
    await expect(failing).rejects.toThrow("chart failed");
    await r.flush();
    r.end("formula");
    await expect(next).resolves.toBe("formula");
  });
});
