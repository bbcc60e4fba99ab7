import type { Language, Localized } from "../core";

/**
 * The ZIBO functions the formula picker offers, each with its parameters in order. The picker is
 * drawn from this one list, so a new function (or a new argument) is one entry here plus its words
 * in the pane's strings. Formulas use the invariant (English) names and comma separators, as
 * `range.formulas` expects in every display language.
 */
export type ParamKind =
  "category" | "period" | "unit" | "region" | "park" | "number" | "form" | "date";

export interface ParamSpec {
  /** The parameter's name as the function's metadata gives it; the pane labels it by this key. */
  name: ParamName;
  kind: ParamKind;
  optional: boolean;
  /** What the picker starts with; an optional parameter starts omitted unless it has one. */
  initial: string | null;
}

export interface FunctionSpec {
  name: string;
  params: readonly ParamSpec[];
}

const category = (initial: string | null, optional = false): ParamSpec => ({
  name: "category",
  kind: "category",
  optional,
  initial,
});
const period = (name: "period" | "from" | "to", initial: string | null, optional = false) =>
  ({ name, kind: "period", optional, initial }) satisfies ParamSpec;
const unit: ParamSpec = { name: "unit", kind: "unit", optional: true, initial: null };
const region: ParamSpec = { name: "region", kind: "region", optional: false, initial: "Shandong" };
/** FIGURE's region comes last and is optional: left out, the figure is Zibo's. */
const figureRegion: ParamSpec = { name: "region", kind: "region", optional: true, initial: null };
/** `as_of`: a date, left out for the figures as known now. */
const asOf: ParamSpec = { name: "as_of", kind: "date", optional: true, initial: null };
const form: ParamSpec = { name: "form", kind: "form", optional: true, initial: null };
const park: ParamSpec = { name: "name_or_id", kind: "park", optional: false, initial: null };
const number = (name: "current" | "base" | "yoy_percent", initial: string): ParamSpec => ({
  name,
  kind: "number",
  optional: false,
  initial,
});

/** A period parameter starts at the newest period of the data in use unless it says otherwise. */
export const NEWEST = "newest";

export const FUNCTIONS = [
  { name: "EXPORTS", params: [category("NEV"), period("period", NEWEST), unit, asOf] },
  { name: "GROWTH", params: [category("TOTAL"), period("period", NEWEST), asOf] },
  { name: "SHARE", params: [category("NEV"), period("period", NEWEST)] },
  { name: "SOURCE", params: [category("TOTAL"), period("period", NEWEST), unit, asOf] },
  { name: "LATEST", params: [category("TOTAL", true)] },
  {
    name: "SERIES",
    params: [
      category("TOTAL"),
      period("from", null, true),
      period("to", null, true),
      unit,
      form,
      figureRegion,
      asOf,
    ],
  },
  {
    name: "REGION_EXPORTS",
    params: [region, category("TOTAL"), period("period", NEWEST), unit, asOf],
  },
  { name: "REGION_GROWTH", params: [region, category("TOTAL"), period("period", NEWEST), asOf] },
  { name: "SHARE_OF", params: [region, period("period", NEWEST), category(null, true)] },
  { name: "YOY", params: [number("current", "80"), number("base", "7.758")] },
  { name: "YOY_BASE", params: [number("current", "80"), number("yoy_percent", "931.2")] },
  {
    name: "FIGURE",
    params: [category("NEV"), period("period", NEWEST), unit, figureRegion, asOf],
  },
  { name: "PARKS", params: [] },
  { name: "PARK", params: [park] },
  { name: "INFO", params: [] },
] as const satisfies readonly FunctionSpec[];

export type FunctionName = (typeof FUNCTIONS)[number]["name"];
export type ParamName =
  | "category"
  | "period"
  | "from"
  | "to"
  | "unit"
  | "region"
  | "name_or_id"
  | "current"
  | "base"
  | "yoy_percent"
  | "form"
  | "as_of";

export function functionSpec(name: string): FunctionSpec | undefined {
  return FUNCTIONS.find((f) => f.name === name);
}

export type BuiltFormula =
  | { ok: true; formula: string }
  | { ok: false; param: ParamName; problem: "required" | "notNumber" | "notDate" };

/**
 * A cell or range as a formula names it: `A1`, `$B$2`, `A1:A3`, `Sheet1!C3`, `'My sheet'!C3`.
 * Written unquoted, so the function reads the cell's value, as a typed formula would.
 */
const CELL = String.raw`\$?[A-Za-z]{1,3}\$?[1-9]\d{0,6}`;
const CELL_REFERENCE = new RegExp(
  String.raw`^(?:(?:'(?:[^'\[\]*?:/\\]|'')+'|[\p{L}_][\p{L}\p{N}_.]*)!)?${CELL}(?::${CELL})?$`,
  "u",
);

export function isCellReference(text: string): boolean {
  return CELL_REFERENCE.test(text.trim());
}

/** A date as `as_of` reads it from text: ISO, 2024-06-01. */
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/**
 * The formula for a function and its arguments (null or empty: omitted). Text is quoted with
 * Excel's doubled quotes; a cell reference in a number or date field is written as it is; trailing
 * omitted arguments are dropped and inner ones left empty, as Excel passes an empty argument to a
 * custom function as omitted. A missing required argument, or a number or date that is neither
 * one nor a cell, is refused, naming the parameter.
 */
export function buildFormula(spec: FunctionSpec, values: readonly (string | null)[]): BuiltFormula {
  const args: string[] = [];
  for (const [i, param] of spec.params.entries()) {
    const value = values[i]?.trim() ?? "";
    const typed = param.kind === "number" || param.kind === "date";
    if (value === "") {
      if (!param.optional) return { ok: false, param: param.name, problem: "required" };
      args.push("");
    } else if (typed && isCellReference(value)) {
      args.push(value);
    } else if (param.kind === "number") {
      const n = Number(value);
      if (!Number.isFinite(n)) return { ok: false, param: param.name, problem: "notNumber" };
      args.push(String(n));
    } else if (param.kind === "date" && !ISO_DATE.test(value)) {
      return { ok: false, param: param.name, problem: "notDate" };
    } else {
      args.push(`"${value.replace(/"/g, '""')}"`);
    }
  }
  while (args.length > 0 && args[args.length - 1] === "") args.pop();
  return { ok: true, formula: `=ZIBO.${spec.name}(${args.join(",")})` };
}

/** The help page's anchor for a function: the English reference, or its Chinese twin. */
export function helpAnchor(name: string, language: Language): string {
  return `${HELP_ANCHOR_PREFIX[language]}${name.toLowerCase()}`;
}

const HELP_ANCHOR_PREFIX: Localized = { en: "", zh: "zh-" };
