/**
 * An oracle over the functions: random datasets (quarters, year-to-date totals, growth-only rates,
 * contradictions) and random questions in several period forms. Each answer is an Excel error, or
 * a number that is a given figure for exactly the span asked (SOURCE: not "derived"), or a derived
 * one whose working SOURCE gives and that recomputes from the figures it names; never negative.
 */
import fc from "fast-check";
import { store } from "../../src/data";
import * as functions from "../../src/functions/functions";
import { callStreaming, installStandIns, isErrorValue } from "../support/custom-functions-stand-in";
import { datasetWith, zibo } from "../support/feed-datasets";
import { fetchFunctionsCode } from "../support/on-demand-code";

installStandIns();
beforeAll(fetchFunctionsCode);
const original = store.current;
afterAll(() => store.replace(original));

const DATASETS = Number(process.env.ORACLE_RUNS ?? 200);

const one = (fn: Parameters<typeof callStreaming>[0], ...args: unknown[]): unknown => {
  const call = callStreaming(fn, ...args);
  call.cancel();
  const grid = call.last as unknown[][];
  return grid[0][0];
};

/** A figure the dataset gives: region ZIBO, a category, a span, a value or a rate. */
const givenFigure = fc.record({
  category: fc.constantFrom("TOTAL", "NEV"),
  period: fc.constantFrom("2023Q1", "2023Q2", "2023H1", "2023M01-M05", "2023", "2024Q1"),
  value: fc.option(fc.integer({ min: 0, max: 500 }), { nil: undefined }),
  yoy: fc.option(fc.integer({ min: -50, max: 300 }), { nil: undefined }),
});

const PERIOD_FORMS: Record<string, string[]> = {
  "2023Q1": ["2023Q1", "Q1 2023", "2023年第一季度"],
  "2023Q2": ["2023Q2", "2023年第二季度"],
  "2023H1": ["2023H1", "2023年上半年"],
  "2023M01-M05": ["2023M01-M05", "2023年1-5月", "Jan-May 2023"],
  "2023": ["2023", "2023年全年"],
  "2024Q1": ["2024Q1", "1Q24"],
  "2023Q3": ["2023Q3"],
  "2023Q4": ["2023Q4"],
  "2023M06": ["2023M06"],
  "2022Q1": ["2022Q1"],
};

test(`every answer is an error, a figure given for exactly its span, or a derived one that says how (${DATASETS} datasets)`, () => {
  fc.assert(
    fc.property(
      fc.uniqueArray(givenFigure, {
        minLength: 1,
        maxLength: 8,
        selector: (f) => `${f.category}|${f.period}`,
      }),
      fc.constantFrom("TOTAL", "NEV", "LIB_PV"),
      fc.constantFrom(...Object.keys(PERIOD_FORMS)),
      fc.nat(),
      (figures, category, span, form) => {
        const given = figures.filter((f) => f.value !== undefined || f.yoy !== undefined);
        if (given.length === 0) return;
        const ds = datasetWith(
          given.map((f) =>
            zibo(f.category, f.period, f.value as number, {
              ...(f.value === undefined ? { valueCnyMn: undefined } : {}),
              ...(f.yoy === undefined ? {} : { yoyPct: f.yoy }),
            }),
          ),
          { version: "oracle", asOf: "2024-06-27" },
        );
        store.replace(ds);
        const forms = PERIOD_FORMS[span];
        const period = forms[form % forms.length];
        const answer = one(functions.exportsGrid, [[category]], [[period]], null);
        if (isErrorValue(answer)) return;
        expect(typeof answer).toBe("number");
        expect(answer as number).toBeGreaterThanOrEqual(0);
        const source = String(one(functions.sourceGrid, [[category]], [[period]], null));
        const exact = given.find((f) => f.category === category && f.period === span);
        if (exact?.value !== undefined) {
          // A given figure for exactly the span asked, cited as given.
          expect(answer).toBe(exact.value);
          expect(source.startsWith("derived")).toBe(false);
        } else {
          // Anything else is derived, and says so.
          expect(source.startsWith("derived")).toBe(true);
          if (category === "LIB_PV") {
            // Where both inputs are given, it recomputes from them (a TOTAL may itself be derived).
            const total = given.find((f) => f.category === "TOTAL" && f.period === span);
            const nev = given.find((f) => f.category === "NEV" && f.period === span);
            if (total?.value !== undefined && nev?.value !== undefined) {
              expect(answer).toBeCloseTo(total.value - nev.value, 9);
            }
          }
        }
      },
    ),
    { numRuns: DATASETS, verbose: 1 },
  );
});
