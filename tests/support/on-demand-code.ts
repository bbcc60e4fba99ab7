import * as functions from "../../src/functions/functions";
import { callStreaming, type ExcelFunction } from "./custom-functions-stand-in";

/**
 * Lets the functions (run from source) fetch the code they load on first use (SERIES, SOURCE,
 * FIGURE and PARK's cards, as_of), as a page would on the first such call; after it, every call
 * answers at once.
 */
export async function fetchFunctionsCode(): Promise<void> {
  const first: [ExcelFunction, ...unknown[]][] = [
    [functions.seriesTable, "TOTAL"],
    [functions.sourceGrid, [["NEV"]], [["2024Q1"]], null, null],
    [functions.figureCards, [["NEV"]], [["2024Q1"]], null, null, null],
    [functions.parkCards, [["zero-carbon"]]],
    [functions.exportsGrid, [["NEV"]], [["2024Q1"]], null, [["2024-06-01"]]],
  ];
  const calls = first.map(([fn, ...args]) => callStreaming(fn, ...args));
  for (let i = 0; i < 100 && calls.some((c) => c.results.length === 0); i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  calls.forEach((c) => c.cancel());
}
