import type { MessageKey, MessageParams } from "./messages";

/** The Excel error a failed lookup becomes; names follow `CustomFunctions.ErrorCode`. */
export type ErrorCode = "invalidValue" | "notAvailable" | "divisionByZero" | "invalidNumber";

/** A failure the user sees: an Excel error kind plus a message key, formatted per language. */
export interface ZiboError {
  code: ErrorCode;
  key: MessageKey;
  params: MessageParams;
}

export type Result<T> = { ok: true; value: T } | { ok: false; error: ZiboError };

export function ok<T>(value: T): Result<T> {
  return { ok: true, value };
}

export function fail<T = never>(
  code: ErrorCode,
  key: MessageKey,
  params: MessageParams = {},
): Result<T> {
  return { ok: false, error: { code, key, params } };
}

export function mapResult<T, U>(result: Result<T>, fn: (value: T) => U): Result<U> {
  return result.ok ? ok(fn(result.value)) : result;
}
