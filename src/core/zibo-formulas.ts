/** A call of a ZIBO function anywhere in a formula, outside string literals. */
const ZIBO_CALL = /(^|[^A-Za-z0-9_.])ZIBO\.[A-Za-z_][A-Za-z0-9_.]*\s*\(/i;

/** True when a cell's formula calls a ZIBO function (what a recipient without the add-in sees as #NAME?). */
export function isZiboFormula(formula: unknown): boolean {
  if (typeof formula !== "string" || !formula.startsWith("=")) return false;
  const withoutStrings = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return ZIBO_CALL.test(withoutStrings);
}

/** Text Excel would read as a formula or a sign when written through `values`. */
export function looksLikeFormula(text: string): boolean {
  return /^[=+\-@\t\r]/.test(text);
}

/**
 * A string written to a cell exactly as text: a leading apostrophe stops Excel interpreting it
 * (and keeps a text that itself starts with an apostrophe from losing it).
 */
export function asCellText(text: string): string {
  return looksLikeFormula(text) || text.startsWith("'") ? `'${text}` : text;
}
