import { SerialQueue } from "../../src/core";
import { heldJobs } from "../support/held-jobs";

describe("the serial queue under the data service and the workbook queue", () => {
  test("a job starts only when the one before it has ended, in the order they were asked for", async () => {
    const r = heldJobs();
    const queue = new SerialQueue();
    const first = queue.run(r.job("refresh"));
    const second = queue.run(r.job("import"));
    await r.flush();
    expect(r.log).toEqual(["start refresh"]);
    r.end("refresh");
    await r.flush();
    expect(r.log).toEqual(["start refresh", "end refresh", "start import"]);
    r.end("import");
    await expect(Promise.all([first, second])).resolves.toEqual(["refresh", "import"]);
  });

  test("a failed job reaches its caller, and the next job still runs", async () => {
    const r = heldJobs();
    const queue = new SerialQueue();
    const failing = queue.run(r.job("refresh", true));
    const next = queue.run(r.job("reset"));
    await r.flush();
    r.end("refresh");
    await expect(failing).rejects.toThrow("refresh failed");
    await r.flush();
    r.end("reset");
    await expect(next).resolves.toBe("reset");
  });
});
