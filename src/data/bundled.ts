import { buildDataset, type Dataset, type DatasetContent } from "../core";
import { contentFromFile } from "./dataset-file";
import { validateDatasetFile } from "./load-dataset";
import bundledFile from "./zibo-new-three.json";

/** The dataset shipped inside the add-in, as given in its file: the floor for every update. */
export function bundledContent(): DatasetContent {
  const result = validateDatasetFile(bundledFile);
  if (!result.ok) {
    const detail = result.problems.map((p) => `${p.path}: ${p.message}`).join("; ");
    throw new Error(`The bundled dataset is invalid: ${detail}`);
  }
  return contentFromFile(result.file);
}

/** The dataset shipped inside the add-in: always there, offline too. A test keeps it valid. */
export function bundledDataset(): Dataset {
  return buildDataset(bundledContent());
}
