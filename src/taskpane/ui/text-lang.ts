import type { Language } from "../../core";
import { el } from "./dom";

/** Chinese characters with the punctuation and digits between them ("2024年一季度", "《…》"). */
const CHINESE_RUN =
  /[\p{Script=Han}\u3000-\u303f\uff00-\uffef](?:[\s\d\p{Script=Han}\u3000-\u303f\uff00-\uffef·]*[\p{Script=Han}\u3000-\u303f\uff00-\uffef])?/gu;
/** Two or more English words in a row ("Zibo Customs", "Statistical Bulletin 2024"). */
const ENGLISH_RUN =
  /[A-Za-z][\w'’&-]*(?:[ ,:;/()-]+[A-Za-z0-9][\w'’&-]*)*[ ,:;/()-]+[A-Za-z][\w'’&-]*/g;

/** In each pane language, what a run of the other language looks like, and its `lang` tag. */
const OTHER_LANGUAGE_RUN: Record<Language, { pattern: RegExp; lang: string }> = {
  en: { pattern: CHINESE_RUN, lang: "zh-CN" },
  zh: { pattern: ENGLISH_RUN, lang: "en" },
};

/**
 * Text from the data, with every run in the other language marked by `lang` (WCAG 3.1.2), so a
 * screen reader reads a Chinese source title in the English pane, or an English one in the
 * Chinese pane, in the right voice. Codes (NEV, 2024Q1) stay unmarked, as names do in speech.
 */
export function inPaneLanguage(text: string, pane: Language): Node[] {
  const { pattern, lang } = OTHER_LANGUAGE_RUN[pane];
  const nodes: Node[] = [];
  let at = 0;
  for (const match of text.matchAll(pattern)) {
    if (match.index > at) nodes.push(document.createTextNode(text.slice(at, match.index)));
    nodes.push(el("span", { text: match[0], attrs: { lang } }));
    at = match.index + match[0].length;
  }
  if (at < text.length) nodes.push(document.createTextNode(text.slice(at)));
  return nodes;
}
