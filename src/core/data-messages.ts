import type { FileMessageKey } from "./data-messages-files";
import { textsIn, type Localized } from "./localized";
import type { Language, MessageParams } from "./messages";

/**
 * Every sentence the data feed, the cache and imports produce, in English and Simplified Chinese.
 * Results carry a key and parameters; the pane renders them in the user's language.
 */
export type Template = (p: MessageParams) => string;

/** A rate with its sign, or the dash that stands for "none". */
export const percent = (value: string | number | undefined, sign: string) =>
  value === "–" ? value : `${value}${sign}`;

/** The words a correction changed, as the change summary names them. */
const CORRECTED_EN: Record<string, string> = {
  scope: "scope note",
  quote: "quote",
  derivation: "derivation",
  kind: "kind (reported or derived)",
};

const en = {
  // Change summaries
  periodAdded: (p) => `${p.period} added: ${p.items}`,
  revisedCny: (p) => `${p.figure} ${p.period} revised ${p.from} → ${p.to}`,
  revisedUsd: (p) => `${p.figure} ${p.period} in USD revised ${p.from} → ${p.to}`,
  revisedYoy: (p) =>
    `${p.figure} ${p.period} year-on-year revised ${percent(p.from, " %")} → ${percent(p.to, " %")}`,
  sourceChanged: (p) => `${p.figure} ${p.period} now cited to ${p.to} (was ${p.from})`,
  corrected: (p) =>
    `${p.figure} ${p.period}: ${CORRECTED_EN[p.field as string] ?? p.field} ${p.change}`,
  keptMissing: (p) => `not in the new file, kept: ${p.items}`,
  contradiction: (p) =>
    `Figures contradict each other: ${p.text}. They stay as published; figures computed from them are withheld.`,
  textEntriesChanged: (p) => `${p.count} park or note entries added or updated`,
  noChanges: () => `No changes.`,
  none: () => `none`,
  // States
  upToDate: (p) =>
    p.published
      ? `No newer data on the feed. Newest figure: ${p.period}, published ${p.published}.`
      : `No newer data on the feed. Newest figure: ${p.period}.`,
  updated: (p) => `Updated to dataset ${p.version}, as of ${p.asOf}.`,
  // What happened, then the data in use (not the day its copy was saved).
  offlineCached: (p) => `${p.reason} Still in use: dataset ${p.version}, as of ${p.asOf}.`,
  offlineBundled: (p) =>
    `${p.reason} Still in use: the data shipped with the add-in, dataset ${p.version}, as of ${p.asOf}.`,
  feedRejected: (p) =>
    `The feed's file was not used: ${p.reason} Still in use: dataset ${p.version}, as of ${p.asOf}.`,
  imported: (p) => `Imported ${p.name}.`,
  importRejected: (p) =>
    `${p.name} was not imported (problems found: ${p.count}); nothing was changed.`,
  // Why a feed was not used
  unreachable: () =>
    `The feed could not be reached: check the internet connection, and that the feed address is right.`,
  timedOut: (p) => `The feed did not answer within ${p.seconds} seconds.`,
  httpStatus: (p) => `The feed answered HTTP ${p.status}.`,
  tooLarge: (p) => `The feed is larger than ${p.limit} MB.`,
  htmlInsteadOfJson: () =>
    `The feed returned a web page (HTML), not the dataset file; check the feed URL.`,
  notJson: (p) => `The feed's content type "${p.type}" is not JSON.`,
  notUtf8: () => `The feed is not UTF-8 text.`,
  invalidFile: (p) => `The file is not a valid dataset (problems found: ${p.count}).`,
  olderThanBundled: (p) =>
    `The feed's data (as of ${p.incoming}) is older than the data shipped with the add-in (as of ${p.floor}); it was ignored.`,
  olderThanCurrent: (p) =>
    `The feed's data (as of ${p.incoming}) is older than the data in use (as of ${p.current}); it was ignored.`,
  // Saved offline copy
  cacheUnreadable: (p) =>
    p.detail
      ? `The saved offline copy was unreadable and was ignored (${p.detail}).`
      : `The saved offline copy could not be read from the browser's storage and was ignored.`,
  cacheNotJson: () => `The saved offline copy was unreadable (not JSON) and was ignored.`,
  cacheForeign: () => `The saved offline copy was not written by this add-in and was ignored.`,
  cacheNewer: () =>
    `The saved offline copy was written by a newer version of the add-in; it is kept as it is and not used.`,
  notSavedNewer: () =>
    `The data in use was not saved for offline use, so as to keep the copy a newer version of the add-in saved.`,
  importNotSaved: () =>
    `The import is in use but was not saved for offline use, so as not to replace the saved copy of the feed's data; it is saved with the next good refresh.`,
  notModifiedUnasked: () =>
    `The feed answered "304 Not Modified" although the add-in asked for the whole file (a cache or proxy between them may be answering for the feed).`,
  redirectNotHttps: (p) =>
    `The feed redirected to "${p.url}", which is not an https address; it was not used.`,
  cacheInvalid: (p) =>
    `The saved offline copy is not a valid dataset and was ignored (${p.detail}).`,
  cacheOlder: (p) =>
    `The saved offline copy (as of ${p.cached}) is older than the data shipped with the add-in (as of ${p.floor}) and was ignored.`,
  cacheSaveFailed: () =>
    `The data could not be saved for offline use (the browser's storage is full or off).`,
  unexpected: () => `The data could not be updated; the data in use is unchanged.`,
  serviceNotLoaded: () =>
    `The add-in could not load its data code from its server in time; the data in use is unchanged. Refresh tries again.`,
  storageFailed: () => `The setting could not be read or saved in the browser's storage.`,
  viewsFailed: () => `The data changed, but some open views could not show it.`,
  // Feed URL setting
  feedUrlNotUrl: (p) => `"${p.input}" is not a URL.`,
  feedUrlNotHttps: (p) =>
    `The feed URL must start with https:// (http:// only for localhost): "${p.input}".`,
  feedUrlCredentials: () => `The feed URL must not contain a user name or password.`,
  // Import problems
  located: (p) => `line ${p.line}, column ${p.column}: ${p.message}`,
  moreProblems: (p) => `…and ${p.count} more.`,
  emptyFile: () => `The file is empty.`,
  jsonSyntax: (p) => `JSON syntax error: ${p.detail}`,
  // The path locates a schema problem in the file; the detail is the validator's, in both languages.
  schemaProblem: (p) => (p.path ? `${p.path}: ${p.detail}` : `${p.detail}`),
  validatorText: (p) => `${p.en}`,
} satisfies Record<string, Template>;

export type DataMessageKey = keyof typeof en | FileMessageKey;

/**
 * The catalogs by language. English is always here; the Chinese one (data-messages-zh.ts) comes
 * with the pane's Chinese strings, fetched when the pane is shown in Chinese.
 */
const catalogs: Partial<Record<Language, Partial<Record<DataMessageKey, Template>>>> = { en };

/** Adds sentences to a language's catalog (a language, or the English of the file readers). */
export function addDataMessages(
  lang: Language,
  catalog: Partial<Record<DataMessageKey, Template>>,
): void {
  catalogs[lang] = { ...catalogs[lang], ...catalog };
}

/**
 * A sentence to show, kept as a key and parameters until the pane knows the language. `nested`
 * parameters are sentences themselves (the reason inside "Feed rejected: …"), shown in the same
 * language as the sentence around them; `localized` ones are words given in each language (a
 * region's name).
 */
export interface DataMessage {
  key: DataMessageKey;
  params: MessageParams;
  nested?: Readonly<Record<string, DataMessage>>;
  localized?: Readonly<Record<string, Localized>>;
}

export function dataMessage(
  key: DataMessageKey,
  params: MessageParams = {},
  nested?: Record<string, DataMessage>,
): DataMessage {
  return nested ? { key, params, nested } : { key, params };
}

export function formatDataMessage(message: DataMessage, lang: Language = "en"): string {
  const params = { ...message.params, ...textsIn(message.localized, lang) };
  for (const [name, inner] of Object.entries(message.nested ?? {})) {
    params[name] = formatDataMessage(inner, lang);
  }
  // A catalog not loaded (never so in the pane, which loads it first) still gives a sentence.
  const template = catalogs[lang]?.[message.key] ?? catalogs.en?.[message.key];
  return template ? template(params) : message.key;
}
