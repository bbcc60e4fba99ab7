import { comparePeriods, parsePeriod, parsePeriodKey, periodKey, yearAgo } from "../../src/core";

describe("parsePeriod reads periods as people write them", () => {
  const quarters: [unknown, string][] = [
    ["2024Q1", "2024Q1"],
    ["2024q1", "2024Q1"],
    ["2024-Q1", "2024Q1"],
    ["2024 Q1", "2024Q1"],
    ["Q1 2024", "2024Q1"],
    ["q4-2023", "2023Q4"],
    ["  2024Q2  ", "2024Q2"],
    ["２０２４Ｑ１", "2024Q1"], // full-width, as Chinese input methods type it
    ["2024年第一季度", "2024Q1"],
    ["2024年一季度", "2024Q1"],
    ["2024年第3季度", "2024Q3"],
    ["2023", "2023"],
    ["2023年", "2023"],
    [2023, "2023"],
    // Excel date serials: 2024-01-01 is 45292, 2024-03-31 is 45382, 2024-04-01 is 45383.
    [45292, "2024Q1"],
    [45382, "2024Q1"],
    [45382.75, "2024Q1"],
    [45383, "2024Q2"],
    [45657, "2024Q4"], // 2024-12-31
  ];
  test.each(quarters)("%p → %s", (input, expected) => {
    const result = parsePeriod(input);
    expect(result.ok && periodKey(result.value)).toBe(expected);
  });

  const malformed: unknown[] = [
    "2024Q5",
    "2024Q0",
    "last spring",
    "Q1",
    "24Q1",
    "2024-13",
    "1800Q1",
    0,
    -5,
    Infinity,
    3e6,
  ];
  test.each(malformed)("%p is refused with #VALUE!", (input) => {
    const result = parsePeriod(input);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      expect(result.error.code).toBe("invalidValue");
      expect(result.error.key).toBe("badPeriod");
    }
  });

  test.each([null, undefined, "", "   "])("%p says the period is missing", (input) => {
    const result = parsePeriod(input);
    expect(!result.ok && result.error.key).toBe("missingArgument");
  });
});

describe("period keys and order", () => {
  test("stored keys are strict", () => {
    expect(parsePeriodKey("2024Q1")).toEqual({ year: 2024, quarter: 1 });
    expect(parsePeriodKey("2023")).toEqual({ year: 2023, quarter: null });
    expect(parsePeriodKey("2024-Q1")).toBeNull();
    expect(parsePeriodKey("2024Q5")).toBeNull();
  });

  test("a year-ago period keeps the quarter", () => {
    expect(periodKey(yearAgo({ year: 2024, quarter: 1 }))).toBe("2023Q1");
  });

  test("periods sort oldest first, a year after its quarters", () => {
    const keys = ["2024Q1", "2023", "2023Q4", "2023Q1"].map((k) => parsePeriodKey(k)!);
    expect(keys.sort(comparePeriods).map(periodKey)).toEqual([
      "2023Q1",
      "2023Q4",
      "2023",
      "2024Q1",
    ]);
  });
});
