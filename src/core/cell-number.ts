/**
 * Excel keeps 15 significant digits; binary arithmetic leaves noise past them (70 / (80 / 11.07)
 * is 9.686250000000001). Numbers are cleaned only where they reach a cell or a table, so the
 * stored data and every further computation keep full precision.
 */
const SIGNIFICANT_DIGITS = 15;

export function withoutFloatNoise(n: number): number {
  if (!Number.isFinite(n)) return n;
  const cleaned = Number(n.toPrecision(SIGNIFICANT_DIGITS));
  // Rounding up the largest doubles would overflow to Infinity: they keep their digits.
  return Number.isFinite(cleaned) ? cleaned : n;
}

/** A cell's value with any number cleaned; text and other values as they are. */
export function cleanCellValue<T>(value: T): T {
  return (typeof value === "number" ? withoutFloatNoise(value) : value) as T;
}
