import { LanguageChoice, type SettingStorage } from "../../src/taskpane/strings";

/** A browser storage kept in a map; `refuse` makes it throw as a full or disabled storage does. */
function memoryStorage(refuse = false): SettingStorage & { items: Map<string, string> } {
  const items = new Map<string, string>();
  return {
    items,
    getItem: (key) => items.get(key) ?? null,
    setItem: (key, value) => {
      if (refuse) throw new DOMException("quota", "QuotaExceededError");
      items.set(key, value);
    },
  };
}

describe("the pane's language", () => {
  test.each([
    ["zh-CN", "zh"],
    ["zh-TW", "zh"],
    ["ZH-cn", "zh"],
    ["en-US", "en"],
    ["fr-FR", "en"],
    [undefined, "en"],
  ])("follows Office's display language %s → %s until the reader chooses", (display, lang) => {
    const choice = new LanguageChoice(memoryStorage(), display);
    expect(choice.setting).toBe("auto");
    expect(choice.language).toBe(lang);
  });

  test("a choice overrides Office and is remembered for the next time the pane opens", () => {
    const storage = memoryStorage();
    expect(new LanguageChoice(storage, "en-US").choose("zh")).toBe(true);
    const reopened = new LanguageChoice(storage, "en-US");
    expect(reopened.setting).toBe("zh");
    expect(reopened.language).toBe("zh");
    reopened.choose("auto");
    expect(new LanguageChoice(storage, "zh-CN").language).toBe("zh");
    expect(new LanguageChoice(storage, "en-GB").language).toBe("en");
  });

  test("is remembered per Office partition when Office gives one", () => {
    const storage = memoryStorage();
    new LanguageChoice(storage, "en-US", "p1").choose("zh");
    expect(new LanguageChoice(storage, "en-US", "p1").language).toBe("zh");
    expect(new LanguageChoice(storage, "en-US", "p2").language).toBe("en");
  });

  test("an unreadable stored value falls back to Office's language", () => {
    const storage = memoryStorage();
    storage.items.set("ZiboNewThree.language", "klingon");
    expect(new LanguageChoice(storage, "zh-CN").setting).toBe("auto");
  });

  test("a storage that refuses, or none, still applies the choice and says it is not remembered", () => {
    for (const storage of [memoryStorage(true), null]) {
      const choice = new LanguageChoice(storage, "en-US");
      expect(choice.choose("zh")).toBe(false);
      expect(choice.language).toBe("zh");
    }
  });
});
