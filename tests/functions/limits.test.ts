import { store } from "../../src/data";
import * as functions from "../../src/functions/functions";
import {
  callStreaming,
  installStandIns,
  isErrorValue,
  type ExcelFunction,
  type StreamingCall,
} from "../support/custom-functions-stand-in";
import {
  datasetWith,
  TEN_YEAR_CATEGORIES,
  tenYearsOfQuarters,
  zibo,
} from "../support/feed-datasets";

// The limits a workbook may reach: 10,000 ZIBO formulas reading a feed of ten years of quarters
// for every category. How fast is for `npm run bench`; here, that every cell is right and that a
// change costs Excel only the cells it changes.

installStandIns();
const original = store.current;
const tenYearFigures = tenYearsOfQuarters();
const tenYears = datasetWith(tenYearFigures, { version: "ten-years", asOf: "2025-02-01" });

type Kind = "EXPORTS" | "GROWTH" | "SHARE" | "SOURCE";
const KINDS: Kind[] = ["EXPORTS", "GROWTH", "SHARE", "SOURCE"];
const FN: Record<Kind, ExcelFunction> = {
  EXPORTS: functions.exportsGrid,
  GROWTH: functions.growthGrid,
  SHARE: functions.shareGrid,
  SOURCE: functions.sourceGrid,
};

interface Cell {
  kind: Kind;
  category: string;
  period: string;
  call: StreamingCall;
}

const value = new Map(
  tenYearFigures.map((f) => [`${String(f.category)}|${String(f.period)}`, Number(f.valueCnyMn)]),
);
const quarters = [...new Set(tenYearFigures.map((f) => String(f.period)))];
const yearBefore = (period: string) => `${Number(period.slice(0, 4)) - 1}${period.slice(4)}`;

/** What each cell must show with the ten-year feed, worked out from the generated figures. */
function expected(cell: Cell): number | string | "N/A" {
  const v = value.get(`${cell.category}|${cell.period}`)!;
  switch (cell.kind) {
    case "EXPORTS":
      return v;
    case "SHARE":
      return (v / value.get(`TOTAL|${cell.period}`)!) * 100;
    case "GROWTH": {
      const base = value.get(`${cell.category}|${yearBefore(cell.period)}`);
      return base === undefined ? "N/A" : (v / base - 1) * 100;
    }
    case "SOURCE":
      return "PR Newswire";
  }
}

let cells: Cell[] = [];

beforeEach(() => {
  cells = Array.from({ length: 10_000 }, (_, i) => {
    const kind = KINDS[i % KINDS.length]!;
    const category =
      TEN_YEAR_CATEGORIES[Math.floor(i / KINDS.length) % TEN_YEAR_CATEGORIES.length]!;
    const period = quarters[Math.floor(i / 16) % quarters.length]!;
    const args =
      kind === "EXPORTS" || kind === "SOURCE"
        ? [[[category]], [[period]], [[null]]]
        : [[[category]], [[period]]];
    return { kind, category, period, call: callStreaming(FN[kind], ...args) };
  });
});

afterEach(() => {
  cells.forEach((c) => c.call.cancel());
  store.replace(original);
});

const shown = (cell: Cell) => (cell.call.last as unknown[][])[0]![0];

describe("10,000 live formulas and a feed of ten years of quarters for every category", () => {
  test("every cell shows its own figure once the feed arrives, each answered at most once more", () => {
    const before = cells.map((c) => c.call.results.length);
    expect(before.every((n) => n === 1)).toBe(true);
    store.replace(tenYears);
    for (const cell of cells) {
      // A cell whose answer is the same (TOTAL's share, 100) is not sent again.
      expect(cell.call.results.length).toBeLessThanOrEqual(2);
      const want = expected(cell);
      const got = shown(cell);
      if (want === "N/A") expect(isErrorValue(got) && got.code).toBe("#N/A");
      else if (typeof want === "number") expect(got).toBeCloseTo(want, 9);
      else expect(got).toContain(want);
    }
  });

  test("a revision of one figure re-sends only the cells whose answer it changes", () => {
    store.replace(tenYears);
    const revised = tenYearFigures.map((f) =>
      f.category === "NEV" && f.period === "2019Q3"
        ? zibo("NEV", "2019Q3", 1 + Number(f.valueCnyMn))
        : f,
    );
    const sentBefore = cells.map((c) => c.call.results.length);
    store.replace(datasetWith(revised, { version: "ten-years.2", asOf: "2025-03-01" }));
    const resent = cells.filter((c, i) => c.call.results.length > sentBefore[i]!);
    const touched = (c: Cell) =>
      c.category === "NEV" &&
      (c.period === "2019Q3" || (c.kind === "GROWTH" && c.period === "2020Q3")) &&
      c.kind !== "SOURCE";
    expect(resent.length).toBeGreaterThan(0);
    expect(resent.every(touched)).toBe(true);
    expect(cells.filter(touched).every((c) => resent.includes(c))).toBe(true);
  });

  test("deleting the formulas releases every subscription", () => {
    expect(store.subscriberCount).toBe(cells.length);
    cells.forEach((c) => c.call.cancel());
    expect(store.subscriberCount).toBe(0);
  });
});
