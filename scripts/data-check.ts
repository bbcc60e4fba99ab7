/* Validates a dataset file and prints what it would change against the bundled dataset. */
import { readFileSync } from "node:fs";
import { basename } from "node:path";
import { bundledContent } from "../src/data/bundled";
import { checkDatasetFile } from "../src/data/check-dataset-file";

const path = process.argv[2];
if (!path) {
  process.stderr.write("usage: npm run data:check FILE\n");
  process.exit(2);
}

let text: string;
try {
  text = readFileSync(path, "utf8");
} catch (e) {
  process.stderr.write(`${path}: cannot read the file (${(e as Error).message})\n`);
  process.exit(2);
}

void checkDatasetFile(basename(path), text, bundledContent(), new Date()).then((result) => {
  (result.ok ? process.stdout : process.stderr).write(`${result.lines.join("\n")}\n`);
  process.exit(result.ok ? 0 : 1);
});
