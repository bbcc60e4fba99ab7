/**
 * An oracle over the functions: random datasets (quarters, year-to-date totals, growth-only rates,
 * contradictions) and random questions in several period forms. Each answer is an Excel error, or
 * a number that is a given figure for exactly the span asked (SOURCE: not "derived"), or a derived
 * one whose working SOURCE gives and that recomputes from the figures it names; never negative.
 * The second runs over regions, units and imported figures: what SOURCE and the card say a number
 * is (reported, imported, derived, converted) is its provenance, and that provenance holds.
 * fast-check prints the seed and the failing dataset on failure.
 */
import fc from "fast-check";
import {
  lookupExports,
  lookupFigureCard,
  lookupSource,
  provenanceOf,
  type Provenance,
  type RegionCode,
} from "../../src/core";
import { store } from "../../src/data";
import * as functions from "../../src/functions/functions";
import { callStreaming, installStandIns, isErrorValue } from "../support/custom-functions-stand-in";
import bundledFile from "../../src/data/zibo-new-three.json";
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

/** A figure of a random dataset: any region, value, rate, dollars, rounding; some imported. */
const anyFigure = fc.record({
  region: fc.constantFrom("ZIBO", "SHANDONG", "CHINA"),
  category: fc.constantFrom("TOTAL", "NEV"),
  period: fc.constantFrom("2023Q1", "2023Q2", "2023H1", "2023M01-M05", "2023", "2024Q1"),
  value: fc.option(fc.integer({ min: 0, max: 5000 }), { nil: undefined }),
  yoy: fc.option(fc.integer({ min: -50, max: 300 }), { nil: undefined }),
  usd: fc.option(fc.integer({ min: 1, max: 700 }), { nil: undefined }),
  rounding: fc.constantFrom(0, 5),
  imported: fc.boolean(),
});

/** A source the user supplied in a file, as an import records it. */
const USER_SOURCE = {
  id: "user-mine",
  title: "My own notes",
  publisher: "example.org",
  url: "https://example.org/notes",
  standing: "user",
  file: "mine.csv",
  importedOn: "2024-06-01",
};

/** Units and how many million yuan (or US dollars) one of each is. */
const UNITS: [string | null, number][] = [
  [null, 1],
  ["亿元", 100],
  ["万元", 0.01],
  ["USD", 1],
  ["billion USD", 1000],
];

/** What the rule a derivation names gives from the inputs it names. */
function recomputed(p: Provenance): number | null {
  const how = p.working && "key" in p.working ? p.working.key : null;
  const [a, b, c] = p.inputs.map((i) => i.value);
  switch (how) {
    case "libPvFromTotal":
    case "differenceOfTotals":
      return a! - b!;
    case "yearAgoBase":
      return a! / (1 + b! / 100);
    case "usdAtSourceRate":
      return (a! * c!) / b!;
    default:
      return null;
  }
}

/** Every imported number behind a provenance, however deep. */
function importedWithin(p: Provenance): boolean {
  return p.kind === "imported" || p.inputs.some(importedWithin);
}

const PREFIX: Record<string, RegExp> = {
  reported: /^(?!derived: |converted at |imported by you)/,
  imported: /^imported by you\. Source: the file "mine\.csv"/,
  derived: /^derived: /,
  converted: /^converted at the rate /,
};

test(`over regions, units and imports, every answer says what it is, as SOURCE and the card give it (${DATASETS} datasets)`, () => {
  fc.assert(
    fc.property(
      fc.uniqueArray(anyFigure, {
        minLength: 1,
        maxLength: 10,
        selector: (f) => `${f.region}|${f.category}|${f.period}`,
      }),
      fc.constantFrom("ZIBO", "SHANDONG", "CHINA"),
      fc.constantFrom("TOTAL", "NEV", "LIB_PV"),
      fc.constantFrom(...Object.keys(PERIOD_FORMS)),
      fc.nat(),
      fc.nat({ max: UNITS.length - 1 }),
      (figures, region, category, span, form, unitAt) => {
        const given = figures.filter((f) => f.value !== undefined || f.yoy !== undefined);
        if (given.length === 0) return;
        const ds = datasetWith(
          given.map((f) => ({
            region: f.region,
            category: f.category,
            period: f.period,
            kind: "reported",
            source: f.imported ? USER_SOURCE.id : "prnewswire-2024-05-20",
            ...(f.value === undefined ? {} : { valueCnyMn: f.value }),
            ...(f.value !== undefined && f.usd !== undefined ? { valueUsdMn: f.usd } : {}),
            ...(f.yoy === undefined ? {} : { yoyPct: f.yoy }),
            ...(f.rounding && f.value !== undefined ? { roundingCnyMn: f.rounding } : {}),
          })),
          {
            version: "oracle",
            asOf: "2024-06-27",
            sources: [...bundledFile.sources, USER_SOURCE],
          },
        );
        store.replace(ds);
        const forms = PERIOD_FORMS[span];
        const period = forms[form % forms.length];
        const [unit, millions] = UNITS[unitAt]!;
        const regionName = region === "ZIBO" ? "Zibo" : region === "CHINA" ? "China" : "Shandong";
        const answer = one(
          functions.regionExportsGrid,
          [[regionName]],
          [[category]],
          [[period]],
          [[unit]],
        );
        if (isErrorValue(answer)) return;
        expect(typeof answer).toBe("number");
        expect(answer as number).toBeGreaterThanOrEqual(0);

        const found = lookupExports(ds, category, period, unit, region as RegionCode);
        if (!found.ok) throw new Error("the function answered where the lookup does not");
        const p = provenanceOf(ds, found.value.measure);
        expect(answer as number).toBeCloseTo(p.value / millions, 6);
        const cited = lookupSource(ds, category, period, unit, region as RegionCode);
        const source = cited.ok ? cited.value.replace(/^Unit: [^.]*\. /, "") : "";
        if (region === "ZIBO") {
          const built = String(one(functions.sourceGrid, [[category]], [[period]], [[unit]]));
          expect(built.replace(/^Unit: [^.]*\. /, "")).toBe(source);
        }
        const card = lookupFigureCard(ds, category, period, unit, region, "en");
        if (!card.ok) throw new Error("no card for an answer");
        const kind = card.value.fields.find((f) => f.key === "kind")?.value;
        // SOURCE, the card and the provenance say the same kind.
        expect(kind).toBe(p.kind);
        expect(source).toMatch(PREFIX[p.kind]!);

        const exact = given.find(
          (f) => f.region === region && f.category === category && f.period === span,
        );
        const dollars = unit !== null && /USD/.test(unit);
        if (p.kind === "reported" || p.kind === "imported") {
          // A given figure for exactly the span asked, in the currency asked.
          expect(exact).toBeDefined();
          expect(p.value).toBe(dollars ? exact!.usd : exact!.value);
          expect(p.kind).toBe(exact!.imported ? "imported" : "reported");
          return;
        }
        // A rule that recomputes the number from the inputs it names, within its stated range.
        const again = recomputed(p);
        if (again !== null) expect(p.value).toBeCloseTo(again, 6);
        if (p.range) {
          expect(p.value).toBeGreaterThanOrEqual(p.range[0] - 1e-6);
          expect(p.value).toBeLessThanOrEqual(p.range[1] + 1e-6);
        }
        // A number computed from an imported one names the file.
        if (importedWithin(p)) expect(source).toContain('the file "mine.csv"');
      },
    ),
    { numRuns: DATASETS, verbose: 1 },
  );
});
