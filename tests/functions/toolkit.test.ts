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
import { fetchFunctionsCode } from "../support/on-demand-code";
import { buildDataset, mergeContent } from "../../src/core";
import { bundledContent, contentFromFile } from "../../src/data";
import type { DatasetFile } from "../../src/data/schema";

installStandIns();
beforeAll(fetchFunctionsCode);
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

  test("SERIES names the unit in its header", async () => {
    const call = live(functions.seriesTable, "TOTAL", null, null, "亿元");
    await new Promise((resolve) => setTimeout(resolve, 0));
    const rows = call.last as unknown[][];
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

describe("as_of in cells", () => {
  /** Lets the vintage code (a chunk fetched on the first as_of) arrive. */
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  test("before the first publication: #N/A saying when; a date after it: the figure", async () => {
    const early = live(functions.exportsGrid, [["NEV"]], [["2024Q1"]], null, [["2020-01-01"]]);
    const later = live(functions.exportsGrid, [["NEV"]], [["2024Q1"]], [["亿元"]], [[45444]]);
    await settle();
    const cell = (early.last as unknown[][])[0]![0];
    expect(isErrorValue(cell) && [cell.code, cell.message]).toEqual([
      "#N/A",
      "Not yet published on 2020-01-01; first published 2024-05-20.",
    ]);
    expect(later.last).toEqual([[0.7]]);
  });

  test("after a feed revises NEV 2024Q1 from 70 to 72, the figure as known on 2024-06-01 is 70", async () => {
    const correction = {
      id: "zibo-correction",
      title: "Corrected release",
      publisher: "Zibo Customs",
      url: "https://example.org/correction",
      published: "2024-08-30",
      standing: "primary",
    };
    const file = {
      ...bundledFile,
      sources: [...bundledFile.sources, correction],
      figures: bundledFile.figures.map((f) =>
        f.region === "ZIBO" && f.category === "NEV" && f.period === "2024Q1"
          ? { ...f, valueCnyMn: 72, source: correction.id }
          : f,
      ),
    } as unknown as DatasetFile;
    const merged = mergeContent(bundledContent(), contentFromFile(file), {
      mode: "feed",
      replacedOn: "2024-09-01",
    });
    store.replace(buildDataset(merged.content));
    const now = live(functions.exportsGrid, [["NEV"]], [["2024Q1"]], null);
    const then = live(functions.exportsGrid, [["NEV"]], [["2024Q1"]], null, [["2024-06-01"]]);
    await settle();
    expect(now.last).toEqual([[72]]);
    expect(then.last).toEqual([[70]]);
  });

  test("SOURCE, GROWTH and the regions take as_of too", async () => {
    const source = live(functions.sourceGrid, [["NEV"]], [["2024Q1"]], null, [["2024-06-01"]]);
    const growth = live(
      functions.regionGrowthGrid,
      [["山东"]],
      [["TOTAL"]],
      [["2024Q1"]],
      [["2024-04-16"]],
    );
    await settle();
    expect(String((source.last as unknown[][])[0]![0])).toMatch(/^As known on 2024-06-01\. /);
    const cell = (growth.last as unknown[][])[0]![0];
    expect(isErrorValue(cell) && cell.message).toBe(
      "Not yet published on 2024-04-16; first published 2024-04-17.",
    );
  });
});

describe("SERIES by region and form, in cells", () => {
  const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

  test("Shandong's quarters, each row saying reported or derived", async () => {
    const call = live(
      functions.seriesTable,
      "TOTAL",
      "2023Q2",
      null,
      null,
      "quarters",
      "山东",
      null,
    );
    await settle();
    expect(call.last).toEqual([
      ["Period", "Shandong province TOTAL (million yuan)", "Kind", "Year to date"],
      ["2023Q4", 3080, "derived", "no"],
      ["2024Q1", 2890, "reported", "no"],
    ]);
  });

  test("growth rates under their own header; the published form needs no fetch", async () => {
    const growth = live(functions.seriesTable, "TOTAL", null, null, null, "增速", null, null);
    const plain = live(functions.seriesTable, "TOTAL", null, null, null, null, "China", null);
    expect((plain.last as unknown[][])[0]![1]).toBe("China TOTAL (million yuan)");
    await settle();
    expect((growth.last as unknown[][]).slice(0, 2)).toEqual([
      ["Period", "TOTAL year-on-year %", "Kind", "Year to date"],
      ["2024Q1", 931.2, "reported", "no"],
    ]);
  });

  test("the catalogue's whole series for a region published only as rates answers rates", async () => {
    const call = live(functions.seriesTable, "LIB", null, null, null, "growth", "Shandong", null);
    await settle();
    const rows = call.last as unknown[][];
    expect(rows[0]![1]).toMatch(/year-on-year %$/);
    expect(rows.some((row) => row[0] === "2024Q1" && row[1] === 104.4)).toBe(true);
  });
});
