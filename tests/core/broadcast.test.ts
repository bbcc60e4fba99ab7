import { broadcast, MAX_CELLS, ok, toMatrix, type Result } from "../../src/core";

const pair = (a: unknown, b: unknown): Result<string> => ok(`${String(a)}/${String(b)}`);

/** The grid of values, with "N/A" where the pairing left a cell without a partner. */
function shown(result: Result<Result<string>[][]>): unknown {
  if (!result.ok) return result.error.key;
  return result.value.map((row) => row.map((c) => (c.ok ? c.value : c.error.key)));
}

describe("toMatrix reads every argument Excel can pass as rows of cells", () => {
  test.each([
    ["a single value", "NEV", [["NEV"]]],
    ["an omitted argument", null, [[null]]],
    ["a range", [["a"], ["b"]], [["a"], ["b"]]],
    ["a flat list, as one row", ["a", "b"], [["a", "b"]]],
    ["an empty list", [], [[null]]],
    ["a list of empty rows", [[], []], [[null]]],
  ])("%s", (_, input, expected) => {
    expect(toMatrix(input)).toEqual(expected);
  });
});

describe("broadcast pairs ranges as Excel's own functions do", () => {
  test.each([
    ["two single cells give one cell", [["A"]], [["1"]], [["A/1"]]],
    [
      "a column and a row give a grid",
      [["A"], ["B"]],
      [["1", "2", "3"]],
      [
        ["A/1", "A/2", "A/3"],
        ["B/1", "B/2", "B/3"],
      ],
    ],
    ["a column and a single cell repeat the cell", [["A"], ["B"]], [["1"]], [["A/1"], ["B/1"]]],
    ["equal columns pair row by row", [["A"], ["B"]], [["1"], ["2"]], [["A/1"], ["B/2"]]],
    [
      "a shorter column leaves #N/A where it has no cell",
      [["A"], ["B"], ["C"]],
      [["1"], ["2"]],
      [["A/1"], ["B/2"], ["rangeSizeMismatch"]],
    ],
    [
      "a narrower row leaves #N/A to the right",
      [["A", "B", "C"]],
      [["1", "2"]],
      [["A/1", "B/2", "rangeSizeMismatch"]],
    ],
    [
      "an omitted argument counts as one empty cell",
      [["A"], ["B"]],
      null,
      [["A/null"], ["B/null"]],
    ],
    ["empty cells inside a range arrive as null", [["A", undefined]], [["1"]], [["A/1", "null/1"]]],
  ])("%s", (_, a, b, expected) => {
    expect(shown(broadcast([a, b], pair))).toEqual(expected);
  });

  test("a result larger than the limit is one #VALUE! naming the size, not a frozen sheet", () => {
    const column = Array.from({ length: 1000 }, (_, i) => [i]);
    const row = [Array.from({ length: MAX_CELLS / 1000 + 1 }, (_, i) => i)];
    const result = broadcast([column, row], pair);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error).toMatchObject({ code: "invalidValue", key: "tooManyCells" });
    }
  });

  test("a whole column (a million rows) is refused without being walked cell by cell", () => {
    const column = Array.from({ length: 1_048_576 }, () => [null]);
    expect(broadcast([column, [[1, 2]]], pair).ok).toBe(false);
  });
});
