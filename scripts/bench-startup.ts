/*
 * The start-up part of `npm run bench`: the built pane (dist/) in headless Chromium, office.js
 * stood in, each run in a fresh browser context (cold: empty cache and storage).
 *
 * - navigation → first CustomFunctions.associate, against the same page whose scripts are empty
 *   ones of equal size (they only register one function), both pages interleaved run by run;
 * - the main-thread CPU time of evaluating functions.js (compile and run, from Chromium's trace),
 *   which ends with the associate calls;
 * - navigation → the pane showing its dataset, and → the pane showing the feed's answer (no goal:
 *   they must not get slower);
 * - which of our scripts the page fetched by then: those taskpane.html names, and the chunks
 *   fetched on demand at start (the data service, for the saved copy and the feed).
 */
import { cpSync, mkdtempSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser } from "playwright-core";
import { launchChromium } from "../tests/browser/support/chromium";
import { serveFolder, type StaticServer } from "../tests/browser/support/static-server";

const OFFICE_CDN = "https://appsforoffice.microsoft.com/";
const STAND_IN = readFileSync("tests/browser/support/office-stand-in.js", "utf8");
/** Notes when the first function is registered, in the page's clock (0 = navigation start). */
const ASSOCIATE_PROBE = `
(() => {
  const associate = window.CustomFunctions.associate;
  window.CustomFunctions.associate = function (...args) {
    if (window.__firstAssociate === undefined) window.__firstAssociate = performance.now();
    return associate.apply(this, args);
  };
})();`;
/** A pause between loads, so that one page's shutdown does not slow the next one's start. */
const SETTLE_MS = 300;
/** The scripts taskpane.html loads. */
const SCRIPTS = ["functions.js", "taskpane.js"];

export interface StartupFigures {
  runs: number;
  associateMs: number;
  emptyAssociateMs: number;
  functionsCpuMs: number;
  datasetShownMs: number;
  feedAnsweredMs: number;
  /** Our scripts the page fetched until the feed's answer was shown, by file name. */
  scriptsAtStart: string[];
}

/** A copy of dist/ whose scripts do nothing but register one function, at their real size. */
function emptyPageFolder(dist: string): string {
  const folder = mkdtempSync(path.join(tmpdir(), "zibo-empty-page-"));
  cpSync(dist, folder, { recursive: true });
  for (const name of SCRIPTS) {
    const size = statSync(path.join(dist, name)).size;
    const body =
      name === "functions.js" ? 'CustomFunctions.associate("EXPORTS",function(){});' : "";
    const padding = "/*" + "x".repeat(Math.max(0, size - body.length - 4)) + "*/";
    writeFileSync(path.join(folder, name), padding + body);
  }
  return folder;
}

interface Run {
  associateMs: number;
  functionsCpuMs: number;
  datasetShownMs: number;
  feedAnsweredMs: number;
  scripts: string[];
}

async function openOnce(
  browser: Browser,
  server: StaticServer,
  { trace = false, blank = false } = {},
): Promise<Run> {
  const context = await browser.newContext({ viewport: { width: 360, height: 900 } });
  const page = await context.newPage();
  // Only office.js is intercepted: a route on every request would slow the page's own ones.
  await page.route(`${OFFICE_CDN}**`, (route) =>
    route.fulfill({ contentType: "text/javascript", body: STAND_IN + ASSOCIATE_PROBE }),
  );
  const scripts: string[] = [];
  page.on("request", (request) => {
    const url = request.url();
    if (url.startsWith(server.url) && url.endsWith(".js"))
      scripts.push(url.slice(server.url.length));
  });
  if (trace) {
    await browser.startTracing(page, { categories: ["devtools.timeline", "v8"] });
  }
  await page.goto(`${server.url}taskpane.html`);
  const associateMs = (await (
    await page.waitForFunction(() => (window as { __firstAssociate?: number }).__firstAssociate)
  ).jsonValue()) as number;
  // The empty page never shows a dataset.
  const datasetShownMs = blank
    ? NaN
    : ((await (
        await page.waitForFunction(() =>
          document.getElementById("dataset-info")?.textContent ? performance.now() : 0,
        )
      ).jsonValue()) as number);
  // The Data section leaves "Checking…" once the saved copy and the feed have answered.
  const feedAnsweredMs = blank
    ? NaN
    : ((await (
        await page.waitForFunction(() => {
          const tone = document.getElementById("data-state")?.dataset.tone;
          return tone && tone !== "progress" ? performance.now() : 0;
        })
      ).jsonValue()) as number);
  const functionsCpuMs = trace
    ? scriptCpuMs(await browser.stopTracing(), `${server.url}functions.js`)
    : NaN;
  await context.close();
  // Each load starts on a quiet machine: the closed page's processes wind down first.
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  return { associateMs, functionsCpuMs, datasetShownMs, feedAnsweredMs, scripts };
}

interface TraceEvent {
  name: string;
  ph: string;
  tdur?: number;
  args?: { data?: { url?: string } };
}

/** Thread (CPU) time of the evaluation of one script, in ms. */
function scriptCpuMs(trace: Buffer, url: string): number {
  const events = (JSON.parse(trace.toString("utf8")) as { traceEvents: TraceEvent[] }).traceEvents;
  const evaluations = events.filter(
    (e) => e.name === "EvaluateScript" && e.ph === "X" && e.args?.data?.url === url,
  );
  if (evaluations.length !== 1) throw new Error(`${evaluations.length} evaluations of ${url}`);
  return (evaluations[0]!.tdur ?? NaN) / 1000;
}

/** Median figures over `runs` cold loads of each page, the built page and the empty one alternating. */
export async function measureStartup(dist: string, runs: number): Promise<StartupFigures> {
  const empty = emptyPageFolder(dist);
  const [built, blankServer] = await Promise.all([serveFolder(dist), serveFolder(empty)]);
  const browser = await launchChromium();
  try {
    // One of each first, unmeasured: the browser's own first-use costs are not the page's.
    await openOnce(browser, built);
    await openOnce(browser, blankServer, { blank: true });
    const ours: Run[] = [];
    const blanks: Run[] = [];
    const traced: Run[] = [];
    for (let i = 0; i < runs; i++) {
      ours.push(await openOnce(browser, built));
      blanks.push(await openOnce(browser, blankServer, { blank: true }));
    }
    // Tracing slows the page, so the CPU figure comes from separate runs.
    for (let i = 0; i < runs; i++) traced.push(await openOnce(browser, built, { trace: true }));
    return {
      runs,
      associateMs: median(ours.map((r) => r.associateMs)),
      emptyAssociateMs: median(blanks.map((r) => r.associateMs)),
      functionsCpuMs: median(traced.map((r) => r.functionsCpuMs)),
      datasetShownMs: median(ours.map((r) => r.datasetShownMs)),
      feedAnsweredMs: median(ours.map((r) => r.feedAnsweredMs)),
      scriptsAtStart: [...new Set(ours.flatMap((r) => r.scripts))].sort(),
    };
  } finally {
    await browser.close();
    await Promise.all([built.close(), blankServer.close()]);
    rmSync(empty, { recursive: true, force: true });
  }
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = Math.floor(sorted.length / 2);
  return sorted.length % 2 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
