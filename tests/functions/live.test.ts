import type { Dataset } from "../../src/core";
import { store } from "../../src/data";
import * as functions from "../../src/functions/functions";
import {
  callStreaming,
  installStandIns,
  isErrorValue,
  type ExcelFunction,
  type StreamingCall,
} from "../support/custom-functions-stand-in";
import { bundled, datasetWith, zibo } from "../support/feed-datasets";
import bundledFile from "../../src/data/zibo-new-three.json";
import { fetchFunctionsCode } from "../support/on-demand-code";

installStandIns();
beforeAll(fetchFunctionsCode);
const original = store.current;
const revised = datasetWith(
  [
    zibo("TOTAL", "2024Q1", 82, { valueUsdMn: 11.35, yoyPct: 957 }),
    zibo("NEV", "2024Q1", 71),
    zibo("TOTAL", "2024Q2", 95),
  ],
  { version: "2024Q2.1", asOf: "2024-08-20" },
);

const live = (fn: ExcelFunction, ...args: unknown[]) => callStreaming(fn, ...args);
const calls: StreamingCall[] = [];
function track(call: StreamingCall): StreamingCall {
  calls.push(call);
  return call;
}

afterEach(() => {
  calls.splice(0).forEach((c) => c.cancel());
  store.replace(original);
});

describe("numbers in cells carry no float noise", () => {
  test("EXPORTS in USD shows 9.68625 (70 × 11.07 / 80), not 9.686250000000001", () => {
    const call = track(live(functions.exportsGrid, [["NEV"]], [["2024Q1"]], [["USD"]]));
    expect(call.last).toEqual([[9.68625]]);
    const table = track(
      live(functions.exportsGrid, [["NEV"], ["LIB_PV"], ["TOTAL"]], [["2024Q1"]], [["USD"]]),
    );
    expect(table.last).toEqual([[9.68625], [1.38375], [11.07]]);
  });

  test("SOURCE with USD says the dollar figure is converted, in a cell", () => {
    const call = track(live(functions.sourceGrid, [["NEV"]], [["2024Q1"]], [["USD"]]));
    expect(String((call.last as unknown[][])[0][0])).toMatch(
      /^converted at the rate the source implies: 70 × 11\.07 \/ 80/,
    );
  });
});

describe("live cells re-answer when the dataset changes, without a recalculation", () => {
  test.each([
    ["EXPORTS", functions.exportsGrid, [[["NEV"]], [["2024Q1"]], null], [[70]], [[71]]],
    ["GROWTH", functions.growthGrid, [[["TOTAL"]], [["2024Q1"]]], [[931.2]], [[957]]],
    ["LATEST", functions.latestText, [null], "2024Q1", "2024Q2"],
    [
      "INFO",
      functions.infoText,
      [],
      "Dataset 2024M05.1, as of 2024-06-27",
      "Dataset 2024Q2.1, as of 2024-08-20",
    ],
  ])("%s", (_, fn, args, before, after) => {
    const call = track(live(fn, ...args));
    expect(call.results).toEqual([before]);
    store.replace(revised);
    expect(call.results).toEqual([before, after]);
  });

  test("SHARE, SOURCE and SERIES follow a revision too", () => {
    const share = track(live(functions.shareGrid, [["NEV"]], [["2024Q1"]]));
    const source = track(live(functions.sourceGrid, [["LIB_PV"]], [["2024Q1"]], null));
    const series = track(live(functions.seriesTable, "TOTAL", null, null, null));
    store.replace(revised);
    expect((share.last as number[][])[0][0]).toBeCloseTo((71 / 82) * 100, 12);
    expect(String((source.last as unknown[][])[0][0])).toContain("TOTAL − NEV = 82 − 71");
    expect((series.last as unknown[][]).map((row) => row[0])).toEqual([
      "Period",
      "2023Q1",
      "2024Q1",
      "2024Q2",
    ]);
  });

  test("a change that leaves an answer as it was does not re-send it", () => {
    const nev = track(live(functions.exportsGrid, [["NEV"]], [["2024Q1"]], null));
    store.replace(bundled());
    expect(nev.results).toEqual([[[70]]]);
  });

  test("an answer that becomes an error, and back, is re-sent each time", () => {
    const cell = track(live(functions.exportsGrid, [["TOTAL"]], [["2024Q2"]], null));
    expect(isErrorValue((cell.last as unknown[][])[0][0])).toBe(true);
    store.replace(revised);
    expect(cell.last).toEqual([[95]]);
    store.replace(original);
    expect((cell.last as unknown[][])[0][0]).toMatchObject({ code: "#N/A" });
  });
});

describe("spans published as year-to-date totals reach live cells", () => {
  test("a feed that adds a Zibo 上半年 figure answers live formulas, reported, and derives Q2", () => {
    const withHalf = datasetWith(
      [...bundledFile.figures, zibo("TOTAL", "2024H1", 190, { yoyPct: 150 })],
      { version: "2024H1.1", asOf: "2024-07-20" },
    );
    const half = track(
      live(functions.exportsGrid, [["TOTAL"]], [["2024年上半年"], ["H1 2024"]], null),
    );
    const q2 = track(live(functions.sourceGrid, [["TOTAL"]], [["2024Q2"]], null));
    const series = track(live(functions.seriesTable, "TOTAL", 2024, null, null));
    expect((half.last as unknown[][])[0][0]).toMatchObject({ code: "#N/A" });
    store.replace(withHalf);
    expect(half.last).toEqual([[190], [190]]);
    expect(String((q2.last as unknown[][])[0][0])).toMatch(/^derived: 190 − 80/);
    expect(series.last).toEqual([
      ["Period", "TOTAL (million yuan)", "Kind", "Year to date"],
      ["2024Q1", 80, "reported", "no"],
      ["2024Q2", 110, "derived", "no"],
      ["2024H1", 190, "reported", "yes"],
    ]);
  });

  test("REGION_GROWTH answers a range, growth-only figures included, and follows a refresh", () => {
    const cells = track(
      live(
        functions.regionGrowthGrid,
        [["Shandong"], ["山东"]],
        [["LIB", "NEV", "PV"]],
        [["2024Q1"]],
      ),
    );
    expect(cells.last).toEqual([
      [104.4, 65.3, 95.7],
      [104.4, 65.3, 95.7],
    ]);
    const exportsCell = track(
      live(functions.regionExportsGrid, [["Shandong"]], [["LIB"]], [["2024Q1"]], null),
    );
    const error = (exportsCell.last as { code: string; message: string }[][])[0][0];
    expect(error.code).toBe("#N/A");
    expect(error.message).toContain("Only the year-on-year growth rate is published");
    const revisedRate = datasetWith(
      bundledFile.figures.map((f) =>
        f.region === "SHANDONG" && f.category === "LIB" && f.period === "2024Q1"
          ? { ...f, yoyPct: 105 }
          : f,
      ),
    );
    store.replace(revisedRate);
    expect((cells.last as unknown[][])[0][0]).toBe(105);
  });
});

describe("subscriptions end when Excel cancels the call", () => {
  test("every streaming function unsubscribes on cancel", () => {
    expect(store.subscriberCount).toBe(0);
    const cells = [
      live(functions.exportsGrid, [["NEV"]], [["2024Q1"]], null),
      live(functions.growthGrid, [["TOTAL"]], [["2024Q1"]]),
      live(functions.regionGrowthGrid, [["Shandong"]], [["LIB"]], [["2024Q1"]]),
      live(functions.shareGrid, [["NEV"]], [["2024Q1"]]),
      live(functions.sourceGrid, [["NEV"]], [["2024Q1"]], null),
      live(functions.latestText, null),
      live(functions.seriesTable, "TOTAL", null, null, null),
      live(functions.parksTable),
      live(functions.infoText),
    ];
    expect(store.subscriberCount).toBe(cells.length);
    cells.forEach((c) => c.cancel());
    expect(store.subscriberCount).toBe(0);
    store.replace(revised);
    cells.forEach((c) => expect(c.results).toHaveLength(1));
  });
});

describe("a defect still reaches the cell as an error value", () => {
  test("a dataset that cannot be read gives #VALUE! with a message, in one cell of a grid", () => {
    const cell = track(live(functions.exportsGrid, [["NEV"]], [["2024Q1"]], null));
    const broken = {
      ...original,
      get figures(): Dataset["figures"] {
        throw new Error("figures unreadable");
      },
    };
    store.replace(broken);
    expect(cell.last).toEqual([[expect.objectContaining({ code: "#VALUE!" })]]);
    expect((cell.last as { message: string }[][])[0][0].message).toContain("figures unreadable");
    const started = track(live(functions.latestText, null));
    expect(started.results).toEqual([expect.objectContaining({ code: "#VALUE!" })]);
  });
});
