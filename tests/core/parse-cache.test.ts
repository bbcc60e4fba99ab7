import { memoizeParse, ok, parsePeriod, parsePeriodCached, type Result } from "../../src/core";

describe("cached parses answer exactly what the parsers answer", () => {
  test.each(["2024Q1", " q1 2024 ", "2024年第一季度", 45337, 2023, "", "2024Q5", -0, 1e308])(
    "%p",
    (input) => {
      expect(parsePeriodCached(input)).toEqual(parsePeriod(input));
      expect(parsePeriodCached(input)).toEqual(parsePeriod(input));
    },
  );

  test("each distinct text is parsed once, and only texts and numbers are kept", () => {
    const seen: unknown[] = [];
    const parse = memoizeParse((input): Result<string> => {
      seen.push(input);
      return ok(String(input));
    });
    for (const input of ["a", "a", 1, 1, true, true, null]) parse(input);
    expect(seen).toEqual(["a", 1, true, true, null]);
  });
});
