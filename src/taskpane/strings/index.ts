import { addDataMessages, type Language } from "../../core";
import { en } from "./en";
import type { PaneStrings } from "./pane-strings";

// Internal: the tables themselves (en.ts, zh.ts, fetched with zh-bundle.ts) and the boot
// script's few strings (boot-strings.ts, which the boot script imports directly).
export type { MeasureName, PaneStrings } from "./pane-strings";
export {
  browserStorage,
  LANGUAGE_NAMES,
  LANGUAGE_SETTINGS,
  LanguageChoice,
  type LanguageSetting,
  type SettingStorage,
} from "./language-choice";

/**
 * The pane's string tables, one per language; the compiler refuses a table with a missing key.
 * English is always there; Chinese is a chunk of its own, fetched when the pane is shown in
 * Chinese or first writes to the workbook (which must read tables written in either language), so
 * an English pane starts without it.
 */
const tables: Partial<Record<Language, PaneStrings>> = { en };

/** A language's table; only after `loadPaneStrings` has loaded it (English always is). */
export function paneStrings(language: Language): PaneStrings {
  const table = tables[language];
  if (!table) throw new Error(`The pane's ${language} strings are not loaded yet`);
  return table;
}

/** Makes a language's table available to `paneStrings`. */
export function addPaneStrings(table: PaneStrings): void {
  tables[table.language] = table;
}

/** How each language's table arrives: English is here; each other one is a chunk of its own. */
const chunks: Record<Language, () => Promise<PaneStrings>> = {
  en: () => Promise.resolve(en),
  zh: () =>
    import(/* webpackChunkName: "strings-zh" */ "./zh-bundle").then(({ zh, zhDataMessages }) => {
      addDataMessages("zh", zhDataMessages);
      addPaneStrings(zh);
      return zh;
    }),
};

const loading: Partial<Record<Language, Promise<PaneStrings>>> = {};

/** A language's table, fetched from the add-in's server the first time it is needed. */
export function loadPaneStrings(language: Language): Promise<PaneStrings> {
  const table = tables[language];
  if (table) return Promise.resolve(table);
  const pending = (loading[language] ??= chunks[language]());
  // A failed fetch (the server out of reach) is reported by the caller; the next call tries again.
  pending.catch(() => {
    if (loading[language] === pending) delete loading[language];
  });
  return pending;
}
