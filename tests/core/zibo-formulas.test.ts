import { asCellText, formulaSign, isZiboFormula } from "../../src/core";

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
    ["＝HYPERLINK(1)", "'＝HYPERLINK(1)"],
    ["﹦1+1", "'﹦1+1"],
    ["\n=1+1", "'\n=1+1"],
    ["\u3000＠SUM(A1)", "'\u3000＠SUM(A1)"],
    ["\u00a0\u200b+1", "'\u00a0\u200b+1"],
  ])("%p → %p", (text, written) => {
    expect(asCellText(text)).toBe(written);
  });
});

describe("formulaSign: one predicate for the cell writers, the CSV import and the schema", () => {
  test.each([
    ["=1", "="],
    ["＝1", "＝"],
    ["＋86 533", "＋"],
    ["－x", "－"],
    ["＠user", "＠"],
    ["﹦x", "﹦"],
    ["﹢x", "﹢"],
    ["﹣x", "﹣"],
    ["﹫x", "﹫"],
    ["\n\u2003 =1", "="],
    ["\r=1", "\r"],
    ["\u2028-1", "-"],
    ["\ufeff=1", "="],
    ["\tZibo", "\t"],
    ["Zibo = 1", null],
    ["淄博＝1", null],
    ["2024-05-20", null],
    ["", null],
    ["   ", null],
    ["'=1", null],
  ])("%p → %p", (text, sign) => {
    expect(formulaSign(text)).toBe(sign);
  });
});
