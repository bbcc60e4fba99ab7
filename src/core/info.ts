import type { Dataset } from "./dataset";
import { labelsFor } from "./labels";
import { listText, SENTENCE_SEPARATOR } from "./localized";
import type { Language } from "./messages";
import { importedFigures } from "./lookup";

/**
 * `=ZIBO.INFO()`: which dataset the formulas read, so a printed sheet says how current it is, and
 * which figures came from an import rather than a published release.
 */
export function datasetInfo(ds: Dataset, lang: Language): string {
  const labels = labelsFor(lang);
  const imported = importedFigures(ds);
  const list = (items: string[]) => listText(items, lang);
  let text = labels.info(ds.version, ds.asOf);
  if (imported) text += labels.infoImported(list(imported.figures), list(imported.sources));
  const contradictions = ds.contradictions ?? [];
  if (contradictions.length > 0) {
    text += labels.infoContradictions(
      contradictions.map((c) => c.text[lang]).join(SENTENCE_SEPARATOR[lang]),
    );
  }
  return text;
}
