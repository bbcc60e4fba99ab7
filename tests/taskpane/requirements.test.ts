import {
  ACTION_EXCEL_API,
  missingExcelApi,
  type PaneAction,
  type SupportsExcelApi,
} from "../../src/taskpane/requirements";
import { docsTable } from "../support/docs-table";

/** A host with every ExcelApi version up to `highest`, compared as Office does (1.12 after 1.7). */
function hostUpTo(highest: number): SupportsExcelApi {
  return (version) => Number(version.split(".")[1]) <= highest;
}

const ACTIONS = Object.keys(ACTION_EXCEL_API) as PaneAction[];
const unavailableOn = (supports: SupportsExcelApi) =>
  ACTIONS.filter((action) => missingExcelApi(action, supports) !== null);

describe("the ExcelApi version each pane action needs", () => {
  // Hosts without the shared runtime (ExcelApi 1.9 and older) never load the add-in; the
  // mapping answers for them all the same.
  test.each([
    [1, ["insertTable", "insertChart", "shareableCopy", "updateTables", "cardColumn"]],
    [6, ["insertTable", "insertChart", "shareableCopy", "updateTables", "cardColumn"]],
    [7, ["shareableCopy", "cardColumn"]],
    [10, ["shareableCopy", "cardColumn"]],
    [11, ["shareableCopy", "cardColumn"]],
    [12, ["cardColumn"]],
    [18, ["cardColumn"]],
    [19, []],
    [20, []],
  ])("with ExcelApi up to 1.%i, the actions Excel cannot run are %j", (highest, expected) => {
    expect(unavailableOn(hostUpTo(highest))).toEqual(expected);
  });

  test("a missing action names the version it needs; a supported one gives null", () => {
    expect(missingExcelApi("shareableCopy", hostUpTo(11))).toBe("1.12");
    expect(missingExcelApi("insertTable", hostUpTo(6))).toBe("1.7");
    expect(missingExcelApi("insertTable", hostUpTo(7))).toBeNull();
  });

  test("asks the host about the action's own version, as a string", () => {
    const asked: string[] = [];
    missingExcelApi("shareableCopy", (version) => {
      asked.push(version);
      return true;
    });
    expect(asked).toEqual(["1.12"]);
  });

  test("docs/requirements.md lists every action with the version the pane checks", () => {
    const documented = Object.fromEntries(
      docsTable("docs/requirements.md", "Checked at run time, per action").map(
        ([action, , version]) => [action, version],
      ),
    );
    expect(documented).toEqual(ACTION_EXCEL_API);
  });
});
