import { writeQueue, type ExcelRunner } from "../../src/taskpane/excel/write-queue";

/** A runner that records when each batch starts and ends; batches end when the test says so. */
function recordingRunner() {
  const log: string[] = [];
  const finish = new Map<string, () => void>();
  const runner: ExcelRunner = async (batch) => batch({} as Excel.RequestContext);
  const job =
    (name: string, fail = false) =>
    async () => {
      log.push(`start ${name}`);
      await new Promise<void>((resolve) => finish.set(name, resolve));
      log.push(`end ${name}`);
      if (fail) throw new Error(`${name} failed`);
      return name;
    };
  const flush = () => new Promise((resolve) => setImmediate(resolve));
  return { log, runner, job, end: (name: string) => finish.get(name)?.(), flush };
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
