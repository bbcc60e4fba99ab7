import type { ExcelApiVersion } from "./requirements";

/**
 * Asks the host whether it has this ExcelApi version. The version goes as a string: the older
 * numeric form reads 1.10 as 1.1.
 */
export function supportsExcelApi(version: ExcelApiVersion): boolean {
  return Office.context.requirements.isSetSupported("ExcelApi", version);
}
