/** Folds what people type into one comparable form: full-width to ASCII, trimmed, lower case, single spaces. */
export function normalizeText(input: string): string {
  return input.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " ");
}

/**
 * Orders ASCII codes and ISO dates by their characters. Not `localeCompare`: its first use loads
 * the locale's collation data, which costs milliseconds at start for the same order.
 */
export function compareCodes(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
