import { formatMessage, yoyBase, yoyChange } from "../../src/core";
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

describe("YOY and YOY_BASE share one rule: export values are never negative, and no change is below -100 %", () => {
  const message = (r: ReturnType<typeof yoyChange>, lang: "en" | "zh") =>
    r.ok ? "" : formatMessage(r.error.key, r.error.params, lang);

  test.each([
    ["YOY(-5, 10)", () => yoyChange(-5, 10), "current is -5"],
    ["YOY(5, -10)", () => yoyChange(5, -10), "base is -10"],
    ["YOY_BASE(-5, 10)", () => yoyBase(-5, 10), "current is -5"],
  ])("%s is #NUM!, saying which value is negative, in both languages", (_, call, en) => {
    const r = call();
    expect(codeOf(r)).toBe("invalidNumber");
    expect(message(r, "en")).toBe(`${en}: export values cannot be negative.`);
    expect(message(r, "zh")).toContain("出口额不能为负数");
  });

  test("a fall to 0 is -100 % by YOY, and YOY_BASE says that base cannot be recovered", () => {
    expect(yoyChange(0, 10)).toEqual({ ok: true, value: -100 });
    expect(codeOf(yoyBase(0, -100))).toBe("divisionByZero");
  });

  test("a rate below -100 % is #NUM! with its message in both languages", () => {
    const r = yoyBase(5, -110);
    expect(codeOf(r)).toBe("invalidNumber");
    expect(message(r, "en")).toContain("below -100 % is impossible");
    expect(message(r, "zh")).toContain("不可能超过 100%");
  });

  test("YOY never answers below -100 %, and 80 at +931.2 % still came from 7.758", () => {
    for (const [c, b] of [
      [0, 1],
      [1, 1e9],
      [80, 7.758],
    ]) {
      const r = yoyChange(c, b);
      expect(r.ok && r.value).toBeGreaterThanOrEqual(-100);
    }
    expect(valueOf(yoyBase(80, 931.2))).toBeCloseTo(7.758, 3);
  });
});
