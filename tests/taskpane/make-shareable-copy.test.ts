import { OfficeMockObject } from "office-addin-mock";
import { makeShareableCopy } from "../../src/taskpane/make-shareable-copy";

/**
 * A sheet whose used range is A1:C4: A1 a ZIBO formula that spilled into A1:B2, B4 a plain
 * ZIBO value, C1 a user formula, C4 a text formula look-alike inside a string.
 */
function workbookMock() {
  const mock = new OfficeMockObject({
    workbook: {
      sheet: {
        used: {
          formulas: [
            ['=ZIBO.SERIES("NEV")', "2024Q1", "=SUM(1,2)"],
            ["Period", 70, 3],
            ["", "", ""],
            ["", '=ZIBO.EXPORTS("NEV","2024Q1")', '="ZIBO.EXPORTS("'],
          ],
          rowIndex: 0,
          rowCount: 4,
          columnIndex: 0,
          cells: {
            "0,0": {
              values: [["Period"]],
              spill: {
                values: [
                  ["Period", "NEV"],
                  ["2024Q1", 70],
                ],
              },
              getSpillingToRangeOrNullObject(this: { spill: unknown }) {
                return this.spill;
              },
            },
            "3,1": {
              values: [[70]],
              spill: { values: [[]] },
              getSpillingToRangeOrNullObject(this: { spill: unknown }) {
                return this.spill;
              },
            },
          },
          getCell(this: { cells: Record<string, unknown> }, row: number, column: number) {
            return this.cells[`${row},${column}`];
          },
        },
        note: { address: "Sheet1!A6:A7", values: [[]] },
        getUsedRangeOrNullObject(this: { used: unknown }) {
          return this.used;
        },
        getRangeByIndexes(
          this: { note: unknown; noteAt?: number[] },
          row: number,
          column: number,
          rows: number,
          columns: number,
        ) {
          this.noteAt = [row, column, rows, columns];
          return this.note;
        },
      },
      worksheets: {
        getActiveWorksheet(this: { parent: { sheet: unknown } }) {
          return this.parent.sheet;
        },
      },
    },
  });
  // The mock does not load isNullObject as Excel does; state it.
  const sheet = mock.workbook.sheet;
  sheet.used.isNullObject = false;
  sheet.used.cells["0,0"].spill.isNullObject = false;
  sheet.used.cells["3,1"].spill.isNullObject = true;
  mock.workbook.worksheets.parent = mock.workbook;
  return mock;
}

describe("make a shareable copy", () => {
  test("replaces each ZIBO formula (a whole spill included) by its values and adds the provenance under the used range", async () => {
    const context = workbookMock();
    const sync = jest.spyOn(context, "sync");
    const provenance = [
      "Values from Zibo New Three, dataset 2024Q1.2 as of 2024-05-20.",
      "=not a formula",
    ];

    const result = await makeShareableCopy(
      context as unknown as Excel.RequestContext,
      "sheet",
      provenance,
    );

    const sheet = context.workbook.sheet;
    expect(result.converted).toBe(2);
    expect(sheet.used.cells["0,0"].spill.values).toEqual([
      ["Period", "NEV"],
      ["2024Q1", 70],
    ]);
    expect(sheet.used.cells["3,1"].values).toEqual([[70]]);
    expect(sheet.noteAt).toEqual([5, 0, 2, 1]);
    expect(sheet.note.values).toEqual([[provenance[0]], ["'=not a formula"]]);
    expect(result.noteAddress).toBe("Sheet1!A6:A7");
    expect(sync).toHaveBeenCalledTimes(3);
  });

  test("leaves the sheet alone when it holds no ZIBO formula", async () => {
    const context = workbookMock();
    context.workbook.sheet.used.formulas = [["=SUM(1,2)"]];
    const sync = jest.spyOn(context, "sync");
    const result = await makeShareableCopy(context as unknown as Excel.RequestContext, "sheet", [
      "x",
    ]);
    expect(result).toEqual({ converted: 0, noteAddress: null });
    expect(context.workbook.sheet.noteAt).toBeUndefined();
    expect(sync).toHaveBeenCalledTimes(1);
  });
});
