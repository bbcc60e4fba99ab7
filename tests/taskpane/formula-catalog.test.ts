import {
  FUNCTIONS,
  buildFormula,
  functionSpec,
  helpAnchor,
  isCellReference,
} from "../../src/taskpane/formula-catalog";

const spec = (name: string) => {
  const found = functionSpec(name);
  if (!found) throw new Error(`no ${name}`);
  return found;
};

describe("the formula picker's catalog", () => {
  test("offers every ZIBO function once", () => {
    expect(FUNCTIONS.map((f) => f.name).sort()).toEqual(
      [
        "EXPORTS",
        "FIGURE",
        "GROWTH",
        "INFO",
        "LATEST",
        "PARK",
        "PARKS",
        "REGION_EXPORTS",
        "REGION_GROWTH",
        "SERIES",
        "SHARE",
        "SHARE_OF",
        "SOURCE",
        "YOY",
        "YOY_BASE",
      ].sort(),
    );
  });

  test.each([
    ["EXPORTS", ["NEV", "2024Q1", ""], '=ZIBO.EXPORTS("NEV","2024Q1")'],
    ["EXPORTS", ["LIB_PV", "2023Q4", "USD"], '=ZIBO.EXPORTS("LIB_PV","2023Q4","USD")'],
    ["SERIES", ["TOTAL", "", "", "USD"], '=ZIBO.SERIES("TOTAL",,,"USD")'],
    ["SERIES", ["NEV", "2023Q1", "", ""], '=ZIBO.SERIES("NEV","2023Q1")'],
    ["LATEST", [""], "=ZIBO.LATEST()"],
    [
      "REGION_EXPORTS",
      ["China", "TOTAL", "2024Q1", ""],
      '=ZIBO.REGION_EXPORTS("China","TOTAL","2024Q1")',
    ],
    [
      "REGION_GROWTH",
      ["Shandong", "LIB", "2024Q1"],
      '=ZIBO.REGION_GROWTH("Shandong","LIB","2024Q1")',
    ],
    ["SOURCE", ["NEV", "2024Q1", "USD"], '=ZIBO.SOURCE("NEV","2024Q1","USD")'],
    ["YOY_BASE", [" 80 ", "9.3120"], "=ZIBO.YOY_BASE(80,9.312)"],
    ["YOY", ["-3", "1e3"], "=ZIBO.YOY(-3,1000)"],
    ["PARKS", [], "=ZIBO.PARKS()"],
    ["FIGURE", ["NEV", "2024Q1", "", ""], '=ZIBO.FIGURE("NEV","2024Q1")'],
    ["FIGURE", ["TOTAL", "2023", "", "China"], '=ZIBO.FIGURE("TOTAL","2023",,"China")'],
    ["FIGURE", ["NEV", "2024Q1", "USD", ""], '=ZIBO.FIGURE("NEV","2024Q1","USD")'],
    ["PARK", ["solid-state-battery"], '=ZIBO.PARK("solid-state-battery")'],
    ["SOURCE", ['a"b', "2024"], '=ZIBO.SOURCE("a""b","2024")'],
    // Cells are written as references, so the function reads the cell's value.
    ["YOY_BASE", ["A1", "$B$2"], "=ZIBO.YOY_BASE(A1,$B$2)"],
    ["YOY", ["Sheet1!C3", "'My sheet'!C3"], "=ZIBO.YOY(Sheet1!C3,'My sheet'!C3)"],
    ["YOY", ["A2:A4", "B2"], "=ZIBO.YOY(A2:A4,B2)"],
    ["EXPORTS", ["NEV", "2024Q1", "", "2024-06-01"], '=ZIBO.EXPORTS("NEV","2024Q1",,"2024-06-01")'],
    ["EXPORTS", ["NEV", "2024Q1", "亿元", "$D$1"], '=ZIBO.EXPORTS("NEV","2024Q1","亿元",$D$1)'],
    [
      "SERIES",
      ["TOTAL", "", "", "", "quarters", "Shandong", "2024-06-01"],
      '=ZIBO.SERIES("TOTAL",,,,"quarters","Shandong","2024-06-01")',
    ],
  ])("%s with %j writes %s", (name, values, formula) => {
    expect(buildFormula(spec(name), values)).toEqual({ ok: true, formula });
  });

  test.each([
    ["YOY", ["80", "abc"], "base", "notNumber"],
    ["YOY", ["", "7"], "current", "required"],
    ["EXPORTS", ["NEV", "", ""], "period", "required"],
    ["PARK", [""], "name_or_id", "required"],
    ["YOY", ["A1B", "7"], "current", "notNumber"],
    ["EXPORTS", ["NEV", "2024Q1", "", "June 1"], "as_of", "notDate"],
    ["EXPORTS", ["NEV", "2024Q1", "", "A0"], "as_of", "notDate"],
  ])("%s with %j is refused, naming %s", (name, values, param, problem) => {
    expect(buildFormula(spec(name), values)).toEqual({ ok: false, param, problem });
  });

  test.each(["A1", "$B$2", "xfd1048576", "Sheet1!C3", "'My sheet'!C3", "'It''s'!A1", "工作表1!A1"])(
    "%s is a cell reference",
    (text) => expect(isCellReference(text)).toBe(true),
  );

  test.each(["80", "1e3", "A", "1A", "A0", "AAAA1", "My sheet!C3", "=A1", "A1 B2", ""])(
    "%s is not a cell reference",
    (text) => expect(isCellReference(text)).toBe(false),
  );

  test("links each function to its place on the help page, in the pane's language", () => {
    expect(helpAnchor("SHARE_OF", "en")).toBe("share_of");
    expect(helpAnchor("SHARE_OF", "zh")).toBe("zh-share_of");
  });
});
