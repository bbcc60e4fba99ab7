import { readFileSync } from "node:fs";
import { datasetFromJson, datasetFromText, datasetJsonSchema } from "../../src/data";
import bundledFile from "../../src/data/zibo-new-three.json";

const clone = () => JSON.parse(JSON.stringify(bundledFile));

describe("dataset schema", () => {
  test("the published JSON Schema is the one the code validates with (run npm run data:schema)", () => {
    const committed = JSON.parse(readFileSync("src/data/dataset.schema.json", "utf8"));
    expect(committed).toEqual(datasetJsonSchema());
  });

  test("a UTF-8 byte-order mark is accepted", () => {
    expect(datasetFromText(`\uFEFF${JSON.stringify(bundledFile)}`).ok).toBe(true);
  });

  test("malformed JSON is refused with the parser's reason", () => {
    const result = datasetFromText("{ not json");
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.problems[0].message).toMatch(/^not valid JSON/);
  });

  const broken: [string, (f: ReturnType<typeof clone>) => void, string, RegExp][] = [
    ["a quarter 5", (f) => (f.figures[0].period = "2024Q5"), "figures[0].period", /quarter/],
    ["a negative value", (f) => (f.figures[1].valueCnyMn = -70), "figures[1].valueCnyMn", /./],
    [
      "a number as a string",
      (f) => (f.figures[1].valueCnyMn = "70"),
      "figures[1].valueCnyMn",
      /number/,
    ],
    [
      "an unknown source",
      (f) => (f.figures[1].source = "nobody"),
      "figures[1].source",
      /unknown source/,
    ],
    [
      "a derived figure without its working",
      (f) => (f.figures[1].kind = "derived"),
      "figures[1].derivation",
      /derived/,
    ],
    [
      "a duplicate figure",
      (f) => f.figures.push({ ...f.figures[1] }),
      "figures[4]",
      /second figure/,
    ],
    ["an unknown field", (f) => (f.figures[0].comment = "x"), "figures[0]", /comment/],
    [
      "a full-width formula sign in a park name",
      (f) => (f.parks[0].nameEn = '＝HYPERLINK("https://evil.example")'),
      "parks[0].nameEn",
      /starts with "＝", which a spreadsheet would run as a formula/,
    ],
    [
      "a formula after a line break in a note",
      (f) => (f.notes[0].textZh = "\n@SUM(A1)"),
      "notes[0].textZh",
      /starts with "@"/,
    ],
    [
      "a minus sign starting a source title",
      (f) => (f.sources[0].title = "-2+3+cmd|' /C calc'!A0"),
      "sources[0].title",
      /starts with "-"/,
    ],
    [
      "a duplicate park id",
      (f) => f.parks.push({ ...f.parks[0], nameEn: "Another park" }),
      `parks[${bundledFile.parks.length}].id`,
      /duplicate park id/,
    ],
    [
      "a duplicate note id",
      (f) => f.notes.push({ ...f.notes[0] }),
      `notes[${bundledFile.notes.length}].id`,
      /duplicate note id/,
    ],
    [
      "a javascript: link",
      (f) => (f.sources[0].url = "javascript:alert(1)"),
      "sources[0].url",
      /./,
    ],
  ];
  test.each(broken)("%s is refused at %s", (_name, breakIt, path, message) => {
    const file = clone();
    breakIt(file);
    const result = datasetFromJson(file);
    expect(result.ok).toBe(false);
    if (!result.ok) {
      const problem = result.problems.find((p) => p.path === path);
      expect(problem?.message).toMatch(message);
    }
  });
});
