import { uniqueName, uniqueSheetName } from "../../src/taskpane/excel";

describe("table names", () => {
  test.each([
    [[], "ZiboExports"],
    [["Table1", "ZiboParks"], "ZiboExports"],
    [["ZiboExports"], "ZiboExports2"],
    [["zibOEXPORTS", "ZiboExports2"], "ZiboExports3"],
    [["ZiboExports", "ZiboExports3"], "ZiboExports2"],
  ])("with %j in use, the next one is %s", (taken, expected) => {
    expect(uniqueName("ZiboExports", taken)).toBe(expected);
  });
});

describe("worksheet names", () => {
  test.each([
    [["Sheet1"], "Zibo parks"],
    [["zibo parks"], "Zibo parks (2)"],
    [["Zibo parks", "Zibo parks (2)"], "Zibo parks (3)"],
  ])("with %j in use, the new sheet is %s", (taken, expected) => {
    expect(uniqueSheetName("Zibo parks", taken)).toBe(expected);
  });
});
