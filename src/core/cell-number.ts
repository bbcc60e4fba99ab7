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

/**
 * A number as the pane shows it: digits grouped by thousands, at most two decimals, no trailing
 * zeros (1,234.5). English and Chinese write numbers alike. Not `Intl.NumberFormat`: its first
 * use loads the locale's data, which costs tens of milliseconds before the pane can show a figure.
 */
export function displayNumber(n: number): string {
  if (!Number.isFinite(n) || Math.abs(n) >= 1e21) return String(n);
  const [whole, fraction] = roundedToCents(Math.abs(n)).toFixed(2).split(".") as [string, string];
  const grouped = whole.replace(/\B(?=(\d{3})+$)/g, ",");
  const decimals = fraction.replace(/0+$/, "");
  const sign = n < 0 && (whole !== "0" || decimals) ? "-" : "";
  return `${sign}${grouped}${decimals ? `.${decimals}` : ""}`;
}

/** Half away from zero on the number as written (1.005 → 1.01), as Excel and Intl round. */
function roundedToCents(abs: number): number {
  const written = String(abs);
  if (written.includes("e")) return Math.round(abs * 100) / 100;
  return Math.round(Number(`${written}e2`)) / 100;
}

/**
 * Up to four decimals, no trailing zeros: a number in a working or a message, as a reader checks
 * it by hand (derivations, #N/A messages, change summaries).
 */
export function fmt(n: number): string {
  return String(Number(n.toFixed(4)));
}
