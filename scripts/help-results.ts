/**
 * Writes what each help example answers, run through the built functions in English and Chinese,
 * into src/functions/functions.help.results.json; the help page shows it under the example.
 * Run after `npm run build:local` (`npm run help:results` does both) when the data or a message
 * changes: tests/functions/help-examples.test.ts fails until the file says what the cells say.
 */
import { writeFileSync } from "fs";
import { installStandIns } from "../tests/support/custom-functions-stand-in";
import { exampleResults, loadBundles, RESULTS_FILE } from "../tests/support/help-examples";

async function main(): Promise<void> {
  installStandIns();
  const results = exampleResults(await loadBundles());
  writeFileSync(RESULTS_FILE, `${JSON.stringify(results, null, 2)}\n`);
  console.log(`${Object.keys(results).length} examples' answers written to ${RESULTS_FILE}`);
}

void main();
