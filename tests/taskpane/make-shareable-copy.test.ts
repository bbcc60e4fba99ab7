import { uniqueName } from "../../src/taskpane/make-shareable-copy";

/** The copy's name: beside the original, never taking a name in use, within Excel's 31 characters. */
describe("the shareable copy's name", () => {
  test.each([
    ["Sheet1", [], "Sheet1 (shareable)"],
    ["Sheet1", ["Sheet1 (shareable)"], "Sheet1 (shareable 2)"],
    ["Sheet1", ["SHEET1 (SHAREABLE)", "Sheet1 (shareable 2)"], "Sheet1 (shareable 3)"],
    ["A very long worksheet name here", [], "A very long workshe (shareable)"],
  ])("%s with %j taken: %s", (base, taken, expected) => {
    const name = uniqueName(base, "shareable", taken);
    expect(name).toBe(expected);
    expect(name.length).toBeLessThanOrEqual(31);
  });
});
