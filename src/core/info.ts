import type { Dataset } from "./dataset";
import { labelsFor } from "./labels";
import type { Language } from "./messages";

/** `=ZIBO.INFO()`: which dataset the formulas read, so a printed sheet says how current it is. */
export function datasetInfo(ds: Dataset, lang: Language): string {
  return labelsFor(lang).info(ds.version, ds.asOf);
}
