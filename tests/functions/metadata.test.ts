/**
 * Saved workbooks refer to functions by id and pass arguments by position: renaming an id or a
 * parameter, or turning a range parameter into a single value, breaks them. The golden file is
 * the contract; change it only on purpose, knowing that users' workbooks follow it.
 */
import golden from "./functions.golden.json";
import { readBuilt } from "../support/load-bundle";

interface Parameter {
  name: string;
  description?: string;
  type?: string;
  dimensionality?: string;
  optional?: boolean;
  repeating?: boolean;
}

interface FunctionMetadata {
  id: string;
  name: string;
  description?: string;
  helpUrl?: string;
  parameters: Parameter[];
  result: { type?: string; dimensionality?: string };
  options?: Record<string, boolean>;
}

const metadata = JSON.parse(readBuilt("functions.json")) as { functions: FunctionMetadata[] };

/** What a workbook depends on, without the descriptions that may be reworded freely. */
function contract(f: FunctionMetadata) {
  return {
    id: f.id,
    name: f.name,
    parameters: f.parameters.map((p) => ({
      name: p.name,
      type: p.type ?? "any",
      dimensionality: p.dimensionality ?? "scalar",
      optional: p.optional ?? false,
      repeating: p.repeating ?? false,
    })),
    result: { type: f.result.type ?? "any", dimensionality: f.result.dimensionality ?? "scalar" },
    options: {
      stream: f.options?.stream ?? false,
      volatile: f.options?.volatile ?? false,
      cancelable: f.options?.cancelable ?? false,
    },
  };
}

test("the generated functions.json keeps every id, name and parameter of the golden file", () => {
  expect(metadata.functions.map(contract)).toEqual(golden);
});

describe("every function explains itself", () => {
  test.each(metadata.functions.map((f) => [f.id, f] as const))("%s", (_, f) => {
    expect(f.description?.length).toBeGreaterThan(20);
    expect(f.helpUrl).toMatch(new RegExp(`/help\\.html#${f.id.toLowerCase()}$`));
    for (const p of f.parameters) expect(p.description?.length).toBeGreaterThan(10);
  });
});
