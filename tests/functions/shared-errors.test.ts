import * as functions from "../../src/functions/functions";
import { callStreaming, installStandIns, isErrorValue } from "../support/custom-functions-stand-in";

installStandIns();

/** The one cell a single-cell EXPORTS call answers first. */
function exportsCell(category: string, period: string, unit: string | null = null): unknown {
  const call = callStreaming(functions.exportsGrid, [[category]], [[period]], [[unit]]);
  call.cancel();
  return (call.results[0] as unknown[][])[0]![0];
}

describe("cells that fail the same way share one error value", () => {
  test("the same #N/A in many cells is one object; a different failure is another", () => {
    const first = exportsCell("NEV", "2019Q1");
    const again = exportsCell("NEV", "2019Q1");
    const otherPeriod = exportsCell("NEV", "2019Q2");
    expect(isErrorValue(first)).toBe(true);
    expect(first).toMatchObject({ code: "#N/A" });
    expect(again).toBe(first);
    expect(otherPeriod).not.toBe(first);
    expect((otherPeriod as { message: string }).message).toContain("2019Q2");
  });

  test("the same #VALUE! for the same typing is shared; its message still quotes the input", () => {
    const first = exportsCell("boats", "2024Q1");
    expect(first).toMatchObject({ code: "#VALUE!" });
    expect((first as { message: string }).message).toContain("boats");
    expect(exportsCell("boats", "2024Q1")).toBe(first);
    expect(exportsCell("trains", "2024Q1")).not.toBe(first);
  });

  test("a number answer is unaffected", () => {
    expect(exportsCell("NEV", "2024Q1")).toBe(70);
  });
});
