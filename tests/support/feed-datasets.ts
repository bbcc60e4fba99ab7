import { datasetFromJson } from "../../src/data";
import bundledFile from "../../src/data/zibo-new-three.json";
import type { Dataset } from "../../src/core";

type FigureJson = Record<string, unknown>;

/** The bundled dataset as shipped. */
export function bundled(): Dataset {
  return datasetWith(bundledFile.figures);
}

/** The bundled sources, parks and notes with other figures, loaded (and derived) as a feed would be. */
export function datasetWith(
  figures: readonly FigureJson[],
  extra: { version?: string; asOf?: string; parks?: unknown[]; sources?: unknown[] } = {},
): Dataset {
  const result = datasetFromJson({ ...bundledFile, ...extra, figures });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dataset;
}

/** A Zibo figure from the primary source, in the file's form. */
export function zibo(
  category: string,
  period: string,
  valueCnyMn: number,
  more: FigureJson = {},
): FigureJson {
  return {
    region: "ZIBO",
    category,
    period,
    valueCnyMn,
    kind: "reported",
    source: "prnewswire-2024-05-20",
    ...more,
  };
}

export const TEN_YEAR_CATEGORIES = ["TOTAL", "NEV", "LIB", "PV"] as const;

/**
 * Ten years of quarters, 2015Q1 to 2024Q4, for every category (test numbers, never shipped): the
 * size of feed the add-in must stay responsive with. Each value is distinct, so a wrong lookup
 * shows. NEV is a share of TOTAL that moves with the quarter.
 */
export function tenYearsOfQuarters(): FigureJson[] {
  const figures: FigureJson[] = [];
  for (let year = 2015; year <= 2024; year++) {
    for (let quarter = 1; quarter <= 4; quarter++) {
      const total = 40 + (year - 2015) * 8 + quarter;
      const nev = Math.round(total * (0.5 + quarter / 20) * 10) / 10;
      const lib = Math.round((total - nev) * 6) / 10;
      const values = {
        TOTAL: total,
        NEV: nev,
        LIB: lib,
        PV: Math.round((total - nev - lib) * 10) / 10,
      };
      for (const category of TEN_YEAR_CATEGORIES) {
        figures.push(zibo(category, `${year}Q${quarter}`, values[category]));
      }
    }
  }
  return figures;
}
