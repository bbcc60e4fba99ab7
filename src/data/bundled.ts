import type { Dataset } from "../core";
import bundledFile from "./zibo-new-three.json";
import { datasetFromJson } from "./load-dataset";

/** The dataset shipped inside the add-in: always there, offline too. A test keeps it valid. */
export function bundledDataset(): Dataset {
  const result = datasetFromJson(bundledFile);
  if (!result.ok) {
    const detail = result.problems.map((p) => `${p.path}: ${p.message}`).join("; ");
    throw new Error(`The bundled dataset is invalid: ${detail}`);
  }
  return result.dataset;
}
