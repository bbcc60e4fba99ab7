/**
 * Jobs for a queue test that record when they start and end; each ends only when the test says
 * so (`end`), and `flush` lets the promises already settled run on.
 */
export function heldJobs() {
  const log: string[] = [];
  const finish = new Map<string, () => void>();
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
  return { log, job, end: (name: string) => finish.get(name)?.(), flush };
}
