/**
 * The add-in starts from its bundled dataset built at build time (build/bundled-snapshot-loader.js),
 * not built again on every start: the built functions must answer exactly as the dataset the
 * core builds at run time, for every figure, derived ones and their workings included.
 */
import {
  datasetFromSnapshot,
  figureAt,
  lookupSource,
  periodKey,
  snapshotOf,
  withoutFloatNoise,
  type Figure,
} from "../../src/core";
import { bundledDataset } from "../../src/data";
import { callStreaming, type AssociatedFunction } from "../support/custom-functions-stand-in";
import { fetchOnDemandCode, loadBundle } from "../support/load-bundle";

const dataset = bundledDataset();
const fns = loadBundle();
beforeAll(() => fetchOnDemandCode(fns));

function cell(id: string, ...args: unknown[]): unknown {
  const call = callStreaming(fns.get(id) as AssociatedFunction, ...args);
  call.cancel();
  return (call.results[0] as unknown[][])[0]![0];
}

const named = (f: Figure) => `${f.region} ${f.category} ${periodKey(f.period)}`;
const withValue = dataset.figures.filter((f) => f.cny).map((f) => [named(f), f] as const);

describe("the built add-in starts from the bundled dataset", () => {
  test("it has derived figures to check, not only reported ones", () => {
    expect(dataset.figures.some((f) => f.cny?.kind === "derived")).toBe(true);
    expect(dataset.figures.some((f) => f.usd?.kind === "derived")).toBe(true);
  });

  test.each(withValue)("%s: the built functions give its value and citation", (_, figure) => {
    const args = [[[figure.region]], [[figure.category]], [[periodKey(figure.period)]]];
    expect(cell("REGION_EXPORTS", ...args, null)).toBe(withoutFloatNoise(figure.cny!.value));
    if (figure.usd)
      expect(cell("REGION_EXPORTS", ...args, [["USD"]])).toBe(withoutFloatNoise(figure.usd.value));
    if (figure.region === "ZIBO") {
      const cited = lookupSource(dataset, figure.category, periodKey(figure.period));
      expect(cited.ok).toBe(true);
      expect(cell("SOURCE", ...args.slice(1), null)).toBe(cited.ok && cited.value);
    }
  });

  test("a snapshot survives JSON and finds every figure", () => {
    const again = datasetFromSnapshot(JSON.parse(JSON.stringify(snapshotOf(dataset))));
    expect(again).toEqual(dataset);
    for (const { region, category, period } of dataset.figures) {
      expect(figureAt(again, region, category, period)).toEqual(
        figureAt(dataset, region, category, period),
      );
    }
  });
});
