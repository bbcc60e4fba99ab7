import { yoyBase, yoyChange } from "../../src/core";
import { codeOf, valueOf } from "../support/results";

describe("YOY_BASE: current / (1 + yoy_percent / 100)", () => {
  test("80 million yuan at +931.2 % came from 7.758 million yuan", () => {
    expect(valueOf(yoyBase(80, 931.2))).toBeCloseTo(7.758, 3);
  });

  test("a fall of 50 % doubles back", () => {
    expect(yoyBase(50, -50)).toEqual({ ok: true, value: 100 });
  });

  test.each([
    [-100, "divisionByZero"],
    [-100.5, "invalidNumber"],
    [-1e9, "invalidNumber"],
  ])("yoy_percent %p gives %s", (pct, code) => {
    expect(codeOf(yoyBase(80, pct))).toBe(code);
  });

  test.each([
    ["80", 931.2],
    [80, "lots"],
    [true, 10],
    [null, 10],
  ])("non-numbers (%p, %p) are #VALUE!", (current, pct) => {
    expect(codeOf(yoyBase(current, pct))).toBe("invalidValue");
  });
});

describe("YOY: year-on-year change in percent", () => {
  test("from 7.758 to 80 is about +931 %", () => {
    expect(valueOf(yoyChange(80, 80 / 10.312))).toBeCloseTo(931.2, 6);
  });

  test("a base of 0 is #DIV/0!", () => {
    expect(codeOf(yoyChange(80, 0))).toBe("divisionByZero");
  });
});
