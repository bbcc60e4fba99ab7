import { existsSync, readFileSync } from "fs";
import { resolve } from "path";
import vm from "vm";
import {
  standInGlobals,
  type AssociatedFunction,
  type SupportedSets,
} from "./custom-functions-stand-in";

export const DIST = resolve(__dirname, "../../dist");

/** A built file's text; the tests of built output run after `npm run build:local` (as `npm test` does). */
export function readBuilt(name: string): string {
  if ((globalThis as { testLayer?: string }).testLayer === "unit") {
    throw new Error(
      `a unit test read dist/${name}: a test of the build belongs in tests/functions`,
    );
  }
  const path = resolve(DIST, name);
  if (!existsSync(path)) throw new Error(`dist/${name} is missing: run npm run build:local first`);
  return readFileSync(path, "utf8");
}

/**
 * Runs the built dist/functions.js as Excel's runtime does: in a fresh global scope holding
 * `CustomFunctions`, `Office` and the web platform's URL classes (every Office runtime, a browser
 * page, has them), and returns the functions it associated, by id.
 */
export function loadBundle(
  displayLanguage = "en-US",
  sets?: SupportedSets,
): Map<string, AssociatedFunction> {
  const globals = standInGlobals(displayLanguage, sets);
  const context = vm.createContext({
    CustomFunctions: globals.CustomFunctions,
    Office: globals.Office,
    URL,
    URLSearchParams,
    setTimeout,
    clearTimeout,
  });
  // Code fetched on first use (webpack adds a script element): run from dist/ as a page would.
  context.document = {
    getElementsByTagName: () => [],
    createElement: () => ({ setAttribute: () => undefined }),
    head: {
      appendChild: (script: { src: string; onload?: (e: unknown) => void }) => {
        setTimeout(() => {
          vm.runInContext(readBuilt(script.src), context, { filename: script.src });
          script.onload?.({ type: "load", target: script });
        }, 0);
      },
    },
  };
  // Webpack's chunk loader names the page's global `self`, as in a browser.
  vm.runInContext("var self = globalThis;", context);
  vm.runInContext(readBuilt("functions.js"), context, { filename: "functions.js" });
  return globals.associated;
}

/**
 * Lets a loaded bundle fetch the code it loads on first use (as_of, SERIES, SOURCE, the cards of
 * FIGURE and PARK), as a page would on the first such call; after it, every call answers at once.
 */
export async function fetchOnDemandCode(fns: Map<string, AssociatedFunction>): Promise<void> {
  const calls = [
    callStreamingOnce(fns.get("EXPORTS")!, [[["NEV"]], [["2024Q1"]], null, [["2024-06-01"]]]),
    callStreamingOnce(fns.get("SERIES")!, ["TOTAL", null, null, null, "quarters", null, null]),
    callStreamingOnce(fns.get("SOURCE")!, [[["NEV"]], [["2024Q1"]], null, null]),
    callStreamingOnce(fns.get("FIGURE")!, [[["NEV"]], [["2024Q1"]], null, null, null]),
    callStreamingOnce(fns.get("PARK")!, [[["zero-carbon"]]]),
  ];
  for (let i = 0; i < 100 && calls.some((c) => c.results.length === 0); i++) {
    await new Promise((resolve) => setTimeout(resolve, 10));
  }
  calls.forEach((c) => c.cancel());
}

function callStreamingOnce(fn: AssociatedFunction, args: unknown[]) {
  const results: unknown[] = [];
  const invocation: { setResult: (v: unknown) => void; onCanceled?: () => void } = {
    setResult: (v) => void results.push(v),
  };
  fn(...args, invocation);
  return { results, cancel: () => invocation.onCanceled?.() };
}
