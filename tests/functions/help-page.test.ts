import { readFileSync } from "fs";
import { resolve } from "path";
import { readBuilt } from "../support/load-bundle";

interface FunctionMetadata {
  id: string;
  name: string;
  helpUrl: string;
  description?: string;
  parameters: { name: string; description?: string; optional?: boolean }[];
}

const { functions } = JSON.parse(readBuilt("functions.json")) as { functions: FunctionMetadata[] };
const page = readBuilt("help.html");

/** The HTML of the section a help link lands on (the build minifies: attribute quotes may go). */
function section(anchor: string): string | undefined {
  const match = new RegExp(`<section id="?${anchor}"?>([\\s\\S]*?)(?=<section|</main)`).exec(page);
  return match?.[1];
}

describe("the help page shipped in dist documents every function its link points to", () => {
  test.each(functions.map((f) => [f.id, f] as const))("%s", (_, f) => {
    const anchor = new URL(f.helpUrl).hash.slice(1);
    expect(anchor).toBe(f.id.toLowerCase());
    const html = section(anchor);
    expect(html).toBeDefined();
    expect(html).toContain(`=ZIBO.${f.name}(`);
    for (const p of f.parameters) expect(html).toContain(`<code>${p.name}</code>`);
    expect(html).toContain("Examples");
  });
});

describe("the help page is generated from the metadata and one docs file", () => {
  // The generator is the build's own CommonJS module.
  const { renderHelpPage } = require("../../build/help-page-plugin") as {
    renderHelpPage: (
      metadata: { en: unknown; zh: unknown },
      docs: unknown,
    ) => { html: string; problems: string[] };
  };
  const docs = JSON.parse(
    readFileSync(resolve(__dirname, "../../src/functions/functions.help.json"), "utf8"),
  ) as { functions: Record<string, { examples: unknown[] }> };
  const zhFunctions = (
    JSON.parse(readBuilt("functions.zh-cn.json")) as { functions: FunctionMetadata[] }
  ).functions;

  test("every function has at least one example in the docs file", () => {
    for (const f of functions) expect(docs.functions[f.id]?.examples.length).toBeGreaterThan(0);
  });

  test("a function added to the metadata gets its section in both pages, with its own words", () => {
    const added = {
      id: "NEW_ONE",
      name: "NEW_ONE",
      description: "A brand-new function.",
      helpUrl: "https://localhost:3000/help.html#new_one",
      parameters: [{ name: "when", description: "A period.", optional: true }],
    };
    const zhAdded = {
      ...added,
      description: "新函数。",
      parameters: [{ ...added.parameters[0], description: "期间。" }],
    };
    const { html, problems } = renderHelpPage(
      { en: { functions: [...functions, added] }, zh: { functions: [...zhFunctions, zhAdded] } },
      docs,
    );
    expect(problems).toEqual([]);
    expect(html).toContain('<section id="new_one">');
    expect(html).toContain('<section id="zh-new_one">');
    expect(html).toContain("=ZIBO.NEW_ONE([when])");
    expect(html).toContain("A brand-new function.");
    expect(html).toContain("新函数。");
    expect(html).toContain('<a href="#zh-new_one">NEW_ONE</a>');
  });

  test("a renamed parameter cannot stay old on the page", () => {
    const renamed = functions.map((f) =>
      f.id === "EXPORTS"
        ? {
            ...f,
            parameters: f.parameters.map((p) =>
              p.name === "unit" ? { ...p, name: "currency" } : p,
            ),
          }
        : f,
    );
    const { html } = renderHelpPage(
      { en: { functions: renamed }, zh: { functions: zhFunctions } },
      docs,
    );
    const exportsSection = /<section id="exports">([\s\S]*?)<\/section>/.exec(html)![1];
    expect(exportsSection).toContain("=ZIBO.EXPORTS(category, period, [currency], [as_of])");
    expect(exportsSection).not.toContain("<code>unit</code>");
  });

  test.each([
    [
      "docs for a function that does not exist",
      { GONE: { examples: [{ formula: "=ZIBO.GONE()", en: "x", zh: "x" }] } },
      "docs for unknown function GONE",
    ],
    [
      "an example that calls another function",
      { INFO: { examples: [{ formula: "=ZIBO.LATEST()", en: "x", zh: "x" }] } },
      "INFO example 1 does not call ZIBO.INFO: =ZIBO.LATEST()",
    ],
    [
      "an example without its Chinese result",
      { INFO: { examples: [{ formula: "=ZIBO.INFO()", en: "x" }] } },
      "INFO example 1 has no zh result",
    ],
  ])("the build fails on %s", (_, entries, problem) => {
    const { problems } = renderHelpPage(
      { en: { functions }, zh: { functions: zhFunctions } },
      { ...docs, functions: entries },
    );
    expect(problems).toContain(problem);
  });
});
