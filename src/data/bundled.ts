import {
  buildDataset,
  snapshotOf,
  type Dataset,
  type DatasetContent,
  type DatasetSnapshot,
} from "../core";
import { contentFromFile } from "./dataset-file";
import type { DatasetFile } from "./schema";
import bundledFile from "./zibo-new-three.json";

/**
 * The dataset shipped inside the add-in, as given in its file: the floor for every update.
 * It is not validated here, at every start of the add-in: a test checks that the schema accepts
 * the file and reads it unchanged (no default or trimming to apply), so it can be taken as is.
 */
export function bundledContent(): DatasetContent {
  return contentFromFile(bundledFile as DatasetFile);
}

/** The dataset shipped inside the add-in: always there, offline too. */
export function bundledDataset(): Dataset {
  return buildDataset(bundledContent());
}

/**
 * The bundled dataset built, as JSON: made at build time (build/bundled-snapshot-loader.js) for
 * the runtime store to start from, so the add-in does not derive it again on every start.
 */
export function bundledSnapshot(fileText: string): DatasetSnapshot {
  return snapshotOf(buildDataset(contentFromFile(JSON.parse(fileText) as DatasetFile)));
}
