import { MemoryStorage, type KeyValueStorage } from "./storage";

/**
 * The add-in's persistent storage: OfficeRuntime.storage where the host has it, else localStorage
 * (keys prefixed with Office's partition key, as Microsoft advises for partitioned browsers), else
 * memory. The only file in src/data that touches Office globals.
 */
export function officeStorage(): KeyValueStorage {
  if (typeof OfficeRuntime !== "undefined" && OfficeRuntime.storage) return OfficeRuntime.storage;
  if (typeof localStorage !== "undefined") return new PartitionedLocalStorage(localStorage);
  return new MemoryStorage();
}

class PartitionedLocalStorage implements KeyValueStorage {
  constructor(private readonly local: Storage) {}

  async getItem(key: string): Promise<string | null> {
    return this.local.getItem(this.prefixed(key));
  }

  async setItem(key: string, value: string): Promise<void> {
    this.local.setItem(this.prefixed(key), value);
  }

  async removeItem(key: string): Promise<void> {
    this.local.removeItem(this.prefixed(key));
  }

  // Read on each call: the partition key is only known once Office is ready.
  private prefixed(key: string): string {
    const partition = typeof Office !== "undefined" ? Office.context?.partitionKey : undefined;
    return partition ? `${partition}${key}` : key;
  }
}
