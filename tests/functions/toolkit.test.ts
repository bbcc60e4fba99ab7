import { store } from "../../src/data";
import * as functions from "../../src/functions/functions";
import {
  callStreaming,
  installStandIns,
  isErrorValue,
  type StreamingCall,
} from "../support/custom-functions-stand-in";
import { datasetWith, zibo } from "../support/feed-datasets";
import bundledFile from "../../src/data/zibo-new-three.json";

installStandIns();
const original = store.current;
const calls: StreamingCall[] = [];
const live = (fn: Parameters<typeof callStreaming>[0], ...args: unknown[]) => {
  const call = callStreaming(fn, ...args);
  calls.push(call);
  return call;
};
afterEach(() => {
  calls.splice(0).forEach((c) => c.cancel());
  store.replace(original);
});

describe("units as people write them, in cells", () => {
  test("EXPORTS in 亿元, 万元 and 亿美元", () => {
    expect(live(functions.exportsGrid, [["NEV"]], [["2024Q1"]], [["亿元"]]).last).toEqual([[0.7]]);
    expect(live(functions.exportsGrid, [["TOTAL"]], [["2024Q1"]], [["万元"]]).last).toEqual([
      [8000],
    ]);
    expect(live(functions.exportsGrid, [["TOTAL"]], [["2024Q1"]], [["亿美元"]]).last).toEqual([
      [0.1107],
    ]);
  });

  test("an unknown unit is #VALUE! listing the units", () => {
    const cell = (
      live(functions.exportsGrid, [["NEV"]], [["2024Q1"]], [["EUR"]]).last as unknown[][]
    )[0]![0];
    expect(isErrorValue(cell) && cell.code).toBe("#VALUE!");
    expect(isErrorValue(cell) && cell.message).toMatch(/100 million yuan \(亿元\)/);
  });

  test("SERIES names the unit in its header", () => {
    const rows = live(functions.seriesTable, "TOTAL", null, null, "亿元").last as unknown[][];
    expect(rows[0]![1]).toBe("TOTAL (100 million yuan)");
    expect(rows.at(-1)!.slice(0, 2)).toEqual(["2024Q1", 0.8]);
  });
});

describe('"latest" in cells', () => {
  test("a live cell moves to the new span a refresh brings", () => {
    const call = live(functions.exportsGrid, [["TOTAL"]], [["latest"]], null);
    const source = live(functions.sourceGrid, [["TOTAL"]], [["最新"]], null);
    expect(call.last).toEqual([[80]]);
    store.replace(
      datasetWith([...bundledFile.figures, zibo("TOTAL", "2024Q2", 90)], { version: "2024Q2.1" }),
    );
    expect(call.last).toEqual([[90]]);
    expect(String((source.last as unknown[][])[0]![0])).toMatch(/^Latest: 2024Q2\. /);
  });
});
