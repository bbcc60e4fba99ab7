import { FORMULA_EXAMPLES } from "../../src/taskpane/formula-examples";
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

describe("the pane's strings", () => {
  test("the English table has a non-empty text for every key", () => {
    const empty = leaves(paneStrings("en")).filter(([, text]) => text.trim() === "");
    expect(empty).toEqual([]);
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
    expect(Object.keys(help).sort()).toEqual(FORMULA_EXAMPLES.map((e) => e.name).sort());
  });

  test.each(["en", "zh"] as const)(
    "the table given for %s names one language for its text and for the page",
    (language) => {
      const table = paneStrings(language);
      expect(table.htmlLang.startsWith(table.language)).toBe(true);
    },
  );
});
