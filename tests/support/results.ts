import type { Result } from "../../src/core";

/** The error code of a failed result, or "ok": keeps table-driven assertions one line long. */
export function codeOf(result: Result<unknown>): string {
  return result.ok ? "ok" : result.error.code;
}

/** The value of a successful result; fails the test loudly otherwise. */
export function valueOf<T>(result: Result<T>): T {
  if (!result.ok) throw new Error(`expected a value, got ${result.error.code} ${result.error.key}`);
  return result.value;
}
