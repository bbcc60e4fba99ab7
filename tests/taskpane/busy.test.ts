import { BusyCounter } from "../../src/taskpane/busy";

describe("the pane's busy state", () => {
  test("work started inside other work keeps the pane busy until the outer work ends", async () => {
    const events: string[] = [];
    const busy = new BusyCounter(
      () => events.push("disable"),
      () => events.push("enable"),
    );
    await busy.run(async () => {
      await busy.run(async () => {
        events.push("inner work");
      });
      events.push("after inner");
      expect(busy.busy).toBe(true);
    });
    expect(events).toEqual(["disable", "inner work", "after inner", "enable"]);
    expect(busy.busy).toBe(false);
  });

  test("two pieces of work that overlap: enabled again only when both have ended", async () => {
    const events: string[] = [];
    const busy = new BusyCounter(
      () => events.push("disable"),
      () => events.push("enable"),
    );
    let endFirst!: () => void;
    const first = busy.run(() => new Promise<void>((resolve) => (endFirst = resolve)));
    const second = busy.run(async () => undefined);
    await second;
    expect(events).toEqual(["disable"]);
    endFirst();
    await first;
    expect(events).toEqual(["disable", "enable"]);
  });

  test("work that fails still ends the busy state, and the failure reaches the caller", async () => {
    const events: string[] = [];
    const busy = new BusyCounter(
      () => events.push("disable"),
      () => events.push("enable"),
    );
    await expect(
      busy.run(async () => {
        throw new Error("Excel refused");
      }),
    ).rejects.toThrow("Excel refused");
    expect(events).toEqual(["disable", "enable"]);
  });
});
