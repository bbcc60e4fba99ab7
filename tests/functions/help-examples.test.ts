/**
 * The help page's examples agree with what the built functions answer: every example that calls
 * one function with literal arguments is run through dist/functions.js, in English and in Chinese,
 * and its result text must give that number (as written, or rounded where it says ≈ / 约), that
 * error, or the start of that text. An example that no longer holds fails here, not in a reader's
 * workbook.
 */
import { readFileSync } from "fs";
import { resolve } from "path";
import { callStreaming, installStandIns, isErrorValue } from "../support/custom-functions-stand-in";
import { fetchOnDemandCode, loadBundle, readBuilt } from "../support/load-bundle";

installStandIns();

interface Example {
  formula: string;
  en: string;
  zh: string;
}
interface FunctionMetadata {
  id: string;
  name: string;
  parameters: { name: string; dimensionality?: string }[];
  options?: { stream?: boolean };
}

const docs = JSON.parse(
  readFileSync(resolve(__dirname, "../../src/functions/functions.help.json"), "utf8"),
) as { functions: Record<string, { examples: Example[] }> };
const metadata = (JSON.parse(readBuilt("functions.json")) as { functions: FunctionMetadata[] })
  .functions;
const bundles = { en: loadBundle("en-US"), zh: loadBundle("zh-CN") };
beforeAll(() => Promise.all([fetchOnDemandCode(bundles.en), fetchOnDemandCode(bundles.zh)]));

/** `=ZIBO.NAME("a", 2023, , "USD")` → its literal arguments; null when it is more than one call. */
function literalCall(formula: string): { name: string; args: unknown[] } | null {
  const match = /^=ZIBO\.([A-Z_]+)\((.*)\)$/.exec(formula);
  if (!match) return null;
  const args: unknown[] = [];
  if (match[2].trim() === "") return { name: match[1], args };
  for (const raw of match[2].split(",").map((a) => a.trim())) {
    if (raw === "") args.push(null);
    else if (/^"[^"]*"$/.test(raw)) args.push(raw.slice(1, -1));
    else if (/^-?\d+(\.\d+)?$/.test(raw)) args.push(Number(raw));
    else return null; // a range, a cell reference or arithmetic: not run here
  }
  return { name: match[1], args };
}

function run(lang: "en" | "zh", fn: FunctionMetadata, args: unknown[]): unknown {
  const params = fn.parameters.filter((p) => p.name !== "invocation");
  const values = params.map((p, i) => {
    const v = i < args.length ? args[i] : null;
    return p.dimensionality === "matrix" && v !== null ? [[v]] : v;
  });
  const f = bundles[lang].get(fn.id)!;
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

/** The first number the text gives, and whether it says it is rounded. */
function statedNumber(text: string): { value: number; rounded: boolean } | null {
  const match = /(≈|约)?\s*(-?[\d,]+(?:\.\d+)?)/.exec(text.replace(/`[^`]*`/g, ""));
  if (!match) return null;
  return { value: Number(match[2].replace(/,/g, "")), rounded: match[1] !== undefined };
}

/** The messages an example quotes ("…" or “…”), each cut where it says it leaves words out (…). */
function quotedFragments(text: string): string[] {
  const quotes = [...text.replace(/`[^`]*`/g, "").matchAll(/"([^"]+)"|“([^”]+)”/g)];
  return quotes
    .flatMap((m) => (m[1] ?? m[2]!).split(/…+/))
    .map((f) => f.trim())
    .filter((f) => f.length > 0);
}

/** Items of a list at the top level of brackets: "a, b (c, d), e" → 3 items. */
function topLevelItems(list: string): string[] {
  const items: string[] = [];
  let depth = 0;
  let current = "";
  for (const ch of list) {
    if (ch === "(" || ch === "（") depth++;
    if (ch === ")" || ch === "）") depth--;
    if (depth === 0 && (ch === "、" || ch === ",")) {
      items.push(current.trim());
      current = "";
    } else current += ch;
  }
  return [...items, current.trim()].filter((i) => i !== "");
}

/**
 * The columns an example says a table has: its rows written as `a | b | c` (each row), or its
 * header listed in brackets, "(Period, value, Kind, Year to date)" or "表头（期间、数值、类型）".
 */
function statedWidths(text: string): number[] {
  const prose = text.replace(/`[^`]*`/g, "");
  if (prose.includes(" | ")) return prose.split(";").map((row) => row.split(" | ").length);
  const header = /[(（]((?:[^()（）]|[(（][^()（）]*[)）])*)[)）]/g;
  return [...prose.matchAll(header)]
    .map((m) => topLevelItems(m[1]!))
    .filter((items) => items.length >= 3)
    .slice(0, 1)
    .map((items) => items.length);
}

const cases = metadata.flatMap((fn) =>
  (docs.functions[fn.id]?.examples ?? []).flatMap((example) => {
    const call = literalCall(example.formula);
    return call && call.name === fn.name
      ? (["en", "zh"] as const).map(
          (lang) => [`${example.formula} (${lang})`, fn, call.args, example[lang], lang] as const,
        )
      : [];
  }),
);

test("most examples are checked here", () => {
  expect(cases.length).toBeGreaterThan(40);
});

test.each(cases)("%s", (_, fn, args, text, lang) => {
  const answer = run(lang, fn, args);
  if (isErrorValue(answer)) {
    expect(text).toContain(answer.code);
    // A quoted message is the cell's own words.
    for (const fragment of quotedFragments(text)) expect(answer.message).toContain(fragment);
  } else if (typeof answer === "number") {
    const stated = statedNumber(text);
    expect(stated).not.toBeNull();
    const digits = stated!.rounded ? String(stated!.value).replace(/^-?0*\.?|\./g, "").length : 15;
    const tolerance = stated!.rounded ? Math.abs(answer) * 10 ** (1 - digits) : 1e-12;
    expect(Math.abs(stated!.value - answer)).toBeLessThanOrEqual(tolerance);
  } else if (typeof answer === "string") {
    expect(text).toContain(answer.slice(0, 12));
  } else {
    // A spilled table: the example names its header row's first column, and as many columns.
    const table = answer as unknown[][];
    expect(text).toContain(String(table[0][0]));
    const widths = statedWidths(text);
    expect(widths).not.toEqual([]);
    for (const width of widths) expect(width).toBe(table[0].length);
  }
});
