import { readFileSync } from "node:fs";
import { datasetFromJson, datasetFromText, datasetJsonSchema } from "../../src/data";
import bundledFile from "../../src/data/zibo-new-three.json";
import { figureByKey } from "../support/figure-by-key";

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
    ["a quarter 5", (f) => (f.figures[0].period = "2024Q5"), "figures[0].period", /2024Q1/],
    [
      "a span not in its canonical text",
      (f) => (f.figures[0].period = "2024M01-M03"),
      "figures[0].period",
      /canonical form: 2024Q1 for months 1-3/,
    ],
    [
      "a figure with neither value nor rate",
      (f) => {
        delete f.figures[1].valueCnyMn;
      },
      "figures[1].valueCnyMn",
      /value \(valueCnyMn\), a growth rate \(yoyPct\)/,
    ],
    [
      "a scope note in one language only",
      (f) => (f.figures[1].scopeEn = "electric passenger vehicles"),
      "figures[1].scopeZh",
      /both languages/,
    ],
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
      `figures[${bundledFile.figures.length}]`,
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

  test("a growth-only figure (a rate with no value) is valid and has no value in yuan", () => {
    const file = clone();
    file.figures.push({
      region: "SHANDONG",
      category: "PV",
      period: "2023M01-M09",
      yoyPct: 12.5,
      kind: "reported",
      source: "iqilu-2024-04-17",
    });
    const result = datasetFromJson(file);
    expect(result.ok).toBe(true);
    if (!result.ok) return;
    const figure = figureByKey(result.dataset, "SHANDONG|PV|2023M01-M09")!;
    expect(figure.cny).toBeNull();
    expect(figure.yoyPct?.value).toBe(12.5);
  });
});

describe("format 1 files (an older feed, a saved copy, a user's export) are still read", () => {
  const format1 = () => {
    const file = clone();
    file.format = 1;
    file.figures = file.figures
      .filter(
        (f: { period: string; valueCnyMn?: number }) =>
          /^\d{4}(Q[1-4])?$/.test(f.period) && f.valueCnyMn !== undefined,
      )
      .map((f: Record<string, unknown>) => {
        const plain = { ...f };
        for (const key of ["quote", "scopeEn", "scopeZh", "roundingCnyMn", "roundingYoyPct"])
          delete plain[key];
        return plain;
      });
    return file;
  };

  test("a format-1 file with quarters and years loads as before", () => {
    const result = datasetFromJson(format1());
    expect(result.ok).toBe(true);
    if (result.ok) expect(figureByKey(result.dataset, "ZIBO|NEV|2024Q1")?.cny?.value).toBe(70);
  });

  test.each([
    [
      "a half-year",
      (f: { figures: Record<string, unknown>[] }) => (f.figures[0].period = "2024H1"),
    ],
    [
      "a growth-only figure",
      (f: { figures: Record<string, unknown>[] }) => delete f.figures[1].valueCnyMn,
    ],
    ["a scope note", (f: { figures: Record<string, unknown>[] }) => (f.figures[1].quote = "x")],
  ])("format 1 cannot hold %s", (_name, change) => {
    const file = format1();
    change(file);
    expect(datasetFromJson(file).ok).toBe(false);
  });
});
