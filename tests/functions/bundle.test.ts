/**
 * The built bundle called as Excel calls it: ranges as rows of values, a single value as
 * [[value]], an omitted optional argument as null, streaming calls with an invocation object.
 */
import {
  callStreaming,
  isErrorValue,
  type AssociatedFunction,
} from "../support/custom-functions-stand-in";
import { fetchOnDemandCode, loadBundle } from "../support/load-bundle";

const fns = loadBundle();
beforeAll(() => fetchOnDemandCode(fns));
const fn = (id: string): AssociatedFunction => {
  const f = fns.get(id);
  if (!f) throw new Error(`${id} is not associated`);
  return f;
};

/** The first answer of a streaming call, which must come at once (never #BUSY!). */
function answer(id: string, ...args: unknown[]): unknown {
  const call = callStreaming(fn(id), ...args);
  call.cancel();
  expect(call.results.length).toBeGreaterThanOrEqual(1);
  return call.results[0];
}

/** The one cell of a grid answer. */
function cell(id: string, ...args: unknown[]): unknown {
  const grid = answer(id, ...args) as unknown[][];
  expect(grid).toHaveLength(1);
  expect(grid[0]).toHaveLength(1);
  return grid[0][0];
}

function expectError(value: unknown, code: string, ...mentions: string[]): void {
  expect(isErrorValue(value)).toBe(true);
  expect(value).toMatchObject({ code });
  for (const m of mentions) expect((value as { message: string }).message).toContain(m);
}

test("the bundle associates every function id and nothing else", () => {
  expect([...fns.keys()].sort()).toEqual(
    [
      "EXPORTS",
      "FIGURE",
      "GROWTH",
      "INFO",
      "LATEST",
      "PARK",
      "PARKS",
      "REGION_EXPORTS",
      "REGION_GROWTH",
      "SERIES",
      "SHARE",
      "SHARE_OF",
      "SOURCE",
      "YOY",
      "YOY_BASE",
    ].sort(),
  );
});

describe("EXPORTS", () => {
  test.each([
    ["NEV 2024Q1 shows 70", [[["NEV"]], [["2024Q1"]], null], 70],
    ["TOTAL 2024Q1 in USD shows 11.07", [[["TOTAL"]], [["2024Q1"]], [["USD"]]], 11.07],
    ["a Chinese category and quarter", [[["新能源汽车"]], [["2024年第一季度"]], null], 70],
    ["a date inside the quarter (serial 45337 = 2024-02-15)", [[["TOTAL"]], [[45337]], null], 80],
    ["an empty unit cell means CNY", [[["TOTAL"]], [["2024Q1"]], [[""]]], 80],
  ])("%s", (_, args, expected) => {
    expect(cell("EXPORTS", ...args)).toBe(expected);
  });

  test.each([
    ["LIB alone: #N/A giving LIB_PV's 10", ["LIB"], ["2024Q1"], null, "#N/A", ["LIB_PV", "10"]],
    [
      "an unknown category: #VALUE! naming the valid ones",
      ["XYZ"],
      ["2024Q1"],
      null,
      "#VALUE!",
      ["XYZ", "TOTAL, NEV, LIB, PV, LIB_PV"],
    ],
    ["quarter 5: #VALUE!", ["NEV"], ["2024Q5"], null, "#VALUE!", ["2024Q5"]],
    ["an unknown unit: #VALUE!", ["NEV"], ["2024Q1"], ["EUR"], "#VALUE!", ["EUR", "USD"]],
    [
      "an unpublished quarter: #N/A listing the published ones",
      ["NEV"],
      ["2023Q4"],
      null,
      "#N/A",
      ["2024Q1"],
    ],
    ["an empty category cell: #VALUE!", [null], ["2024Q1"], null, "#VALUE!", ["category"]],
  ])("%s", (_, category, period, unit, code, mentions) => {
    expectError(
      cell("EXPORTS", [category], [period], unit === null ? null : [unit]),
      code,
      ...mentions,
    );
  });

  test("a column of categories and a row of periods spill a grid, errors per cell", () => {
    const grid = answer(
      "EXPORTS",
      [["TOTAL"], ["NEV"], ["LIB"]],
      [["2023Q1", "2024Q1"]],
      null,
    ) as unknown[][];
    expect(grid).toHaveLength(3);
    expect(grid[0][0]).toBeCloseTo(7.758, 3);
    expect(grid[0][1]).toBe(80);
    expectError(grid[1][0], "#N/A");
    expect(grid[1][1]).toBe(70);
    expectError(grid[2][1], "#N/A", "LIB_PV");
  });

  test("a row of units spills across", () => {
    expect(answer("EXPORTS", [["TOTAL"]], [["2024Q1"]], [["CNY", "USD"]])).toEqual([[80, 11.07]]);
  });
});

describe("context series: REGION_EXPORTS and SHARE_OF (SOURCES.md)", () => {
  test.each([
    ["Shandong 2024Q1: 2,890 million yuan", ["Shandong", "TOTAL", "2024Q1"], 2890],
    ["山东 in Chinese", ["山东", "TOTAL", "2024Q1"], 2890],
    ["China 2023 as a year number", ["全国", "TOTAL", 2023], 1_060_000],
    ["中国 2023 as text", ["中国", "新三样", "2023"], 1_060_000],
  ])("REGION_EXPORTS %s", (_, [region, category, period], value) => {
    expect(cell("REGION_EXPORTS", [[region]], [[category]], [[period]], null)).toBe(value);
  });

  test("REGION_EXPORTS of an unpublished figure is #N/A, never a number", () => {
    expectError(cell("REGION_EXPORTS", [["Shandong"]], [["NEV"]], [["2024Q1"]], null), "#N/A");
    expectError(cell("REGION_EXPORTS", [["China"]], [["TOTAL"]], [["2024Q1"]], null), "#N/A");
  });

  test("REGION_EXPORTS of an unknown region is #VALUE! naming the valid ones", () => {
    expectError(
      cell("REGION_EXPORTS", [["Mars"]], [["TOTAL"]], [["2024Q1"]], null),
      "#VALUE!",
      "Shandong or China",
    );
  });

  test("REGION_EXPORTS spills a column of regions against a row of periods", () => {
    const grid = answer(
      "REGION_EXPORTS",
      [["Shandong"], ["China"]],
      [["TOTAL"]],
      [["2024Q1", "2023"]],
      null,
    ) as unknown[][];
    expect(grid[0][0]).toBe(2890);
    expect(grid[0][1]).toBe(9390);
    expectError(grid[1][0], "#N/A");
    expect(grid[1][1]).toBe(1_060_000);
  });

  test("REGION_EXPORTS and REGION_GROWTH answer spans as published, growth-only figures included", () => {
    expect(cell("REGION_EXPORTS", [["Shandong"]], [["TOTAL"]], [["2023年1-9月"]], null)).toBe(6310);
    expect(cell("REGION_EXPORTS", [["山东"]], [["TOTAL"]], [["2023Q4"]], null)).toBe(3080);
    expect(cell("REGION_GROWTH", [["Shandong"]], [["LIB"]], [["2024Q1"]])).toBe(104.4);
    expectError(
      cell("REGION_EXPORTS", [["Shandong"]], [["LIB"]], [["2024Q1"]], null),
      "#N/A",
      "Only the year-on-year growth rate is published",
      "104.4",
    );
    expect(cell("EXPORTS", [["NEV"]], [["2024Q1"]], null)).toBe(70);
  });

  test("SHARE_OF Shandong 2024Q1 is Zibo's 2.77 %", () => {
    expect(cell("SHARE_OF", [["Shandong"]], [["2024Q1"]], null)).toBeCloseTo(2.77, 2);
    expect(cell("SHARE_OF", [["山东"]], [["2024Q1"]], [["TOTAL"]])).toBeCloseTo(
      (80 / 2890) * 100,
      9,
    );
  });

  test("SHARE_OF is #N/A where either side is unpublished", () => {
    // Zibo's 2023 total is not published; Shandong publishes only NEV's growth rate for 2024Q1.
    expectError(
      cell("SHARE_OF", [["China"]], [[2023]], null),
      "#N/A",
      "Zibo publishes no TOTAL for 2023",
    );
    expectError(
      cell("SHARE_OF", [["Shandong"]], [["2024Q1"]], [["NEV"]]),
      "#N/A",
      "Only the year-on-year growth rate is published for NEV in 2024Q1 (Shandong province)",
    );
  });

  test("SHARE_OF is #N/A where a side is only derived, naming it", () => {
    expectError(
      cell("SHARE_OF", [["Shandong"]], [["2023Q1"]], null),
      "#N/A",
      "SHARE_OF divides published figures only, and Zibo's TOTAL for 2023Q1 is derived",
    );
  });
});

describe("YOY_BASE and YOY (not streaming)", () => {
  const call = (id: string, ...args: unknown[]) => fn(id)(...args) as unknown[][];

  test("YOY_BASE(80, 931.2) is the year-ago 7.758", () => {
    expect(call("YOY_BASE", [[80]], [[931.2]])[0][0]).toBeCloseTo(7.758, 3);
  });
  test.each([
    ["-100 %: #DIV/0!", -100, "#DIV/0!"],
    ["below -100 %: #NUM!", -150, "#NUM!"],
    ["text: #VALUE!", "lots", "#VALUE!"],
  ])("YOY_BASE with %s", (_, pct, code) => {
    expectError(call("YOY_BASE", [[80]], [[pct]])[0][0], code);
  });
  test("YOY_BASE works cell by cell on ranges", () => {
    expect(call("YOY_BASE", [[80], [150]], [[0], [50]])).toEqual([[80], [100]]);
  });
  test("YOY(80, 7.758) is about 931.2 %, and a zero base is #DIV/0!", () => {
    const grid = call("YOY", [[80, 10]], [[7.758, 0]]);
    expect(grid[0][0]).toBeCloseTo(931.2, 0);
    expectError(grid[0][1], "#DIV/0!");
  });
});

describe("the other functions", () => {
  test.each([
    ["GROWTH TOTAL 2024Q1: the reported 931.2", "GROWTH", [[["TOTAL"]], [["2024Q1"]]], 931.2],
    ["SHARE NEV 2024Q1: 87.5", "SHARE", [[["NEV"]], [["2024Q1"]]], 87.5],
  ])("%s", (_, id, args, expected) => {
    expect(cell(id, ...args)).toBe(expected);
  });

  test("GROWTH without a reported rate or a year-ago figure is #N/A saying so", () => {
    expectError(cell("GROWTH", [["NEV"]], [["2024Q1"]]), "#N/A", "2023Q1");
  });

  test("SOURCE cites publisher, title and date; a derived figure says how", () => {
    const reported = String(cell("SOURCE", [["TOTAL"]], [["2024Q1"]], null));
    expect(reported).toContain("PR Newswire");
    expect(reported).toContain("New quality productive forces boost Zibo's open economy");
    expect(reported).toContain("2024-05-20");
    expect(String(cell("SOURCE", [["LIB_PV"]], [["2024Q1"]], null))).toMatch(
      /^derived: TOTAL − NEV = 80 − 70/,
    );
    expect(String(cell("SOURCE", [["NEV"]], [["2024Q1"]], [["USD"]]))).toMatch(
      /^converted at the rate the source implies: 70 × 11\.07 \/ 80/,
    );
    expect(cell("EXPORTS", [["NEV"]], [["2024Q1"]], [["USD"]])).toBe(9.68625);
  });

  test("LATEST answers the latest period as text, with or without a category", () => {
    expect(answer("LATEST", null)).toBe("2024Q1");
    expect(answer("LATEST", "NEV")).toBe("2024Q1");
    expectError(answer("LATEST", "PV"), "#N/A");
  });

  test("SERIES spills a header row, then periods oldest first (its code fetched on first use)", async () => {
    const first = callStreaming(fn("SERIES"), "TOTAL", null, null, null, null, null, null);
    await new Promise((resolve) => setTimeout(resolve, 50));
    first.cancel();
    const table = answer("SERIES", "TOTAL", null, null, null, null, null, null) as unknown[][];
    expect(table[0]).toEqual(["Period", "TOTAL (million yuan)", "Kind", "Year to date"]);
    expect(table.slice(1).map((r) => [r[0], r[2]])).toEqual([
      ["2023Q1", "derived"],
      ["2024Q1", "reported"],
    ]);
    expect(table[2][1]).toBe(80);
    expectError(
      (answer("SERIES", "XYZ", null, null, null, null, null, null) as unknown[][])[0][0],
      "#VALUE!",
    );
  });

  test("PARKS spills a header row and the three parks", () => {
    const table = answer("PARKS") as string[][];
    expect(table[0]).toEqual(["Name", "Chinese name", "Focus"]);
    expect(table.slice(1).map((r) => r[1])).toEqual([
      "零碳智慧创新产业园",
      "固态锂电池产业园",
      "先进储能装备创新产业园",
    ]);
  });

  test("INFO names the dataset version and as-of date", () => {
    expect(answer("INFO")).toBe("Dataset 2024M05.1, as of 2024-06-27");
  });
});

test("with Chinese as Office's display language, messages and headers are Chinese", async () => {
  const zh = loadBundle("zh-CN");
  await fetchOnDemandCode(zh);
  const error = (
    callStreaming(zh.get("EXPORTS")!, [["XYZ"]], [["2024Q1"]], null).last as unknown[][]
  )[0][0];
  expect((error as { message: string }).message).toContain("未知类别");
  expect(callStreaming(zh.get("INFO")!).last).toBe("数据集 2024M05.1，截至 2024-06-27");
  const citation = (
    callStreaming(zh.get("SOURCE")!, [["LIB_PV"]], [["2024Q1"]], null).last as unknown[][]
  )[0][0];
  expect(citation).toMatch(
    /^推算值：TOTAL − NEV = 80 − 70；两项均为四舍五入后的公布值：其值在 0 至 20 百万元之间，因两项均只精确到 10 百万元。来源：chinadaily/,
  );
});
