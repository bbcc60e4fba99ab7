import fc from "fast-check";
import { cleanCellValue, displayNumber, withoutFloatNoise } from "../../src/core";
import { fuzzRuns } from "../support/fuzz-runs";

describe("numbers reach cells without float noise", () => {
  test.each([
    [70 / (80 / 11.07), 9.68625],
    [0.1 + 0.2, 0.3],
    [1.1 * 3, 3.3],
    [(10 / 80) * 100, 12.5],
    [(80 / 2890) * 100, 2.7681660899654],
    [1060000 / (1 + 29.9 / 100), 816012.317167052],
  ])("%p shows as %p", (noisy, clean) => {
    expect(withoutFloatNoise(noisy)).toBe(clean);
  });

  test("a decimal of up to 12 significant digits, after a round trip through binary arithmetic, comes back exact", () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 999_999_999_999 }),
        fc.integer({ min: 0, max: 8 }),
        fc.integer({ min: 1, max: 999 }),
        (digits, scale, factor) => {
          const exact = digits / 10 ** scale;
          // Multiply and divide back: the classic source of a noisy last digit.
          const noisy = ((exact * factor) / 7) * (7 / factor);
          expect(withoutFloatNoise(noisy)).toBe(exact);
        },
      ),
      { numRuns: fuzzRuns(5000) },
    );
  });

  test("every number keeps its 15 significant digits and is within its last digit of the input", () => {
    fc.assert(
      fc.property(fc.double({ min: -1e12, max: 1e12, noNaN: true }), (x) => {
        const cleaned = withoutFloatNoise(x);
        expect(Math.abs(cleaned - x)).toBeLessThanOrEqual(Math.abs(x) * 1e-14);
        expect(withoutFloatNoise(cleaned)).toBe(cleaned);
      }),
      { numRuns: fuzzRuns(5000) },
    );
  });

  test("text, empty cells and non-finite numbers pass through unchanged", () => {
    expect(cleanCellValue("2024Q1")).toBe("2024Q1");
    expect(cleanCellValue("")).toBe("");
    expect(withoutFloatNoise(Infinity)).toBe(Infinity);
    // The largest doubles would round up past Number.MAX_VALUE: they stay finite.
    expect(withoutFloatNoise(-1.7976931348623151e308)).toBe(-1.7976931348623151e308);
    expect(withoutFloatNoise(Number.MAX_VALUE)).toBe(Number.MAX_VALUE);
    expect(Number.isNaN(withoutFloatNoise(NaN))).toBe(true);
  });
});

test("a finite number stays finite, whatever its size", () => {
  fc.assert(
    fc.property(fc.double({ noNaN: true, noDefaultInfinity: true }), (x) => {
      expect(Number.isFinite(withoutFloatNoise(x))).toBe(true);
    }),
    { numRuns: fuzzRuns(5000) },
  );
});

describe("numbers in the pane", () => {
  test("grouped by thousands, two decimals at most, no trailing zeros", () => {
    expect(displayNumber(9390)).toBe("9,390");
    expect(displayNumber(1234.5)).toBe("1,234.5");
    expect(displayNumber(9.68625)).toBe("9.69");
    expect(displayNumber(70)).toBe("70");
    expect(displayNumber(-12.3)).toBe("-12.3");
    expect(displayNumber(1.005)).toBe("1.01");
    expect(displayNumber(931.2)).toBe("931.2");
    expect(displayNumber(1_234_567.891)).toBe("1,234,567.89");
  });

  test("a number that rounds to nothing shows 0, without a sign", () => {
    expect(displayNumber(-0.004)).toBe("0");
    expect(displayNumber(0)).toBe("0");
  });

  test("reads as the browser's own English and Chinese number formats would", () => {
    const en = new Intl.NumberFormat("en-US", { maximumFractionDigits: 2 });
    const zh = new Intl.NumberFormat("zh-CN", { maximumFractionDigits: 2 });
    const amounts = fc.oneof(
      fc.double({ min: -1e12, max: 1e12, noNaN: true }),
      // Figures as published: a few decimals, where rounding halves matter.
      fc.integer({ min: -10_000_000, max: 10_000_000 }).map((i) => i / 1000),
    );
    fc.assert(
      fc.property(amounts, (x) => {
        fc.pre(Math.abs(x) >= 0.005);
        expect(displayNumber(x)).toBe(en.format(x));
        expect(displayNumber(x)).toBe(zh.format(x));
      }),
      { numRuns: fuzzRuns(5000) },
    );
  });
});
