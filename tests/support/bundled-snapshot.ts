import { readFileSync } from "node:fs";
import path from "node:path";
import type { DatasetSnapshot } from "../../src/core";
import { bundledSnapshot } from "../../src/data/bundled";

/** What build/bundled-snapshot-loader.js makes of the bundled dataset file, as JSON, for tests. */
const fileText = readFileSync(path.join(__dirname, "../../src/data/zibo-new-three.json"), "utf8");
const snapshot: DatasetSnapshot = JSON.parse(JSON.stringify(bundledSnapshot(fileText)));
export default snapshot;
