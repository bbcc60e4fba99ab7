/** Folds what people type into one comparable form: full-width to ASCII, trimmed, lower case, single spaces. */
export function normalizeText(input: string): string {
  return input.normalize("NFKC").trim().toLowerCase().replace(/\s+/g, " ");
}
