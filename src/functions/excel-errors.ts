import {
  cleanCellValue,
  errorDetail,
  formatMessage,
  languageFor,
  type Language,
  type Result,
  type ZiboError,
} from "../core";

/** Office's display language, read per call: Office may set it after this module loads. */
export function displayLanguage(): Language {
  return languageFor(typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined);
}

/**
 * Error values already made, by code and message. Cells that fail the same way share one object
 * instead of holding a copy each; bounded, because a message can quote what the user typed.
 */
const madeErrors = new Map<string, CustomFunctions.Error>();
const MAX_SHARED_ERRORS = 4096;

/** An Excel error value with the message in the display language (Excel shows it for #VALUE! and #N/A). */
export function toExcelError(error: ZiboError): CustomFunctions.Error {
  const code = CustomFunctions.ErrorCode[error.code];
  const message = formatMessage(error.key, error.params, displayLanguage());
  const id = `${code}\n${message}`;
  let value = madeErrors.get(id);
  if (value === undefined) {
    if (madeErrors.size >= MAX_SHARED_ERRORS) madeErrors.clear();
    value = new CustomFunctions.Error(code, message);
    madeErrors.set(id, value);
  }
  return value;
}

/** What a cell gets for a result: its value (a number without float noise), or the error value. */
export function cellValue<T>(result: Result<T>): T | CustomFunctions.Error {
  return result.ok ? cleanCellValue(result.value) : toExcelError(result.error);
}

/** What a spilled range gets: each cell its value or its own error; a failure of the whole in one cell. */
export function gridValues<T>(result: Result<Result<T>[][]>): (T | CustomFunctions.Error)[][] {
  if (!result.ok) return [[toExcelError(result.error)]];
  return result.value.map((row) => row.map(cellValue));
}

/** A defect reaches the cell as #VALUE! with its message, never as an uncaught exception. */
export function unexpectedError(e: unknown): CustomFunctions.Error {
  return toExcelError({
    code: "invalidValue",
    key: "unexpected",
    params: { detail: errorDetail(e) },
  });
}
