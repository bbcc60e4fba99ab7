import { describeImport, type ImportOutcome } from "../../src/data";

/** The outcome of an import that went in; fails the test with what the user would be told otherwise. */
export function imported(outcome: ImportOutcome): Extract<ImportOutcome, { state: "imported" }> {
  if (outcome.state !== "imported") throw new Error(describeImport(outcome).details.join("\n"));
  return outcome;
}
