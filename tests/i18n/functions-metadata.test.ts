import { readFileSync } from "node:fs";

// The build's own plugin logic, as webpack runs it.
const { localize } = require("../../build/localized-metadata-plugin") as {
  localize: (
    metadata: Metadata,
    translations: Record<string, unknown>,
  ) => { localized: Metadata; problems: string[] };
};

interface Metadata {
  functions: {
    id: string;
    name: string;
    description: string;
    helpUrl?: string;
    parameters: { name: string; description: string; type?: string }[];
  }[];
}

const english = JSON.parse(readFileSync("dist/functions.json", "utf8")) as Metadata;
const chinese = JSON.parse(readFileSync("dist/functions.zh-cn.json", "utf8")) as Metadata;
const hasHan = /\p{Script=Han}/u;

describe("Chinese function metadata (functions.zh-cn.json)", () => {
  test("matches the English one function for function and parameter for parameter", () => {
    const shape = (m: Metadata) =>
      m.functions.map((f) => ({
        id: f.id,
        name: f.name,
        parameters: f.parameters.map((p) => p.name),
      }));
    expect(shape(chinese)).toEqual(shape(english));
  });

  test("keeps function names the same, so workbooks travel between languages", () => {
    expect(chinese.functions.map((f) => f.name)).toEqual(english.functions.map((f) => f.name));
  });

  test("describes every function and parameter in Chinese", () => {
    for (const f of chinese.functions) {
      expect({ id: f.id, chinese: hasHan.test(f.description) }).toEqual({
        id: f.id,
        chinese: true,
      });
      for (const p of f.parameters) {
        expect({ param: `${f.id}.${p.name}`, chinese: hasHan.test(p.description) }).toEqual({
          param: `${f.id}.${p.name}`,
          chinese: true,
        });
      }
    }
  });

  test("a missing or stale translation is reported, which fails the build", () => {
    const metadata: Metadata = {
      functions: [
        { id: "A", name: "A", description: "a", parameters: [{ name: "x", description: "x" }] },
        { id: "B", name: "B", description: "b", parameters: [] },
      ],
    };
    const { problems } = localize(metadata, {
      A: { description: "甲", parameters: { y: "乙" } },
      GONE: { description: "旧" },
    });
    expect(problems.sort()).toEqual(
      [
        "no description for B",
        "no description for parameter A.x",
        "translation for unknown function GONE",
        "translation for unknown parameter A.y",
      ].sort(),
    );
  });
});

describe("Chinese help links", () => {
  const page = readFileSync("dist/help.html", "utf8");
  /** The HTML of a section by id (the build minifies: attribute quotes may go). */
  const section = (anchor: string) =>
    new RegExp(`<section id="?${anchor}"?>([\\s\\S]*?)</section>`).exec(page)?.[1];

  test.each(chinese.functions.map((f) => [f.id, f] as const))(
    "%s lands on its Chinese section, which gives its syntax and parameters",
    (_, f) => {
      const anchor = new URL(f.helpUrl!).hash.slice(1);
      expect(anchor).toBe(`zh-${f.id.toLowerCase()}`);
      const html = section(anchor);
      expect(html).toBeDefined();
      expect(html).toContain(`=ZIBO.${f.name}(`);
      expect(html).toMatch(hasHan);
      for (const p of f.parameters) expect(html).toContain(`<code>${p.name}</code>`);
    },
  );
});
