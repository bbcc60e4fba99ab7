import { FUNCTIONS } from "../../src/taskpane/formula-catalog";
import { paneStrings } from "../../src/taskpane/strings";

/** Every leaf of a string table: a text, or a template called with sample parameters. */
function leaves(table: unknown, path = ""): [string, string][] {
  if (typeof table === "string") return [[path, table]];
  if (typeof table === "function") {
    const sample = new Proxy({}, { get: (_, key) => `<${String(key)}>` });
    return [[path, String(table(sample))]];
  }
  if (table && typeof table === "object") {
    return Object.entries(table).flatMap(([key, value]) =>
      leaves(value, path ? `${path}.${key}` : key),
    );
  }
  return [];
}

/** Values that are codes, the same in every language. */
const CODES = new Set(["language", "htmlLang"]);
const HAN = /\p{Script=Han}/u;

describe("the pane's strings", () => {
  test.each(["en", "zh"] as const)("the %s table has a non-empty text for every key", (lang) => {
    const empty = leaves(paneStrings(lang)).filter(([, text]) => text.trim() === "");
    expect(empty).toEqual([]);
  });

  test("the Chinese table has exactly the English table's keys", () => {
    const keys = (lang: "en" | "zh") =>
      leaves(paneStrings(lang))
        .map(([path]) => path)
        .sort();
    expect(keys("zh")).toEqual(keys("en"));
  });

  test("every Chinese text is translated: not the English text, and in Chinese where it has words", () => {
    const english = new Map(leaves(paneStrings("en")));
    const untranslated = leaves(paneStrings("zh")).filter(([path, text]) => {
      if (CODES.has(path)) return false;
      const words = text.replace(/<\w+>/g, "");
      return text === english.get(path) || (/[A-Za-z]/.test(words) && !HAN.test(words));
    });
    expect(untranslated).toEqual([]);
  });

  test("Chinese table headers give amounts in 百万元 and changes as 同比", () => {
    const { exports } = paneStrings("zh").table;
    expect(exports.cnyMn).toContain("百万元");
    expect(exports.yoyPct).toContain("同比");
  });

  test("a template uses the parameters it is given", () => {
    const en = paneStrings("en");
    expect(en.datasetLine({ version: "9.9", asOf: "2030-01-01" })).toBe(
      "Dataset 9.9 · as of 2030-01-01",
    );
    expect(en.table.sourceText({ publisher: "P", title: "T", published: null })).toBe('P, "T"');
  });

  test("every function the helper offers has its one-line help", () => {
    const help = paneStrings("en").functionHelp;
    expect(Object.keys(help).sort()).toEqual(FUNCTIONS.map((f) => f.name).sort());
  });

  test.each(["en", "zh"] as const)(
    "the table given for %s names one language for its text and for the page",
    (language) => {
      const table = paneStrings(language);
      expect(table.htmlLang.startsWith(table.language)).toBe(true);
    },
  );
});
