import { writeFormula } from "../../src/taskpane/excel";
import { workbookMock, type WorkbookMock } from "./support/excel-mock";

function asContext(mock: WorkbookMock): Excel.RequestContext {
  return mock.context as unknown as Excel.RequestContext;
}

describe("the formula helper's writer", () => {
  test("writes the formula into the selected cell through range.formulas, in two round trips", async () => {
    const mock = workbookMock({ selection: { sheet: "Sheet1", row: 3, column: 2 } });
    const sync = jest.spyOn(mock.context, "sync");

    const outcome = await writeFormula(asContext(mock), '=ZIBO.EXPORTS("NEV","2024Q1")');

    expect(outcome).toEqual({ status: "written", address: "Sheet1!C4" });
    expect(mock.range("Sheet1!C4").formulas).toEqual([['=ZIBO.EXPORTS("NEV","2024Q1")']]);
    // Through formulas, not values: values holds only what was read.
    expect(mock.range("Sheet1!C4").values).toEqual([[""]]);
    expect(sync).toHaveBeenCalledTimes(2);
  });

  test("leaves a cell that holds something alone, in one round trip", async () => {
    const mock = workbookMock({ occupied: [{ row: 1, column: 1, formula: "keep me" }] });
    const sync = jest.spyOn(mock.context, "sync");

    const outcome = await writeFormula(asContext(mock), "=ZIBO.INFO()");

    expect(outcome).toEqual({ status: "occupied", address: "Sheet1!B2" });
    expect(mock.range("Sheet1!B2").formulas).toEqual([["keep me"]]);
    expect(sync).toHaveBeenCalledTimes(1);
  });

  test("leaves a cell that a dynamic array spills into alone", async () => {
    const mock = workbookMock({ occupied: [{ row: 1, column: 1, formula: "", value: 7 }] });
    const outcome = await writeFormula(asContext(mock), "=ZIBO.INFO()");
    expect(outcome).toEqual({ status: "occupied", address: "Sheet1!B2" });
    expect(mock.range("Sheet1!B2").formulas).toEqual([[""]]);
  });
});
