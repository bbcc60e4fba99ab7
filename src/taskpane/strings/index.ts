import type { Language } from "../../core";
import { en } from "./en";
import type { PaneStrings } from "./pane-strings";

export type { MeasureName, PaneStrings } from "./pane-strings";

/**
 * The pane's string tables by language; a language without its own table reads English, and then
 * the tables it inserts are English throughout (the table's `language` says which it is).
 */
const tables: Partial<Record<Language, PaneStrings>> = { en };

export function paneStrings(language: Language): PaneStrings {
  return tables[language] ?? en;
}
