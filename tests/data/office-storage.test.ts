import { officeStorage } from "../../src/data/office-storage";
import { MemoryStorage } from "../../src/data";

/** Stands a global in for the test's duration, the way the Office host provides it. */
function withGlobal(name: string, value: unknown): () => void {
  Object.defineProperty(globalThis, name, { value, configurable: true, writable: true });
  return () => {
    delete (globalThis as Record<string, unknown>)[name];
  };
}

class FakeLocalStorage {
  readonly items = new Map<string, string>();
  getItem(key: string): string | null {
    return this.items.get(key) ?? null;
  }
  setItem(key: string, value: string): void {
    this.items.set(key, value);
  }
  removeItem(key: string): void {
    this.items.delete(key);
  }
}

describe("the add-in's storage", () => {
  const cleanups: (() => void)[] = [];
  afterEach(() => {
    cleanups.splice(0).forEach((undo) => undo());
  });

  it("is OfficeRuntime.storage where the host offers it", () => {
    const runtimeStorage = new MemoryStorage();
    cleanups.push(withGlobal("OfficeRuntime", { storage: runtimeStorage }));
    cleanups.push(withGlobal("localStorage", new FakeLocalStorage()));
    expect(officeStorage()).toBe(runtimeStorage);
  });

  it("falls back to localStorage, prefixing keys with Office's partition key", async () => {
    const local = new FakeLocalStorage();
    cleanups.push(withGlobal("localStorage", local));
    cleanups.push(withGlobal("Office", { context: { partitionKey: "tenant-7:" } }));
    const storage = officeStorage();
    await storage.setItem("zibo-new-three.feed-url", "https://data.example.org/zibo.json");
    expect([...local.items.keys()]).toEqual(["tenant-7:zibo-new-three.feed-url"]);
    expect(await storage.getItem("zibo-new-three.feed-url")).toBe(
      "https://data.example.org/zibo.json",
    );
    await storage.removeItem("zibo-new-three.feed-url");
    expect(local.items.size).toBe(0);
  });

  it("uses plain keys when there is no partition key", async () => {
    const local = new FakeLocalStorage();
    cleanups.push(withGlobal("localStorage", local));
    await officeStorage().setItem("k", "v");
    expect([...local.items.keys()]).toEqual(["k"]);
  });

  it("keeps data in memory when the host has no storage at all", async () => {
    const storage = officeStorage();
    expect(storage).toBeInstanceOf(MemoryStorage);
  });
});
