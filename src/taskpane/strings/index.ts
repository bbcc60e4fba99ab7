import type { Language } from "../../core";
import { en } from "./en";
import type { PaneStrings } from "./pane-strings";
import { zh } from "./zh";

export type { MeasureName, PaneStrings } from "./pane-strings";
export * from "./language-choice";

/** The pane's string tables, one per language; the compiler refuses a table with a missing key. */
const tables: Record<Language, PaneStrings> = { en, zh };

export function paneStrings(language: Language): PaneStrings {
  return tables[language];
}
