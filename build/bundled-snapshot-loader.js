const path = require("path");

/**
 * `import snapshot from "./zibo-new-three.json?snapshot"`: the bundled dataset file built into
 * the dataset the add-in starts from (derived figures included, sorted), by the same code that
 * builds a feed's dataset at run time, compiled and run by webpack at build time. Emitted as
 * JSON, which webpack reads as a JSON module. Webpack tracks the core's files as dependencies,
 * so a change to them or to the file rebuilds the snapshot.
 */
module.exports = function bundledSnapshotLoader(fileText) {
  const done = this.async();
  this.importModule(path.resolve(__dirname, "../src/data/bundled.ts")).then(
    ({ bundledSnapshot }) => done(null, JSON.stringify(bundledSnapshot(fileText))),
    done,
  );
};
