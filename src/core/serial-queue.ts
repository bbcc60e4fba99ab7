/**
 * Runs jobs one at a time, in the order they were asked for: a job starts only when the one
 * before it has settled. A failed job is its caller's to report; the next job runs regardless.
 * A job must not queue another job on the same queue and wait for it: it would wait for itself.
 */
export class SerialQueue {
  private tail: Promise<unknown> = Promise.resolve();

  run<T>(job: () => Promise<T>): Promise<T> {
    const result = this.tail.then(job);
    this.tail = result.catch(() => undefined);
    return result;
  }
}
