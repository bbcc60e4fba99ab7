/**
 * The built functions never put a number in a cell for a span, scope or provenance it does not have.
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

/** How many arguments each function takes before its invocation. */
const PARAMS: Record<string, number> = {
  EXPORTS: 3,
  REGION_EXPORTS: 4,
  REGION_GROWTH: 3,
  SHARE: 2,
  SHARE_OF: 3,
  SOURCE: 3,
};

/** The one cell of the first answer of a streaming call. */
function cell(id: string, ...values: unknown[]): unknown {
  const params = PARAMS[id] ?? values.length;
  const args = Array.from({ length: params }, (_, i) => (i < values.length ? [[values[i]]] : null));
  const call = callStreaming(fn(id), ...args);
  call.cancel();
  const first = call.results[0];
  return Array.isArray(first) ? (first as unknown[][])[0][0] : first;
}

function expectError(value: unknown, code: string, ...mentions: string[]): void {
  expect(isErrorValue(value)).toBe(true);
  expect(value).toMatchObject({ code });
  for (const m of mentions) expect((value as { message: string }).message).toContain(m);
}

describe("a span across years is #VALUE!, never its first part", () => {
  test.each([
    ["EXPORTS", ["TOTAL", "2024Q1-2025Q1"]],
    ["EXPORTS", ["TOTAL", "2024-01-01 to 2024-12-31"]],
    ["EXPORTS", ["TOTAL", "2024/1/1 ~ 2024/12/31"]],
    ["EXPORTS", ["TOTAL", "2024Q1 - 2025Q1"]],
    ["REGION_EXPORTS", ["China", "TOTAL", "2023Q1 to 2024Q4"]],
    ["REGION_GROWTH", ["China", "TOTAL", "2023Q1-2024Q1"]],
    ["SHARE_OF", ["Shandong", "2024Q1-2025Q1"]],
  ])("%s(%p)", (id, args) => {
    expectError(cell(id as string, ...(args as unknown[])), "#VALUE!", "within one year", "SERIES");
  });

  test("the card formulas still answer", () => {
    expect(cell("EXPORTS", "NEV", "2024Q1")).toBe(70);
    const base = fn("YOY_BASE")([[80]], [[931.2]]) as number[][];
    expect(base[0][0]).toBeCloseTo(7.758, 3);
  });
});

describe("the data as published, with its precision", () => {
  test.each(["2024M01-M05", "2024年1-5月"])(
    "Shandong's January–May 2024 growth (%s) is 57.4, a rate published without a value",
    (period) => {
      expect(cell("REGION_GROWTH", "Shandong", "TOTAL", period)).toBe(57.4);
      expectError(cell("REGION_EXPORTS", "Shandong", "TOTAL", period), "#N/A", "57.4");
    },
  );

  test('SOURCE("LIB_PV","2024Q1") says it lies between 0 and 20 million yuan', () => {
    expect(cell("SOURCE", "LIB_PV", "2024Q1")).toContain(
      "it lies between 0 and 20 million yuan, since both inputs are rounded to 10 million",
    );
    expect(cell("EXPORTS", "LIB_PV", "2024Q1")).toBe(10);
  });

  test("China 2022 = 1,060,000 / 1.299, between about 811,900 and 820,200 (value ± 5,000 and rate ± 0.05)", () => {
    expect(cell("REGION_EXPORTS", "China", "TOTAL", 2022)).toBeCloseTo(1_060_000 / 1.299, 3);
  });
});
