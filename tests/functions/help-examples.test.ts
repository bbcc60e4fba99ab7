/**
 * The help page's examples agree with what the built functions answer: every example that calls
 * one function with literal arguments is run through dist/functions.js, in English and in Chinese,
 * and its result text must give that number (as written, or rounded where it says ≈ / 约), that
 * error (and the words it quotes), or the start of that text; a table its columns. The answers
 * the page shows under each example are generated from the same run (npm run help:results) and
 * must still be what the cells say. An example that no longer holds fails here, not in a reader's
 * workbook.
 */
import { existsSync, readFileSync } from "fs";
import { readBuilt } from "../support/load-bundle";
import {
  installStandIns,
  isErrorValue,
  type AssociatedFunction,
} from "../support/custom-functions-stand-in";
import {
  exampleResults,
  literalCall,
  loadBundles,
  readDocs,
  readMetadata,
  RESULTS_FILE,
  runExample,
  type HelpLanguage,
  type HelpResults,
} from "../support/help-examples";

installStandIns();

const docs = readDocs();
const metadata = readMetadata();
let bundles: Record<HelpLanguage, Map<string, AssociatedFunction>>;
beforeAll(async () => {
  bundles = await loadBundles();
});

const run = (lang: HelpLanguage, fn: (typeof metadata)[number], args: unknown[]) =>
  runExample(bundles[lang], fn, args);

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

test("the answers the help page shows are what the built functions answer now (npm run help:results)", () => {
  expect(existsSync(RESULTS_FILE)).toBe(true);
  const shown = JSON.parse(readFileSync(RESULTS_FILE, "utf8")) as HelpResults;
  expect(shown).toEqual(exampleResults(bundles));
});

test("the help page shows each checked example's answer under it, in its language", () => {
  const page = readBuilt("help.html");
  // As many answers as checked examples, in either page.
  expect(page.match(/<pre class="?answer"?>/g)).toHaveLength(cases.length);
  expect(page).toContain("The cell:");
  expect(page).toContain("单元格：");
  expect(page).toContain("current is -5: export values cannot be negative.");
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
