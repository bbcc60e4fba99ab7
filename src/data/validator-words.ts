import type { core } from "zod";

type Issue = core.$ZodRawIssue;

/** The kinds of JSON value, as a reader of the file calls them. */
const KINDS: Record<string, string> = {
  string: "text",
  number: "a number",
  array: "a list [ … ]",
  object: "an object { … }",
  boolean: "true or false",
  null: "null",
};

/** What kind of JSON value `input` is, in the words of KINDS (and of KINDS_ZH). */
export function kindOf(input: unknown): string {
  if (Array.isArray(input)) return "array";
  return input === null ? "null" : typeof input;
}

/** A list of allowed values as the file writes them: `2 or 1`, `"NEV" or "LIB"`. */
export const valuesText = (values: readonly unknown[], or: string) =>
  values.map((v) => JSON.stringify(v)).join(or);

/**
 * The validator's sentence for a problem the schema has no words of its own for, in the reader's
 * words rather than the validator's ("Invalid input: expected number"): what the value should be.
 * Set as the validator's English (schema.ts); the Chinese is validator-text-zh.ts.
 */
export function validatorWords(issue: Issue): string {
  const i = issue as Issue & Record<string, never>;
  switch (issue.code) {
    case "invalid_type":
      return issue.input === undefined
        ? "required, but missing"
        : `should be ${KINDS[i.expected] ?? i.expected}, not ${KINDS[kindOf(issue.input)]}`;
    case "invalid_value":
      return `should be ${valuesText(i.values, " or ")}`;
    case "too_big":
      return `should ${sizeUnit(i.origin) ? "have" : "be"} at most ${i.maximum}${sizeUnit(i.origin)}`;
    case "too_small":
      if (!sizeUnit(i.origin)) return `should be at least ${i.minimum}`;
      return Number(i.minimum) === 1
        ? "should not be empty"
        : `should have at least ${i.minimum}${sizeUnit(i.origin)}`;
    case "invalid_format":
      return i.format === "date"
        ? "should be a date like 2024-05-20"
        : "is not in the expected form";
    case "unrecognized_keys":
      return `has fields the dataset format does not have: ${i.keys.join(", ")}`;
    case "invalid_union":
      // The file's format field: a file without it is not a dataset of this add-in at all.
      return i.options
        ? `should be ${valuesText(i.options, " or ")}: this is not a Zibo New Three dataset file`
        : "is not in a form the dataset format allows";
    default:
      return "is not in a form the dataset format allows";
  }
}

function sizeUnit(origin: unknown): string {
  return origin === "string" ? " characters" : origin === "array" ? " entries" : "";
}
