import { pasteReleaseStrings } from "../../src/taskpane/sections/paste-release-strings";

/** Every leaf of a string table: a text, or a template called with sample parameters. */
function leaves(table: unknown, path = ""): [string, string][] {
  if (typeof table === "string") return [[path, table]];
  if (typeof table === "function") {
    const sample = new Proxy({}, { get: (_, key) => (key === "count" ? 2 : `<${String(key)}>`) });
    return [[path, String(table(sample))]];
  }
  if (table && typeof table === "object") {
    return Object.entries(table).flatMap(([key, value]) =>
      leaves(value, path ? `${path}.${key}` : key),
    );
  }
  return [];
}

const HAN = /\p{Script=Han}/u;

describe("Paste a release's strings", () => {
  test("both languages give a non-empty text for the same keys", () => {
    const en = leaves(pasteReleaseStrings.en);
    const zh = leaves(pasteReleaseStrings.zh);
    expect(zh.map(([k]) => k)).toEqual(en.map(([k]) => k));
    expect([...en, ...zh].filter(([, text]) => text.trim() === "")).toEqual([]);
  });

  test("every Chinese text is translated", () => {
    const english = new Map(leaves(pasteReleaseStrings.en));
    const untranslated = leaves(pasteReleaseStrings.zh).filter(([path, text]) => {
      const words = text.replace(/<\w+>/g, "");
      return text === english.get(path) || (/[A-Za-z]/.test(words) && !HAN.test(words));
    });
    expect(untranslated).toEqual([]);
  });
});
