import { formatDataMessage } from "../../src/core";
import { lineColumn, lineLocator, offsetOfPath, scanJson } from "../../src/data/json-scan";

function located(text: string): string {
  const scan = scanJson(text);
  if (scan.ok) return "ok";
  const { line, column } = lineColumn(text, scan.offset);
  return `${line}:${column} ${formatDataMessage(scan.error)}`;
}

describe("scanning JSON text", () => {
  it.each([
    ['{"a": [1, 2.5, -3e2, true, false, null, "x\\n\\u00e9"]}', "ok"],
    ["  [ ]  ", "ok"],
    ['{\n  "a": 1,\n}', "3:1 expected a property name in double quotes"],
    ['{\n  "a": 1\n  "b": 2\n}', '3:3 expected "," or "}"'],
    ["[1, 2", '1:6 expected "," or "]"'],
    ["[01]", '1:3 expected "," or "]"'],
    ["[NaN]", '1:2 unexpected "N"; expected a value'],
    ["{'a': 1}", "1:2 expected a property name in double quotes"],
    ['{"a" 1}', '1:6 expected ":" after a property name'],
    ['["tab\there"]', "1:6 a line break or control character inside a string"],
    ['["\\x"]', "1:3 invalid escape in a string"],
    ['["open', "1:2 a string that is never closed"],
    ["[] []", "1:4 unexpected text after the end of the JSON"],
    ["", "1:1 the text ends where a value was expected"],
    [`${"[".repeat(33)}${"]".repeat(33)}`, "1:33 nested more than 32 levels deep"],
    [`${"[".repeat(32)}${"]".repeat(32)}`, "ok"],
  ])("%j → %s", (text, expected) => {
    expect(located(text)).toBe(expected);
  });

  it("survives nesting far deeper than a call stack allows", () => {
    const text = "[".repeat(1_000_000);
    expect(located(text)).toBe("1:33 nested more than 32 levels deep");
  });

  it("records where each value starts, by the path a schema reports", () => {
    const text = '{\n  "figures": [\n    {"period": "2024Q1"},\n    {"period": 5}\n  ]\n}';
    const scan = scanJson(text);
    if (!scan.ok) throw new Error(formatDataMessage(scan.error));
    expect(lineColumn(text, offsetOfPath(scan.offsets, "figures[1].period"))).toEqual({
      line: 4,
      column: 16,
    });
    expect(lineColumn(text, offsetOfPath(scan.offsets, "figures[0]"))).toEqual({
      line: 3,
      column: 5,
    });
    // A path the text lacks (a missing property) points at its nearest ancestor.
    expect(lineColumn(text, offsetOfPath(scan.offsets, "figures[1].category"))).toEqual({
      line: 4,
      column: 5,
    });
  });
});

describe("lineLocator", () => {
  const text = 'a\nbc\r\n\nd"';
  test.each([
    [0, 1, 1],
    [1, 1, 2],
    [2, 2, 1],
    [4, 2, 3],
    [5, 2, 4],
    [6, 3, 1],
    [7, 4, 1],
    [8, 4, 2],
  ])("offset %p is line %p, column %p", (offset, line, column) => {
    expect(lineLocator(text)(offset)).toEqual({ line, column });
    expect(lineColumn(text, offset)).toEqual({ line, column });
  });
});
