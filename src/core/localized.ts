/**
 * The languages the add-in speaks. Every text a reader sees is a `Localized` value or a table keyed
 * by `Language`, so adding a language here makes each missing translation a compile error.
 */
export const LANGUAGES = ["en", "zh"] as const;

export type Language = (typeof LANGUAGES)[number];

/** One text in every language: a category's or region's name, a park's focus, a scope note. */
export type Localized = Readonly<Record<Language, string>>;

/** A text written in each language by one rule: `inEachLanguage((lang) => periodLabel(p, lang))`. */
export function inEachLanguage(write: (lang: Language) => string): Localized {
  return Object.fromEntries(LANGUAGES.map((lang) => [lang, write(lang)])) as Localized;
}

/** Each named text in one language: the parameters a sentence reads in the reader's language. */
export function textsIn(
  texts: Readonly<Record<string, Localized>> | undefined,
  lang: Language,
): Record<string, string> {
  return Object.fromEntries(Object.entries(texts ?? {}).map(([name, text]) => [name, text[lang]]));
}

/**
 * The language the sources publish in, and of the tables' Chinese-name columns (nameZh, categoryZh):
 * a reader of it does not need each name twice.
 */
export const SOURCE_LANGUAGE: Language = "zh";

/** What joins the items of a list in running text: "NEV, PV", "NEV、PV". */
export const LIST_SEPARATOR: Localized = { en: ", ", zh: "、" };

/** What joins two clauses about one thing: "70 million yuan, +10 %", "70 百万元，+10%". */
export const CLAUSE_SEPARATOR: Localized = { en: ", ", zh: "，" };

/** Between sentences of a list of problems: "; " in English, "；" in Chinese. */
export const SENTENCE_SEPARATOR: Localized = { en: "; ", zh: "；" };

/** The items of a list in running text, in the reader's language. */
export function listText(items: readonly string[], lang: Language): string {
  return items.join(LIST_SEPARATOR[lang]);
}
