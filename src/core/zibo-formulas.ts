/** A call of a ZIBO function anywhere in a formula, outside string literals. */
const ZIBO_CALL = /(^|[^A-Za-z0-9_.])ZIBO\.[A-Za-z_][A-Za-z0-9_.]*\s*\(/i;

/** True when a cell's formula calls a ZIBO function (what a recipient without the add-in sees as #NAME?). */
export function isZiboFormula(formula: unknown): boolean {
  if (typeof formula !== "string" || !formula.startsWith("=")) return false;
  const withoutStrings = formula.replace(/"(?:[^"]|"")*"/g, '""');
  return ZIBO_CALL.test(withoutStrings);
}

// Spaces Excel and East Asian input methods may pass over before a sign: every Unicode space and
// line break (\s), and the zero-width ones.
const LEADING_SPACE = /^[\s\u180E\u200B-\u200D\u2060\uFEFF]+/;
const FORMULA_SIGNS = "=+-@";

/**
 * The character that would make a spreadsheet read text as a formula, as written in the text,
 * or null. A tab or carriage return at the start counts itself (CSV injection); otherwise leading
 * spaces are skipped and the first character is compared after NFKC, so that the full-width and
 * small forms (＝ ＋ － ＠, ﹦ ﹢ ﹣ ﹫) count as the signs they stand for.
 */
export function formulaSign(text: string): string | null {
  if (text.startsWith("\t") || text.startsWith("\r")) return text[0]!;
  const rest = text.replace(LEADING_SPACE, "");
  const first = String.fromCodePoint(rest.codePointAt(0) ?? 0x20);
  const normalized = first.normalize("NFKC").replace(LEADING_SPACE, "");
  return FORMULA_SIGNS.includes(normalized[0] ?? " ") ? first : null;
}

/** Text Excel would read as a formula or a sign when written through `values`. */
export function looksLikeFormula(text: string): boolean {
  return formulaSign(text) !== null;
}

/**
 * A string written to a cell exactly as text: a leading apostrophe stops Excel interpreting it
 * (and keeps a text that itself starts with an apostrophe from losing it).
 */
export function asCellText(text: string): string {
  return looksLikeFormula(text) || text.startsWith("'") ? `'${text}` : text;
}
