import {
  FUNCTIONS,
  buildFormula,
  functionSpec,
  helpAnchor,
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
  ])("%s with %j writes %s", (name, values, formula) => {
    expect(buildFormula(spec(name), values)).toEqual({ ok: true, formula });
  });

  test.each([
    ["YOY", ["80", "abc"], "base", "notNumber"],
    ["YOY", ["", "7"], "current", "required"],
    ["EXPORTS", ["NEV", "", ""], "period", "required"],
    ["PARK", [""], "name_or_id", "required"],
  ])("%s with %j is refused, naming %s", (name, values, param, problem) => {
    expect(buildFormula(spec(name), values)).toEqual({ ok: false, param, problem });
  });

  test("links each function to its place on the help page, in the pane's language", () => {
    expect(helpAnchor("SHARE_OF", "en")).toBe("share_of");
    expect(helpAnchor("SHARE_OF", "zh")).toBe("zh-share_of");
  });
});
