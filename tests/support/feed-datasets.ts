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
  extra: { version?: string; asOf?: string; parks?: unknown[] } = {},
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
