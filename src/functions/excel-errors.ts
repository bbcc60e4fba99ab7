import { formatMessage, languageFor, type Result, type ZiboError } from "../core";

/** Office's display language, read once per call: it cannot change while the runtime lives. */
function displayLanguage() {
  return languageFor(typeof Office !== "undefined" ? Office.context?.displayLanguage : undefined);
}

/** An Excel error value with the message in the display language (Excel shows it for #VALUE! and #N/A). */
export function toExcelError(error: ZiboError): CustomFunctions.Error {
  const message = formatMessage(error.key, error.params, displayLanguage());
  return new CustomFunctions.Error(CustomFunctions.ErrorCode[error.code], message);
}

/** What a cell gets for a result: its value, or the error value. */
export function cellValue<T>(result: Result<T>): T | CustomFunctions.Error {
  return result.ok ? result.value : toExcelError(result.error);
}
