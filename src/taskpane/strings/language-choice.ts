import { LANGUAGES, languageFor, type Language } from "../../core";

/** "auto" follows Office's display language; a language is the reader's own choice. */
export type LanguageSetting = "auto" | Language;

export const LANGUAGE_SETTINGS: readonly LanguageSetting[] = ["auto", ...LANGUAGES];

/** Each language named in itself, so readers find their own whatever the pane shows now. */
export const LANGUAGE_NAMES: Readonly<Record<Language, { name: string; htmlLang: string }>> = {
  en: { name: "English", htmlLang: "en" },
  zh: { name: "简体中文", htmlLang: "zh-CN" },
};

/** The part of Web Storage the choice needs (localStorage in the pane). */
export interface SettingStorage {
  getItem(key: string): string | null;
  setItem(key: string, value: string): void;
}

const STORAGE_KEY = "ZiboNewThree.language";

function isSetting(value: unknown): value is LanguageSetting {
  return LANGUAGE_SETTINGS.some((s) => s === value);
}

/**
 * The pane's language: Office's display language (zh-* reads Chinese, anything else English)
 * unless the reader chose one in the pane, which is remembered in the browser's storage. Office
 * partitions that storage in some hosts, so the key carries Office's partition key when it has one.
 */
export class LanguageChoice {
  private current: LanguageSetting;
  private readonly key: string;

  constructor(
    private readonly storage: SettingStorage | null,
    private readonly displayLanguage: string | undefined,
    partitionKey?: string,
  ) {
    this.key = partitionKey ? `${partitionKey}${STORAGE_KEY}` : STORAGE_KEY;
    const stored = storage?.getItem(this.key);
    this.current = isSetting(stored) ? stored : "auto";
  }

  get setting(): LanguageSetting {
    return this.current;
  }

  get language(): Language {
    return this.current === "auto" ? languageFor(this.displayLanguage) : this.current;
  }

  /**
   * Applies a setting and remembers it. Answers false when the browser refused to store it: the
   * choice then holds until the pane closes, and the pane says so.
   */
  choose(setting: LanguageSetting): boolean {
    this.current = setting;
    if (!this.storage) return false;
    try {
      this.storage.setItem(this.key, setting);
      return true;
    } catch {
      // A full or disabled storage (QuotaExceededError, SecurityError): reported through the answer.
      return false;
    }
  }
}

/** The pane's localStorage, or null where the browser denies it (storage disabled, sandboxed). */
export function browserStorage(): SettingStorage | null {
  try {
    return window.localStorage;
  } catch {
    // Reading localStorage throws SecurityError when storage is blocked; the choice then lasts a session.
    return null;
  }
}
