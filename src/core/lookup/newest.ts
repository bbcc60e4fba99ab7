import { CATEGORY_CODES } from "../categories";
import { leadMeasure, type Dataset, type Figure } from "../dataset";
import { comparePeriods, periodKey, type Period } from "../periods";
import { provenanceKind } from "../provenance-kind";

/** Zibo's newest quarter (or year) with figures, those figures, and when their sources published. */
export interface NewestFigures {
  period: string;
  /** The latest publication date among the sources of these figures, when the sources give one. */
  published: string | null;
  /** In the order of CATEGORY_CODES: TOTAL first. */
  figures: Figure[];
}

export function newestFigures(ds: Dataset): NewestFigures | null {
  const zibo = ds.figures.filter((f) => f.region === "ZIBO");
  let newest: Period | null = null;
  for (const f of zibo) if (!newest || comparePeriods(f.period, newest) > 0) newest = f.period;
  if (!newest) return null;
  const key = periodKey(newest);
  const figures = zibo
    .filter((f) => periodKey(f.period) === key)
    .sort((a, b) => CATEGORY_CODES.indexOf(a.category) - CATEGORY_CODES.indexOf(b.category));
  const dates = figures
    .flatMap((f) => leadMeasure(f).sourceIds)
    .map((id) => ds.sources.get(id)?.published)
    .filter((d): d is string => typeof d === "string")
    .sort();
  return { period: key, published: dates.at(-1) ?? null, figures };
}

/** Every period Zibo has a figure for, newest first, as period keys. */
export function ziboPeriods(ds: Dataset): string[] {
  const periods = ds.figures.filter((f) => f.region === "ZIBO").map((f) => f.period);
  periods.sort((a, b) => comparePeriods(b, a));
  return [...new Set(periods.map(periodKey))];
}

/** Figures an import supplied (not those derived from them), and the files they came in. */
export interface ImportedFigures {
  figures: string[];
  sources: string[];
}

export function importedFigures(ds: Dataset): ImportedFigures | null {
  // Named by the file they came in, where recorded, else by the file's own title.
  const files = new Set<string>();
  // A figure derived from an imported one is derived, not imported: it names its input itself.
  const figures = ds.figures.filter(
    (f) =>
      [f.cny, f.usd, f.yoyPct].filter((m) => {
        if (!m || provenanceKind(ds, m) !== "imported") return false;
        for (const id of m.sourceIds) {
          const s = ds.sources.get(id);
          if (s?.standing === "user") files.add(s.file ?? s.title);
        }
        return true;
      }).length > 0,
  );
  if (figures.length === 0) return null;
  return {
    figures: figures.map((f) =>
      f.region === "ZIBO"
        ? `${f.category} ${periodKey(f.period)}`
        : `${f.region} ${f.category} ${periodKey(f.period)}`,
    ),
    sources: [...files],
  };
}
