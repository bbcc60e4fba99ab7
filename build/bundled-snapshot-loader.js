const path = require("path");

/**
 * The layer of the modules this loader runs: built apart from the bundle's own modules, and run
 * whole (webpack.config.js marks them as having side effects). Shared with the bundle, they raced:
 * src/core is side-effect free, so webpack defers a module's imports until one of its exports is
 * asked for. When the bundle asked (a feed merge wants `mergeContent`) while this loader ran the
 * core, merge.ts's imports were wanted but not resolved yet, and running it failed with "Cannot
 * find module './dataset'", more often on a busy machine. Deferred imports in a module run here
 * fail the same way, even when nobody asks, hence "run whole".
 */
const SNAPSHOT_LAYER = "bundled-snapshot";

/**
 * `import snapshot from "./zibo-new-three.json?snapshot"`: the bundled dataset file built into
 * the dataset the add-in starts from (derived figures included, sorted), by the same code that
 * builds a feed's dataset at run time, compiled and run by webpack at build time. Emitted as
 * JSON, which webpack reads as a JSON module. Webpack tracks the core's files as dependencies,
 * so a change to them or to the file rebuilds the snapshot.
 */
module.exports = function bundledSnapshotLoader(fileText) {
  const done = this.async();
  this.importModule(path.resolve(__dirname, "../src/data/bundled.ts"), {
    layer: SNAPSHOT_LAYER,
  }).then(({ bundledSnapshot }) => done(null, JSON.stringify(bundledSnapshot(fileText))), done);
};
module.exports.layer = SNAPSHOT_LAYER;
