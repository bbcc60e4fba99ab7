import { readBuilt } from "../support/load-bundle";

interface FunctionMetadata {
  id: string;
  name: string;
  helpUrl: string;
  parameters: { name: string }[];
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
