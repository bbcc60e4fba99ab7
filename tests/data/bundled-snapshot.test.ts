import { execFileSync } from "node:child_process";
import path from "node:path";
import {
  datasetFromSnapshot,
  lookupExports,
  snapshotOf,
  type DatasetSnapshot,
} from "../../src/core";
import { bundledDataset } from "../../src/data";
import { store } from "../../src/data/runtime-store";

const root = path.join(__dirname, "../..");

/** Runs the build's loader on the bundled file in Node, as webpack does. */
function loaderOutput(): DatasetSnapshot {
  const script = `
    const loader = require("./build/bundled-snapshot-loader.js");
    const text = require("fs").readFileSync("src/data/zibo-new-three.json", "utf8");
    process.stdout.write(loader.call({ cacheable() {} }, text));`;
  const output = execFileSync(process.execPath, ["-e", script], { cwd: root, encoding: "utf8" });
  return JSON.parse(output) as DatasetSnapshot;
}

describe("the dataset the add-in starts from, built at build time", () => {
  test("the build's snapshot is the bundled file's dataset, derived figures and workings included", () => {
    const started = datasetFromSnapshot(loaderOutput());
    const built = bundledDataset();
    expect(started).toEqual(built);
    expect(started.figures.some((f) => f.cny?.kind === "derived")).toBe(true);
  });

  test("formulas answer from it as from the dataset built at run time", () => {
    expect(lookupExports(store.current, "NEV", "2024Q1")).toEqual(
      lookupExports(bundledDataset(), "NEV", "2024Q1"),
    );
    const answer = lookupExports(store.current, "NEV", "2024Q1");
    expect(answer.ok && answer.value.measure.value).toBe(70);
  });

  test("a snapshot survives JSON and indexes every figure", () => {
    const dataset = bundledDataset();
    const again = datasetFromSnapshot(JSON.parse(JSON.stringify(snapshotOf(dataset))));
    expect(again).toEqual(dataset);
    expect([...again.byKey.keys()]).toEqual([...dataset.byKey.keys()]);
  });
});
