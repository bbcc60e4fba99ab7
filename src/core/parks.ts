import type { Dataset } from "./dataset";
import { labelsFor } from "./labels";
import type { Language } from "./messages";

/** `=ZIBO.PARKS()`: a header row, then one row per park: name, Chinese name, focus. */
export function parkTable(ds: Dataset, lang: Language): string[][] {
  const l = labelsFor(lang);
  const header = [l.parkName, l.parkNameZh, l.parkFocus];
  const rows = ds.parks.map((p) => [p.name.en, p.name.zh, p.focus[lang]]);
  return [header, ...rows];
}
