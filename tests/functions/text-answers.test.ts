import { store } from "../../src/data";
import * as functions from "../../src/functions/functions";
import bundledFile from "../../src/data/zibo-new-three.json";
import { callStreaming, installStandIns } from "../support/custom-functions-stand-in";
import { buildDataset } from "../../src/core";
import { contentFromFile } from "../../src/data";
import type { DatasetFile } from "../../src/data/schema";
import { fetchFunctionsCode } from "../support/on-demand-code";

/**
 * The bundled dataset with other parks or sources, built past the schema: the schema refuses
 * formula-looking text, and these tests are about what the functions do should any reach them.
 */
function unchecked(extra: Partial<Record<"parks" | "sources", unknown[]>>) {
  return buildDataset(contentFromFile({ ...bundledFile, ...extra } as unknown as DatasetFile));
}

// A function's text answer is a value in Excel, never run as a formula, so it must come back
// exactly as the data has it: a guard such as a leading apostrophe would show in the cell.

installStandIns();
beforeAll(fetchFunctionsCode);
const original = store.current;
afterEach(() => store.replace(original));

const FORMULA_LIKE = '=HYPERLINK("https://example.invalid","click")';

test("PARKS answers a park name that looks like a formula as those characters", () => {
  const parks = bundledFile.parks.map((p, i) => (i === 0 ? { ...p, nameEn: FORMULA_LIKE } : p));
  store.replace(unchecked({ parks }));
  const rows = callStreaming(functions.parksTable).last as string[][];
  expect(rows[1]![0]).toBe(FORMULA_LIKE);
});

test("SOURCE answers a publisher that looks like a formula inside the citation, unchanged", () => {
  const sources = bundledFile.sources.map((s, i) =>
    i === 0 ? { ...s, publisher: "+cmd|' /C calc'!A0" } : s,
  );
  store.replace(unchecked({ sources }));
  const cell = (
    callStreaming(functions.sourceGrid, [["NEV"]], [["2024Q1"]], null).last as string[][]
  )[0]![0];
  expect(cell.startsWith("+cmd|' /C calc'!A0")).toBe(true);
});
