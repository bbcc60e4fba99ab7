import { bundledDataset, DatasetStore } from "../../src/data";

describe("DatasetStore", () => {
  test("subscribers hear every replacement until they unsubscribe", () => {
    const first = bundledDataset();
    const second = { ...first, version: "next" };
    const store = new DatasetStore(first);
    const heard: string[] = [];
    const unsubscribe = store.subscribe((current, previous) =>
      heard.push(`${previous.version}->${current.version}`),
    );
    store.replace(second);
    unsubscribe();
    store.replace(first);
    expect(heard).toEqual([`${first.version}->next`]);
    expect(store.current).toBe(first);
    expect(store.subscriberCount).toBe(0);
  });

  test("a failing subscriber does not stop the others, and the failure is reported", () => {
    const ds = bundledDataset();
    const store = new DatasetStore(ds);
    const heard: string[] = [];
    store.subscribe(() => {
      throw new Error("broken cell");
    });
    store.subscribe((current) => heard.push(current.version));
    expect(() => store.replace({ ...ds, version: "v2" })).toThrow(AggregateError);
    expect(heard).toEqual(["v2"]);
    expect(store.current.version).toBe("v2");
  });
});
