import {
  comparePeriods,
  formatMessage,
  isCumulative,
  parsePeriod,
  parsePeriodKey,
  periodKey,
  periodLabel,
  quarterPeriod,
  yearAgo,
} from "../../src/core";

describe("parsePeriod reads periods as people write them", () => {
  const forms: [unknown, string][] = [
    // Quarters, as before
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
    ["1Q24", "2024Q1"],
    ["3q23", "2023Q3"],
    ["Q1-24", "2024Q1"],
    ["Q4-23", "2023Q4"],
    // Years
    ["2023", "2023"],
    ["2023年", "2023"],
    ["2023年全年", "2023"],
    [2023, "2023"],
    // Halves
    ["2024H1", "2024H1"],
    ["H1 2024", "2024H1"],
    ["2024-H2", "2024H2"],
    ["1H24", "2024H1"],
    ["2024年上半年", "2024H1"],
    ["2023年下半年", "2023H2"],
    // Months
    ["2024M05", "2024M05"],
    ["2024m5", "2024M05"],
    ["May 2024", "2024M05"],
    ["2024 May", "2024M05"],
    ["September 2023", "2023M09"],
    ["2024年5月", "2024M05"],
    ["2024年十二月", "2024M12"],
    ["2024-05", "2024M05"],
    // Year-to-date spans and other runs of months
    ["2023Q1-Q3", "2023M01-M09"],
    ["Q1-Q3 2023", "2023M01-M09"],
    ["2023Q2-Q3", "2023M04-M09"],
    ["2023Q1-Q2", "2023H1"],
    ["2023 Jan-Sep", "2023M01-M09"],
    ["Jan-Sep 2023", "2023M01-M09"],
    ["January–September 2023", "2023M01-M09"],
    ["Jan to May 2024", "2024M01-M05"],
    ["2023M01-M09", "2023M01-M09"],
    ["2023M1-9", "2023M01-M09"],
    ["2023年1-9月", "2023M01-M09"],
    ["2023年1—9月", "2023M01-M09"],
    ["2023年1至9月", "2023M01-M09"],
    ["2023年前三季度", "2023M01-M09"],
    ["2023年前3季度", "2023M01-M09"],
    ["2023年一至三季度", "2023M01-M09"],
    ["2023年第二-三季度", "2023M04-M09"],
    ["2024年1-5月", "2024M01-M05"],
    ["2024年前5个月", "2024M01-M05"],
    ["2024年1-3月", "2024Q1"],
    ["2024年1-12月", "2024"],
    // Dates mean the quarter they fall in: Excel serials and ISO text
    // 2024-01-01 is 45292, 2024-03-31 is 45382, 2024-04-01 is 45383.
    [45292, "2024Q1"],
    [45382, "2024Q1"],
    [45382.75, "2024Q1"],
    [45383, "2024Q2"],
    [45657, "2024Q4"], // 2024-12-31
    ["2024-03-31", "2024Q1"],
    ["2024-04-01", "2024Q2"],
    ["2023-11-15", "2023Q4"],
    ["2024/06/30", "2024Q2"],
    ["2024年3月31日", "2024Q1"],
  ];
  test.each(forms)("%p → %s", (input, expected) => {
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
    "2024M13",
    "2024M09-M03",
    "Sep-Jan 2023",
    "2024-02-30",
    "1800Q1",
    "2024年13月",
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

  test.each(["3/31/2024", "31/3/2024", "3/4/24", "31.03.2024"])(
    "%p is refused: day and month order is a matter of locale",
    (input) => {
      const result = parsePeriod(input);
      expect(result.ok).toBe(false);
      if (result.ok) return;
      expect(result.error.code).toBe("invalidValue");
      expect(formatMessage(result.error.key, result.error.params, "en")).toContain(
        "give a date cell or ISO text (2024-03-31)",
      );
      expect(formatMessage(result.error.key, result.error.params, "zh")).toContain(
        "ISO 格式文本（2024-03-31）",
      );
    },
  );

  test.each([null, undefined, "", "   "])("%p says the period is missing", (input) => {
    const result = parsePeriod(input);
    expect(!result.ok && result.error.key).toBe("missingArgument");
  });
});

describe("period keys, labels and order", () => {
  test("stored keys are strict and canonical", () => {
    expect(parsePeriodKey("2024Q1")).toEqual({ year: 2024, first: 1, last: 3 });
    expect(parsePeriodKey("2023")).toEqual({ year: 2023, first: 1, last: 12 });
    expect(parsePeriodKey("2024H1")).toEqual({ year: 2024, first: 1, last: 6 });
    expect(parsePeriodKey("2024M05")).toEqual({ year: 2024, first: 5, last: 5 });
    expect(parsePeriodKey("2023M01-M09")).toEqual({ year: 2023, first: 1, last: 9 });
    for (const loose of [
      "2024-Q1",
      "2024Q5",
      "2023M01-M03",
      "2024M5",
      "2023M01-M12",
      "2024M07-M12",
    ]) {
      expect(parsePeriodKey(loose)).toBeNull();
    }
  });

  test("every canonical key parses back to itself, from users and from files", () => {
    for (const key of ["2023", "2023Q4", "2023H2", "2023M11", "2023M01-M09", "2023M04-M09"]) {
      const parsed = parsePeriod(key);
      expect(parsed.ok && periodKey(parsed.value)).toBe(key);
      expect(periodKey(parsePeriodKey(key)!)).toBe(key);
    }
  });

  test.each([
    ["2023M01-M09", "2023年前三季度", "January–September 2023"],
    ["2024M01-M05", "2024年1-5月", "January–May 2024"],
    ["2024H1", "2024年上半年", "first half of 2024"],
    ["2024M05", "2024年5月", "May 2024"],
    ["2024Q1", "2024年第一季度", "Q1 2024"],
    ["2023", "2023年全年", "2023"],
  ])("%s reads %s and %s", (key, zh, en) => {
    const p = parsePeriodKey(key)!;
    expect(periodLabel(p, "zh")).toBe(zh);
    expect(periodLabel(p, "en")).toBe(en);
  });

  test("year-to-date totals beyond the first quarter are cumulative; quarters and months are not", () => {
    const cumulative = (k: string) => isCumulative(parsePeriodKey(k)!);
    expect(["2023M01-M09", "2024H1", "2023", "2024M01-M05"].map(cumulative)).toEqual([
      true,
      true,
      true,
      true,
    ]);
    expect(["2024Q1", "2023Q4", "2023H2", "2024M05", "2024M01"].map(cumulative)).toEqual([
      false,
      false,
      false,
      false,
      false,
    ]);
  });

  test("a year-ago period keeps the span", () => {
    expect(periodKey(yearAgo(quarterPeriod(2024, 1)))).toBe("2023Q1");
    expect(periodKey(yearAgo(parsePeriodKey("2023M01-M09")!))).toBe("2022M01-M09");
  });

  test("periods sort by end month, then shorter first; a year after its quarters", () => {
    const keys = [
      "2024Q1",
      "2023",
      "2023Q4",
      "2023Q1",
      "2023M01-M09",
      "2023Q3",
      "2023H2",
      "2023M03",
    ];
    expect(
      keys
        .map((k) => parsePeriodKey(k)!)
        .sort(comparePeriods)
        .map(periodKey),
    ).toEqual(["2023M03", "2023Q1", "2023Q3", "2023M01-M09", "2023Q4", "2023H2", "2023", "2024Q1"]);
  });
});
