const path = require("path");
const tsx = require("tsx/cjs/api");

/**
 * `import snapshot from "./zibo-new-three.json?snapshot"`: the bundled dataset file built into
 * the dataset the add-in starts from (derived figures included, sorted), by the same code that
 * builds a feed's dataset at run time. Emitted as JSON, which webpack reads as a JSON module.
 * Not cached: the snapshot follows the core's code as well as the file.
 */
module.exports = function bundledSnapshotLoader(fileText) {
  this.cacheable(false);
  const { bundledSnapshot } = tsx.require(
    path.resolve(__dirname, "../src/data/bundled.ts"),
    __filename,
  );
  return JSON.stringify(bundledSnapshot(fileText));
};
