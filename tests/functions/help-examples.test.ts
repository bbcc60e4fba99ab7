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
  } else if (typeof answer === "number") {
    const stated = statedNumber(text);
    expect(stated).not.toBeNull();
    const digits = stated!.rounded ? String(stated!.value).replace(/^-?0*\.?|\./g, "").length : 15;
    const tolerance = stated!.rounded ? Math.abs(answer) * 10 ** (1 - digits) : 1e-12;
    expect(Math.abs(stated!.value - answer)).toBeLessThanOrEqual(tolerance);
  } else if (typeof answer === "string") {
    expect(text).toContain(answer.slice(0, 12));
  } else {
    // A spilled table: the example names its header row's first column.
    expect(text).toContain(String((answer as unknown[][])[0][0]));
  }
});
