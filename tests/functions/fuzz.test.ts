/**
 * Every function of the built bundle, called with thousands of generated arguments of every kind
 * Excel can pass (and some it cannot, for robustness): each call answers a value or an Excel
 * error, never throws, and a streaming call answers at once, so no cell stays #BUSY!.
 */
import fc from "fast-check";
import {
  CARD_SETS,
  callStreaming,
  ErrorCode,
  isErrorValue,
  type AssociatedFunction,
} from "../support/custom-functions-stand-in";
import { fuzzRuns } from "../support/fuzz-runs";
import { fetchOnDemandCode, loadBundle, readBuilt } from "../support/load-bundle";

interface FunctionMetadata {
  id: string;
  parameters: { name: string; dimensionality?: string; optional?: boolean }[];
  result: { dimensionality?: string };
  options?: { stream?: boolean };
}

const { functions } = JSON.parse(readBuilt("functions.json")) as { functions: FunctionMetadata[] };
const bundle = loadBundle();
const withCards = loadBundle("en-US", CARD_SETS);
// Code fetched on first use (as_of, SERIES) arrives once; after it, every call must answer at once.
beforeAll(() => Promise.all([fetchOnDemandCode(bundle), fetchOnDemandCode(withCards)]));
const RUNS = fuzzRuns(2000);
/** Excel's own limit on the text of one cell. */
const MAX_CELL_TEXT = 32_767;

const chinese = fc.string({
  unit: fc.integer({ min: 0x4e00, max: 0x9fff }).map((c) => String.fromCharCode(c)),
  maxLength: 20,
});

/** One cell as Excel passes it: number, text, boolean, or null for an empty cell. */
const cell: fc.Arbitrary<unknown> = fc.oneof(
  fc.double(), // includes -0, ±Infinity, NaN, the tiniest and largest doubles
  fc.integer({ min: -1_000_000, max: 3_000_000 }), // years and date serials
  fc.constantFrom(0, -0, 1, -1, -100, -100.000001, 1e-300, 5e-324, 1e308, 2024, 45337, 2958466),
  fc.constantFrom(
    "NEV",
    "TOTAL",
    "LIB",
    "PV",
    "LIB_PV",
    "新能源汽车",
    "新三样",
    "2024Q1",
    "Q1 2024",
    "2024-Q1",
    "2024年第一季度",
    "2023",
    "2024Q5",
    "USD",
    "CNY",
    "",
    " ",
  ),
  fc.string(),
  fc.string({ unit: "binary" }), // any code points, lone surrogates included
  chinese,
  fc.string({ minLength: 5_000, maxLength: 40_000 }),
  fc.boolean(),
  fc.constant(null),
  fc.constant(undefined),
);

/** A range as Excel passes it: a rectangle of cells. */
const rectangle = fc
  .tuple(fc.integer({ min: 1, max: 4 }), fc.integer({ min: 1, max: 4 }))
  .chain(([rows, cols]) =>
    fc.array(fc.array(cell, { minLength: cols, maxLength: cols }), {
      minLength: rows,
      maxLength: rows,
    }),
  );

/** What a range parameter may receive: a range, a single value as [[value]], null when omitted, and shapes Excel never sends. */
const rangeArgument = fc.oneof(
  { weight: 4, arbitrary: rectangle },
  { weight: 3, arbitrary: cell.map((v) => [[v]]) },
  { weight: 1, arbitrary: fc.constant(null) },
  { weight: 1, arbitrary: cell },
  { weight: 1, arbitrary: fc.array(fc.array(cell, { maxLength: 3 }), { maxLength: 3 }) },
);

const scalarArgument = fc.oneof(
  { weight: 5, arbitrary: cell },
  { weight: 1, arbitrary: rectangle },
);

const EXCEL_ERRORS = new Set<string>(Object.values(ErrorCode));

/** A card (an Excel data type) is a cell value when what the cell shows is one. */
function problemWithCard(v: {
  type?: unknown;
  basicValue?: unknown;
  text?: unknown;
}): string | null {
  if (v.type === "Double") {
    const n = v.basicValue;
    return typeof n === "number" && Number.isFinite(n) ? null : "a card without a finite number";
  }
  if (v.type === "Entity") return typeof v.text === "string" ? null : "an entity without text";
  return `not a cell value: ${JSON.stringify(v).slice(0, 80)}`;
}

function problemWithCell(v: unknown): string | null {
  if (typeof v === "object" && v !== null && !isErrorValue(v)) return problemWithCard(v);
  if (isErrorValue(v)) {
    if (!EXCEL_ERRORS.has(v.code)) return `unknown error code ${v.code}`;
    const explained = v.code === ErrorCode.invalidValue || v.code === ErrorCode.notAvailable;
    if (explained && !v.message) return `${v.code} without a message`;
    return null;
  }
  if (typeof v === "number") return Number.isFinite(v) ? null : `a non-finite number ${v}`;
  if (typeof v === "string") return v.length <= MAX_CELL_TEXT ? null : "text too long for a cell";
  if (typeof v === "boolean") return null;
  return `not a cell value: ${String(v)}`;
}

function problemWithAnswer(v: unknown, matrix: boolean): string | null {
  if (!matrix || isErrorValue(v)) return problemWithCell(v);
  if (!Array.isArray(v) || v.length === 0) return "a grid answer that is not rows";
  const width = (v[0] as unknown[]).length;
  for (const row of v) {
    if (!Array.isArray(row) || row.length !== width || width === 0) return "a ragged grid";
    for (const c of row) {
      const p = problemWithCell(c);
      if (p) return p;
    }
  }
  return null;
}

describe.each(functions.map((f) => [f.id, f] as const))("%s", (id, f) => {
  const fn = bundle.get(id) as AssociatedFunction;
  const args = fc.tuple(
    ...f.parameters.map((p) => (p.dimensionality === "matrix" ? rangeArgument : scalarArgument)),
  );
  const matrix = f.result.dimensionality === "matrix";
  const runs = f.parameters.length === 0 ? fuzzRuns(50) : RUNS;

  test(`answers a value or an Excel error for ${runs} generated calls`, () => {
    fc.assert(
      fc.property(args, (values) => {
        let answers: unknown[];
        if (f.options?.stream) {
          const call = callStreaming(fn, ...values);
          call.cancel();
          answers = call.results;
          if (answers.length === 0) return false; // the cell would stay #BUSY!
        } else {
          answers = [fn(...values)];
        }
        for (const a of answers) {
          const problem = problemWithAnswer(a, matrix);
          if (problem) throw new Error(problem);
        }
        return true;
      }),
      { numRuns: runs },
    );
  });
});

describe.each(["FIGURE", "PARK"])("%s where Excel shows cards", (id) => {
  const f = functions.find((m) => m.id === id)!;
  const fn = withCards.get(id) as AssociatedFunction;
  // Cells may hold cards too: a FIGURE or PARK answer passed on to another call.
  const cardCell = fc.oneof(
    cell,
    fc.constantFrom(
      { type: "Double", basicValue: 70, properties: {} },
      { type: "Entity", text: "zero-carbon", properties: {} },
      { type: "Entity" },
      {},
    ),
  );
  const args = fc.tuple(
    ...f.parameters.map(() =>
      fc.oneof(
        cardCell.map((v) => [[v]]),
        rectangle,
        fc.constant(null),
      ),
    ),
  );

  test("answers a card, a value or an Excel error for 500 generated calls", () => {
    fc.assert(
      fc.property(args, (values) => {
        const call = callStreaming(fn, ...values);
        call.cancel();
        if (call.results.length === 0) return false;
        for (const a of call.results) {
          const problem = problemWithAnswer(a, true);
          if (problem) throw new Error(problem);
        }
        return true;
      }),
      { numRuns: fuzzRuns(500) },
    );
  });
});
