/**
 * The formula picker offers what Excel registers: every function of the built functions.json,
 * with its parameters by name, in order, optional where the metadata says so. A new argument in
 * a function's JSDoc that the picker does not offer (or offers under another name) fails here.
 */
import { FUNCTIONS } from "../../src/taskpane/formula-catalog";
import { readBuilt } from "../support/load-bundle";

interface Metadata {
  functions: { id: string; parameters: { name: string; optional?: boolean }[] }[];
}

const built = (JSON.parse(readBuilt("functions.json")) as Metadata).functions;

const shape = (name: string, params: readonly { name: string; optional: boolean }[]) => ({
  name,
  params: params.map((p) => `${p.name}${p.optional ? " (optional)" : ""}`),
});

test("the picker offers every built function once, and no other", () => {
  expect(FUNCTIONS.map((f) => f.name).sort()).toEqual(built.map((f) => f.id).sort());
});

test.each(built.map((f) => [f.id, f] as const))(
  "%s: the picker's parameters are the built ones, in order, optional alike",
  (id, f) => {
    const offered = FUNCTIONS.find((p) => p.name === id)!;
    expect(shape(id, offered.params)).toEqual(
      shape(
        id,
        f.parameters.map((p) => ({ name: p.name, optional: p.optional ?? false })),
      ),
    );
  },
);
