import { asCellText, isZiboFormula } from "../../src/core";

describe("isZiboFormula finds ZIBO calls, not look-alikes", () => {
  test.each([
    ['=ZIBO.EXPORTS("NEV","2024Q1")', true],
    ["=zibo.yoy_base(80,931.2)", true],
    ['=ROUND(ZIBO.EXPORTS("NEV",A1),1)', true],
    ['=1+ ZIBO.SHARE("NEV", "2024Q1")', true],
    ['="ZIBO.EXPORTS(" & A1', false],
    ["=SUM(A1:A3)", false],
    ["=MYZIBO.EXPORTS(1)", false],
    ["ZIBO.EXPORTS(1)", false],
    [42, false],
    [null, false],
  ])("%p → %p", (formula, expected) => {
    expect(isZiboFormula(formula)).toBe(expected);
  });
});

describe("asCellText keeps text from becoming a formula", () => {
  test.each([
    ["=HYPERLINK(1)", "'=HYPERLINK(1)"],
    ["+86 533", "'+86 533"],
    ["-x", "'-x"],
    ["@user", "'@user"],
    ["\tx", "'\tx"],
    ["\rx", "'\rx"],
    ["'quoted", "''quoted"],
    ["Zibo", "Zibo"],
    ["淄博", "淄博"],
  ])("%p → %p", (text, written) => {
    expect(asCellText(text)).toBe(written);
  });
});
