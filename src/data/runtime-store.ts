import { datasetFromSnapshot } from "../core";
import { DatasetStore } from "./store";
import bundledSnapshot from "./zibo-new-three.json?snapshot";

/**
 * The runtime's store, starting from the bundled dataset: all the custom functions need of the
 * data layer. The dataset comes built at build time; the feed, imports and their checks stay out
 * of the functions bundle.
 */
export const store = new DatasetStore(datasetFromSnapshot(bundledSnapshot));
