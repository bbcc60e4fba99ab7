/**
 * A period is one span of months inside one year. Text naming two years, a range of dates, or a
 * date followed by anything but a time of day is refused (#VALUE!), never cut to its first part.
 */
import fc from "fast-check";
import { formatMessage, lookupExports, parsePeriod, periodKey, type Period } from "../../src/core";
import { bundledDataset } from "../../src/data";

function refusedAsOneSpan(input: string): void {
  const result = parsePeriod(input);
  expect(result.ok).toBe(false);
  if (result.ok) return;
  expect(result.error.code).toBe("invalidValue");
  expect(result.error.key).toBe("notOneSpan");
  const en = formatMessage(result.error.key, result.error.params, "en");
  expect(en).toContain("a span of months within one year");
  expect(en).toContain("SERIES");
  expect(formatMessage(result.error.key, result.error.params, "zh")).toContain("同一年内");
}

describe("a span across years is refused, never cut to its first part", () => {
  test.each([
    "2024Q1-2025Q1",
    "2024-01-01 to 2024-12-31",
    "2024/1/1 ~ 2024/12/31",
    "2024Q1 - 2025Q1",
    "2023Q1 to 2024Q4",
    "2023Q1-2024Q1",
    "2023年1月至2024年3月",
    "2024-03-31 and more",
    "2024年3月31日 以后",
    "2024-01-01—2024-03-31",
  ])("%p", refusedAsOneSpan);

  test("the figures the issue found are no longer answered", () => {
    const data = bundledDataset();
    for (const period of ["2024Q1-2025Q1", "2024-01-01 to 2024-12-31", "2024Q1 - 2025Q1"]) {
      const found = lookupExports(data, "TOTAL", period);
      expect(!found.ok && found.error.key).toBe("notOneSpan");
    }
  });

  test.each([
    ["2024-03-31 23:59", "2024Q1"],
    ["2024-03-31T08:00:00Z", "2024Q1"],
    ["2024-04-01 8:00 am", "2024Q2"],
    ["2024-03-31T23:59:59.5+08:00", "2024Q1"],
    ["2024年3月31日 10:30", "2024Q1"],
    ["2023Q1-2023Q3", "2023M01-M09"],
  ])("%p (a time of day, or the same year twice) is read: %s", (input, key) => {
    const result = parsePeriod(input);
    expect(result.ok && periodKey(result.value)).toBe(key);
  });
});

// ---- Property: generated texts of a known span, in every accepted form, and their mutations ----

const MONTHS_EN = [
  "January",
  "February",
  "March",
  "April",
  "May",
  "June",
  "July",
  "August",
  "September",
  "October",
  "November",
  "December",
];
const ZH_DIGITS = ["", "一", "二", "三", "四"];
const mm = (n: number) => String(n).padStart(2, "0");

/** Every text form of a span the parser accepts. */
function textsOf(p: Period): string[] {
  const { year: y, first: f, last: l } = p;
  const forms: string[] = [periodKey(p), `${y}M${f}-${l}`, `${y}年${f}-${l}月`];
  forms.push(`${MONTHS_EN[f - 1].slice(0, 3)}-${MONTHS_EN[l - 1].slice(0, 3)} ${y}`);
  forms.push(`${MONTHS_EN[f - 1]} to ${MONTHS_EN[l - 1]} ${y}`);
  forms.push(`${y} ${MONTHS_EN[f - 1].slice(0, 3)}-${MONTHS_EN[l - 1].slice(0, 3)}`);
  if (f === l) forms.push(`${MONTHS_EN[f - 1]} ${y}`, `${y}年${f}月`, `${y}-${mm(f)}`);
  if (f === 1) forms.push(`${y}年前${l}个月`);
  if (f === 1 && l === 12) forms.push(`${y}`, `${y}年`, `${y}年全年`);
  if (f === 1 && l === 9) forms.push(`${y}年前三季度`);
  if ((f - 1) % 3 === 0 && l % 3 === 0) {
    const q1 = (f + 2) / 3;
    const q2 = l / 3;
    if (q1 === q2) {
      forms.push(`Q${q1} ${y}`, `${y}-Q${q1}`, `${y}年第${ZH_DIGITS[q1]}季度`);
      forms.push(`${q1}Q${String(y).slice(2)}`);
    } else {
      forms.push(`${y}Q${q1}-Q${q2}`, `Q${q1}-Q${q2} ${y}`, `${y}Q${q1}-${y}Q${q2}`);
      forms.push(`${y}年第${ZH_DIGITS[q1]}-${ZH_DIGITS[q2]}季度`);
    }
  }
  if (f === 1 && l === 6) forms.push(`${y}H1`, `${y}年上半年`, `H1 ${y}`);
  if (f === 7 && l === 12) forms.push(`${y}H2`, `${y}年下半年`);
  return forms;
}

/** A date inside a quarter, and that quarter. */
function dateTexts(y: number, month: number, day: number): string[] {
  return [`${y}-${mm(month)}-${mm(day)}`, `${y}/${month}/${day}`, `${y}年${month}月${day}日`];
}

const span = fc
  .record({
    year: fc.integer({ min: 2000, max: 2098 }),
    first: fc.integer({ min: 1, max: 12 }),
    length: fc.integer({ min: 0, max: 11 }),
  })
  .map(({ year, first, length }) => ({ year, first, last: Math.min(12, first + length) }));

const joiner = fc.constantFrom("-", " - ", " to ", "~", " ~ ", "—", "至", "到", " ");

describe("property: each text is read as exactly its span, or refused", () => {
  test("every accepted form of a span is read as that span", () => {
    fc.assert(
      fc.property(span, (p) => {
        for (const text of textsOf(p)) {
          const result = parsePeriod(text);
          if (!result.ok) throw new Error(`${text} was refused`);
          expect(periodKey(result.value)).toBe(periodKey(p));
        }
      }),
      { numRuns: 300 },
    );
  });

  test("a second year, after any joiner, is refused", () => {
    fc.assert(
      fc.property(span, joiner, fc.integer({ min: 1, max: 3 }), (p, join, ahead) => {
        const other = { ...p, year: p.year + ahead };
        for (const text of textsOf(p)) {
          for (const second of [String(other.year), textsOf(other)[0], `${other.year}年`]) {
            const result = parsePeriod(`${text}${join}${second}`);
            expect(result.ok).toBe(false);
          }
        }
      }),
      { numRuns: 200 },
    );
  });

  test("trailing words are refused; a date's time of day is its quarter", () => {
    const words = fc.constantFrom(" and after", " onwards", " 以后", " total", " foo", " (rev.)");
    fc.assert(
      fc.property(span, fc.integer({ min: 1, max: 28 }), words, joiner, (p, day, word, join) => {
        for (const text of textsOf(p)) expect(parsePeriod(text + word).ok).toBe(false);
        const quarter = `${p.year}Q${Math.ceil(p.first / 3)}`;
        for (const date of dateTexts(p.year, p.first, day)) {
          const read = parsePeriod(date);
          expect(read.ok && periodKey(read.value)).toBe(quarter);
          const timed = parsePeriod(`${date} 12:30`);
          expect(timed.ok && periodKey(timed.value)).toBe(quarter);
          expect(parsePeriod(date + word).ok).toBe(false);
          // A range of dates, even within one year, is not one quarter.
          const end = dateTexts(p.year, p.last, day)[0];
          expect(parsePeriod(`${date}${join}${end}`).ok).toBe(false);
        }
      }),
      { numRuns: 200 },
    );
  });
});
