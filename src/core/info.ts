import type { Dataset } from "./dataset";
import { labelsFor } from "./labels";
import type { Language } from "./messages";
import { importedFigures } from "./newest";

/**
 * `=ZIBO.INFO()`: which dataset the formulas read, so a printed sheet says how current it is, and
 * which figures came from an import rather than a published release.
 */
export function datasetInfo(ds: Dataset, lang: Language): string {
  const labels = labelsFor(lang);
  const imported = importedFigures(ds);
  const list = (items: string[]) => items.join(lang === "zh" ? "、" : ", ");
  let text = labels.info(ds.version, ds.asOf);
  if (imported) text += labels.infoImported(list(imported.figures), list(imported.sources));
  const contradictions = ds.contradictions ?? [];
  if (contradictions.length > 0) {
    text += labels.infoContradictions(
      contradictions.map((c) => c[lang]).join(lang === "zh" ? "；" : "; "),
    );
  }
  return text;
}
