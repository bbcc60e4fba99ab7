import { formatMessage, lookupSeries, type Series } from "../../src/core";
import { bundled, datasetWith, zibo } from "../support/feed-datasets";

/** Rows as a reader sees them: period, value (or the error's key), kind. */
function rows(series: Series): unknown[][] {
  return series.rows.map((r) => [
    r.period,
    r.value.ok ? Number(r.value.value.toFixed(4)) : r.value.error.key,
    r.kind,
  ]);
}

const longer = datasetWith([
  zibo("TOTAL", "2023Q3", 30),
  zibo("TOTAL", "2024Q1", 80, { valueUsdMn: 11.07, yoyPct: 931.2 }),
  zibo("NEV", "2024Q1", 70),
  zibo("TOTAL", "2024Q2", 90, { source: "iqilu-2024-04-17" }),
]);

describe("SERIES: every period of a category, oldest first", () => {
  test.each([
    [
      "TOTAL: the derived year-ago base, then the reported quarter",
      bundled(),
      ["TOTAL", null, null, null],
      [
        ["2023Q1", 7.758, "derived"],
        ["2024Q1", 80, "reported"],
      ],
    ],
    [
      "NEV in US dollars, converted at the source's rate",
      bundled(),
      ["NEV", null, null, "USD"],
      [["2024Q1", 9.6863, "converted"]],
    ],
    [
      "from a year: from its first quarter",
      longer,
      ["TOTAL", 2024, null, null],
      [
        ["2024Q1", 80, "reported"],
        ["2024Q2", 90, "reported"],
      ],
    ],
    [
      "to a quarter, inclusive",
      longer,
      ["TOTAL", "2023Q3", "2024Q1", null],
      [
        ["2023Q3", 30, "reported"],
        ["2024Q1", 80, "reported"],
      ],
    ],
    [
      "in USD, a quarter without a dollar figure or rate is #N/A in its cell",
      longer,
      ["TOTAL", "2024Q1", "2024Q2", "USD"],
      [
        ["2024Q1", 11.07, "reported"],
        ["2024Q2", "noUsd", null],
      ],
    ],
  ])("%s", (_, ds, [category, from, to, unit], expected) => {
    const result = lookupSeries(ds, category, from, to, unit);
    if (!result.ok) throw new Error(result.error.key);
    expect(rows(result.value)).toEqual(expected);
  });

  test.each([
    ["an unknown category", ["XYZ", null, null, null], "invalidValue", "unknownCategory"],
    ["from after to", ["TOTAL", "2024Q2", "2023Q1", null], "invalidValue", "periodsReversed"],
    ["a bad from", ["TOTAL", "someday", null, null], "invalidValue", "badPeriod"],
    ["an unknown unit", ["TOTAL", null, null, "EUR"], "invalidValue", "unknownUnit"],
    [
      "nothing in the range",
      ["TOTAL", "2020Q1", "2021Q4", null],
      "notAvailable",
      "noFiguresBetween",
    ],
    ["a category without any figure", ["PV", null, null, null], "notAvailable", "noFigures"],
  ])("%s", (_, [category, from, to, unit], code, key) => {
    const result = lookupSeries(bundled(), category, from, to, unit);
    expect(result.ok ? null : result.error).toMatchObject({ code, key });
  });
});

describe("SERIES' #N/A lists published and derived periods apart, in both languages", () => {
  test("TOTAL before any figure: 2024Q1 published, 2023Q1 derived", () => {
    const result = lookupSeries(bundled(), "TOTAL", 2020, 2021, null);
    if (result.ok) throw new Error("answered");
    const en = formatMessage(result.error.key, result.error.params, "en");
    expect(en).toBe(
      "No source publishes Zibo's TOTAL from 2020 to 2021. Published periods: 2024Q1. Derived periods (computed from published figures, not published): 2023Q1.",
    );
    const zh = formatMessage(result.error.key, result.error.params, "zh");
    expect(zh).toContain(
      "已公布的期间：2024Q1。推算的期间（由公布数据计算，并非公布值）：2023Q1。",
    );
    const open = lookupSeries(bundled(), "TOTAL", null, 2021, null);
    if (open.ok) throw new Error("answered");
    expect(formatMessage(open.error.key, open.error.params, "zh")).not.toMatch(/the start|none/);
  });
});
