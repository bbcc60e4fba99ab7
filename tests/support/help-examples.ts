/**
 * The help page's examples run through the built functions (dist/functions.js), as Excel would:
 * `npm run help:results` writes what each one answers into functions.help.results.json, which the
 * page shows under the example, and tests/functions/help-examples.test.ts checks it is still so.
 */
import { readFileSync } from "fs";
import { resolve } from "path";
import { callStreaming, isErrorValue, type AssociatedFunction } from "./custom-functions-stand-in";
import { fetchOnDemandCode, loadBundle, readBuilt } from "./load-bundle";

export type HelpLanguage = "en" | "zh";
export interface Example {
  formula: string;
  en: string;
  zh: string;
}
export interface FunctionMetadata {
  id: string;
  name: string;
  parameters: { name: string; dimensionality?: string }[];
  options?: { stream?: boolean };
}
/** What each runnable example answers, by formula, in each language. */
export type HelpResults = Record<string, Record<HelpLanguage, string>>;

export const DOCS_FILE = resolve(__dirname, "../../src/functions/functions.help.json");
export const RESULTS_FILE = resolve(__dirname, "../../src/functions/functions.help.results.json");

export function readDocs(): { functions: Record<string, { examples: Example[] }> } {
  return JSON.parse(readFileSync(DOCS_FILE, "utf8"));
}

export function readMetadata(): FunctionMetadata[] {
  return (JSON.parse(readBuilt("functions.json")) as { functions: FunctionMetadata[] }).functions;
}

/** `=ZIBO.NAME("a", 2023, , "USD")` → its literal arguments; null when it is more than one call. */
export function literalCall(formula: string): { name: string; args: unknown[] } | null {
  const match = /^=ZIBO\.([A-Z_]+)\((.*)\)$/.exec(formula);
  if (!match) return null;
  const args: unknown[] = [];
  if (match[2]!.trim() === "") return { name: match[1]!, args };
  for (const raw of match[2]!.split(",").map((a) => a.trim())) {
    if (raw === "") args.push(null);
    else if (/^"[^"]*"$/.test(raw)) args.push(raw.slice(1, -1));
    else if (/^-?\d+(\.\d+)?$/.test(raw)) args.push(Number(raw));
    else return null; // a range, a cell reference or arithmetic: not run here
  }
  return { name: match[1]!, args };
}

/** The built functions in each display language, with their on-demand code already fetched. */
export async function loadBundles(): Promise<
  Record<HelpLanguage, Map<string, AssociatedFunction>>
> {
  const bundles = { en: loadBundle("en-US"), zh: loadBundle("zh-CN") };
  await Promise.all([fetchOnDemandCode(bundles.en), fetchOnDemandCode(bundles.zh)]);
  return bundles;
}

/** What the cell (or the spill's one cell) gets, as Excel passes the example's arguments. */
export function runExample(
  fns: Map<string, AssociatedFunction>,
  fn: FunctionMetadata,
  args: unknown[],
): unknown {
  const params = fn.parameters.filter((p) => p.name !== "invocation");
  const values = params.map((p, i) => {
    const v = i < args.length ? args[i] : null;
    return p.dimensionality === "matrix" && v !== null ? [[v]] : v;
  });
  const f = fns.get(fn.id)!;
  const answer = fn.options?.stream
    ? (() => {
        const call = callStreaming(f, ...values);
        call.cancel();
        return call.results[0];
      })()
    : (f as (...a: unknown[]) => unknown)(...values);
  return Array.isArray(answer) &&
    answer.length === 1 &&
    Array.isArray(answer[0]) &&
    answer[0].length === 1
    ? answer[0][0]
    : answer;
}

/** An answer as the page shows it: the number, the error and its message, or the spilled rows. */
export function shownAnswer(answer: unknown): string {
  const cell = (v: unknown) =>
    isErrorValue(v) ? (v.message ? `${v.code}: ${v.message}` : v.code) : String(v);
  return Array.isArray(answer)
    ? (answer as unknown[][]).map((row) => row.map(cell).join(" | ")).join("\n")
    : cell(answer);
}

/** Every runnable example's answer, in both languages, in the docs' order. */
export function exampleResults(
  bundles: Record<HelpLanguage, Map<string, AssociatedFunction>>,
): HelpResults {
  const docs = readDocs();
  const results: HelpResults = {};
  for (const fn of readMetadata()) {
    for (const example of docs.functions[fn.id]?.examples ?? []) {
      const call = literalCall(example.formula);
      if (!call || call.name !== fn.name) continue;
      results[example.formula] = {
        en: shownAnswer(runExample(bundles.en, fn, call.args)),
        zh: shownAnswer(runExample(bundles.zh, fn, call.args)),
      };
    }
  }
  return results;
}
