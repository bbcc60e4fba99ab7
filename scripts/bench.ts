/*
 * `npm run bench`: what the add-in costs on this machine. A benchmark, not a test: it prints
 * numbers and the goals next to them (✓ or ✗), and fails nothing.
 *
 * Start-up (the built pane in headless Chromium, office.js stood in; see bench-startup.ts):
 * 1. Our own script that taskpane.html loads, gzipped (goal ≤ 40 KiB), and what the page fetches
 *    after it while Office starts (the data service, for the saved copy and the feed).
 * 2. Main-thread CPU of functions.js before the functions are associated (goal ≤ 10 ms).
 * 3. Navigation → first CustomFunctions.associate ÷ the same page with empty scripts of equal
 *    size, cold, medians of interleaved runs (goal ≤ 1.1).
 * Formulas and data:
 * 4. One EXPORTS lookup next to a bare Map lookup, measured in the same run (goal: ratio ≤ 10);
 *    an #N/A or #VALUE! answer next to a number answer.
 * 5. One dataset change pushed to 10,000 live cells (goal ≤ 50 ms).
 * 6. A refresh from a feed on this machine (a new quarter) until all of 10,000 live cells have
 *    their new answers: fetch, checks, merge and the push, end to end.
 * 7. Deriving figures for a large dataset (ten years of monthly year-to-date totals).
 * 8. Reading large bad or long files: a 2 MB feed with 9,000 bad figures, a 10,000-row CSV
 *    (checks and locating the problems; the longest stretch the runtime is held, since custom
 *    functions wait while it runs).
 */
import { readdirSync, readFileSync } from "node:fs";
import { createServer } from "node:http";
import type { AddressInfo } from "node:net";
import { gzipSync } from "node:zlib";
import {
  buildDataset,
  figureKey,
  lookupExports,
  lookupExportsCached,
  makePeriod,
  type CategoryCode,
  type Dataset,
  type DatasetContent,
  type Figure,
  type RegionCode,
} from "../src/core";
import {
  bundledContent,
  bundledDataset,
  DataService,
  datasetFromJson,
  MemoryStorage,
  store,
} from "../src/data";
import bundledFile from "../src/data/zibo-new-three.json";
import { exportsGrid } from "../src/functions/functions";
import { exportsAsOf } from "../src/core/vintage";
import { measureStartup, type StartupFigures } from "./bench-startup";
import { readImportFile } from "../src/data/import-file";
import { readDatasetTextYielding } from "../src/data/read-dataset-text";
import { problemTotal } from "../src/data/problem-list";
import { csvRows, feedWithBadFigures } from "../tests/support/large-files";

/** The runtime's globals, as Excel provides them: error values and their codes. */
class ExcelError {
  constructor(
    public code: string,
    public message?: string,
  ) {}
}
Object.assign(globalThis, {
  CustomFunctions: {
    Error: ExcelError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
    },
  },
});

type Invocation = CustomFunctions.StreamingInvocation<Array<Array<number | CustomFunctions.Error>>>;

const INPUTS = [
  ["NEV", "2024Q1", null],
  ["TOTAL", "2024Q1", "USD"],
  ["LIB_PV", "Q1 2024", null],
  ["TOTAL", "2023Q1", null],
] as const;

/** Median nanoseconds per call of `body`, over rounds of `n` calls each. */
function nsPerCall(n: number, body: (i: number) => unknown): number {
  const rounds: number[] = [];
  let sink = 0;
  for (let round = 0; round < 7; round++) {
    const start = process.hrtime.bigint();
    for (let i = 0; i < n; i++) if (body(i)) sink++;
    rounds.push(Number(process.hrtime.bigint() - start) / n);
  }
  if (sink < 0) throw new Error("unreachable: keeps the loop from being optimised away");
  return median(rounds);
}

function median(xs: number[]): number {
  const sorted = [...xs].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)];
}

function lookupCost(): void {
  const ds = store.current;
  const keys = INPUTS.map(([c, p]) => `ZIBO|${c}|${p === "Q1 2024" ? "2024Q1" : p}`);
  const map = new Map(
    ds.figures.map((f) => [figureKey(f.region, f.category, f.period), f.cny?.value]),
  );
  const n = 1_000_000;
  // Warm both paths before measuring.
  nsPerCall(n, (i) => map.get(keys[i & 3]));
  const input = (i: number): [string, string, string | null] => [...INPUTS[i & 3]!];
  const cached = (i: number) => lookupExportsCached(ds, ...input(i)).ok;
  const uncached = (i: number) => lookupExports(ds, ...input(i)).ok;
  nsPerCall(n, cached);
  nsPerCall(n, uncached);
  const bare = nsPerCall(n, (i) => map.get(keys[i & 3]));
  const lookup = nsPerCall(n, cached);
  const firstAsk = nsPerCall(n, uncached);
  // "latest" and as_of, each remembered as a plain lookup is (goal: within 2 × a plain one).
  const latest = (i: number) => lookupExportsCached(ds, INPUTS[i & 3]![0], "latest", null).ok;
  // A built dataset: as_of re-derives from it (the store's may be the file itself under tsx).
  const built = bundledDataset();
  const vintage = (i: number) => exportsAsOf(built, ...input(i), "2024-06-01").ok;
  nsPerCall(n, latest);
  nsPerCall(n, vintage);
  const latestCost = nsPerCall(n, latest);
  const asOfCost = nsPerCall(n, vintage);
  const cellArgs: unknown[][][][] = INPUTS.map(([c, p, u]) => [[[c]], [[p]], [[u]]]);
  const invocation: Invocation = { setResult: () => undefined };
  const call = nsPerCall(n / 10, (i) => {
    const [c, p, u] = cellArgs[i & 3] as [unknown[][], unknown[][], unknown[][]];
    exportsGrid(c, p, u, [[null]], invocation);
    invocation.onCanceled?.();
    return true;
  });
  // The same call answering a number, an #N/A (a quarter no source publishes) and a #VALUE!
  // (a category nobody has): a failure should cost no more than an answer.
  const answerCost = (category: string, period: string) => {
    const call = () => exportsGrid([[category]], [[period]], [[null]], [[null]], invocation);
    nsPerCall(n / 10, () => (call(), invocation.onCanceled?.(), true));
    return nsPerCall(n / 10, () => {
      call();
      invocation.onCanceled?.();
      return true;
    });
  };
  const numberCall = answerCost("NEV", "2024Q1");
  const naCall = answerCost("NEV", "2019Q1");
  const valueCall = answerCost("boats", "2024Q1");
  const ratio = lookup / bare;
  print("EXPORTS lookup, as each live cell runs it", `${lookup.toFixed(0)} ns`);
  print("bare Map.get, same run", `${bare.toFixed(0)} ns`);
  print("ratio (goal ≤ 10)", `${ratio.toFixed(1)} ${ratio <= 10 ? "✓" : "✗ over the goal"}`);
  for (const [label, cost] of [
    ['EXPORTS with "latest" as the period', latestCost],
    ["EXPORTS with as_of 2024-06-01", asOfCost],
  ] as const) {
    const r = cost / lookup;
    print(label, `${cost.toFixed(0)} ns, ${r.toFixed(2)} × plain (goal ≤ 2) ${r <= 2 ? "✓" : "✗"}`);
  }
  print(
    "  first ask after a dataset change (not yet remembered)",
    `${firstAsk.toFixed(0)} ns, ${(firstAsk / bare).toFixed(1)} × Map.get`,
  );
  print(
    "whole EXPORTS call, for reference",
    `${call.toFixed(0)} ns (ranges in, streaming answer, subscribe and cancel)`,
  );
  const errorRatio = Math.max(naCall, valueCall) / numberCall;
  print("EXPORTS call answering a number", `${numberCall.toFixed(0)} ns`);
  print("  answering #N/A (not published)", `${naCall.toFixed(0)} ns`);
  print("  answering #VALUE! (unknown category)", `${valueCall.toFixed(0)} ns`);
  print(
    "  slower error ÷ number (goal ≤ 1.5)",
    `${errorRatio.toFixed(2)} ${errorRatio <= 1.5 ? "✓" : "✗ over the goal"}`,
  );
}

/** The bundled file with every Zibo figure scaled, so every live cell's answer changes. */
function revisedDataset(factor: number): Dataset {
  const figures = bundledFile.figures.map((f) =>
    f.region === "ZIBO"
      ? {
          ...f,
          ...(f.valueCnyMn === undefined ? {} : { valueCnyMn: f.valueCnyMn * factor }),
          ...(f.valueUsdMn === undefined ? {} : { valueUsdMn: f.valueUsdMn * factor }),
        }
      : f,
  );
  const result = datasetFromJson({ ...bundledFile, version: `bench-${factor}`, figures });
  if (!result.ok) throw new Error(JSON.stringify(result.problems));
  return result.dataset;
}

function liveCellsCost(): void {
  const CELLS = 10_000;
  const original = store.current;
  let answers = 0;
  const invocations: Invocation[] = [];
  for (let i = 0; i < CELLS; i++) {
    const [c, p, u] = INPUTS[i % INPUTS.length];
    const invocation: Invocation = { setResult: () => void answers++ };
    // Excel shares one stream among identical formulas; here every cell is its own call, the worst case.
    exportsGrid([[c]], [[p]], [[u]], [[null]], invocation);
    invocations.push(invocation);
  }
  const times: number[] = [];
  const versions = [revisedDataset(1.01), revisedDataset(1.02)];
  for (let round = 0; round < 9; round++) {
    const next = versions[round % 2];
    answers = 0;
    const start = process.hrtime.bigint();
    store.replace(next);
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (answers !== CELLS) throw new Error(`${answers} of ${CELLS} cells were re-answered`);
  }
  invocations.forEach((inv) => inv.onCanceled?.());
  store.replace(original);
  if (store.subscriberCount !== 0) throw new Error("live cells left subscribed");
  const ms = median(times);
  print(
    `push one change to ${CELLS.toLocaleString("en")} live cells (goal ≤ 50 ms)`,
    `${ms.toFixed(1)} ms median ${ms <= 50 ? "✓" : "✗ over the goal"}`,
  );
  print(
    "  each of 9 changes, in order (the first warms the JIT)",
    times.map((t) => t.toFixed(1)).join(" ") + " ms",
  );
}

/** The bundled file with one more quarter for Zibo (numbers for the benchmark, never shipped). */
function newQuarterText(quarter: number): string {
  const period = `2030Q${quarter}`;
  const source = bundledFile.sources[0].id;
  const figures = [
    ...bundledFile.figures,
    {
      region: "ZIBO",
      category: "TOTAL",
      period,
      valueCnyMn: 90 + quarter,
      kind: "reported",
      source,
    },
    { region: "ZIBO", category: "NEV", period, valueCnyMn: 75 + quarter, kind: "reported", source },
  ];
  return JSON.stringify({
    ...bundledFile,
    version: `bench-${period}`,
    asOf: `2030-${String(quarter * 3).padStart(2, "0")}-01`,
    figures,
  });
}

async function feedToLiveCells(): Promise<void> {
  const CELLS = 10_000;
  let body = "";
  const server = createServer((_, response) =>
    response.writeHead(200, { "Content-Type": "application/json" }).end(body),
  );
  await new Promise<void>((resolve) => server.listen(0, "127.0.0.1", resolve));
  const { port } = server.address() as AddressInfo;
  const original = store.current;
  const service = new DataService({
    store,
    storage: new MemoryStorage(),
    bundled: bundledContent(),
    pageUrl: `http://127.0.0.1:${port}/taskpane.html`,
    now: () => new Date("2031-01-01T00:00:00Z"),
  });
  let answers = 0;
  const invocations: Invocation[] = [];
  for (let i = 0; i < CELLS; i++) {
    const invocation: Invocation = { setResult: () => void answers++ };
    // A cell gets a new answer when its quarter arrives, or when its #N/A message (which lists the
    // published quarters) changes; unchanged answers are not sent again.
    exportsGrid([["NEV"]], [[`2030Q${(i % 4) + 1}`]], [[null]], [[null]], invocation);
    invocations.push(invocation);
  }
  const times: number[] = [];
  const updated: number[] = [];
  for (let quarter = 1; quarter <= 4; quarter++) {
    body = newQuarterText(quarter);
    answers = 0;
    const start = process.hrtime.bigint();
    const status = await service.refreshNow();
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
    if (status.state !== "updated") throw new Error(`refresh ended ${status.state}`);
    updated.push(answers);
  }
  invocations.forEach((inv) => inv.onCanceled?.());
  store.replace(original);
  server.close();
  print(
    `refresh from a local feed to ${CELLS.toLocaleString("en")} live cells`,
    `${median(times).toFixed(1)} ms median (${times.map((t) => t.toFixed(1)).join(" ")} ms; cells re-answered: ${updated.join(", ")})`,
  );
}

/** The scripts taskpane.html names (office.js, from Microsoft's CDN, is not ours). */
function pageScripts(): string[] {
  const html = readFileSync("dist/taskpane.html", "utf8");
  return [...html.matchAll(/<script\b[^>]*\bsrc="?([^"\s>]+)/g)]
    .map((m) => m[1]!)
    .filter((src) => !/^https?:/.test(src));
}

/**
 * Runs `read` 5 times; reports the median time to its answer and the median of the longest
 * stretch without a turn of the event loop (what a custom function call would wait).
 */
async function timedRead(label: string, read: () => Promise<string>): Promise<void> {
  const totals: number[] = [];
  const stretches: number[] = [];
  let outcome = "";
  for (let round = 0; round < 5; round++) {
    let last = performance.now();
    let longest = 0;
    const ticker = setInterval(() => {
      const now = performance.now();
      longest = Math.max(longest, now - last);
      last = now;
    }, 0);
    const start = performance.now();
    outcome = await read();
    const end = performance.now();
    clearInterval(ticker);
    totals.push(end - start);
    stretches.push(Math.max(longest, end - last));
  }
  print(
    label,
    `${median(totals).toFixed(0)} ms median, runtime held ≤ ${median(stretches).toFixed(0)} ms at a time (${outcome})`,
  );
}

async function largeFiles(): Promise<void> {
  const feed = feedWithBadFigures(9_000);
  await timedRead(
    `feed of ${(feed.length / 1_048_576).toFixed(1)} MB with 9,000 bad figures`,
    async () => {
      const read = await readDatasetTextYielding(feed, new Date("2025-01-01T00:00:00Z"));
      return read.ok
        ? "accepted"
        : `${problemTotal(read.problems)} problems, ${read.problems.length - 1} located`;
    },
  );
  const csv = csvRows(10_000);
  const today = new Date("2100-12-31T00:00:00Z");
  await timedRead("CSV of 10,000 rows (7,225 of them repeats)", async () => {
    const read = await readImportFile("rows.csv", csv, today);
    return read.ok ? "accepted" : `${problemTotal(read.problems)} problems`;
  });
  const valid = csvRows(2_775);
  await timedRead("valid CSV of 2,775 rows (every distinct figure)", async () => {
    const read = await readImportFile("rows.csv", valid, today);
    return read.ok ? `${read.content.figures.length} figures` : "refused";
  });
}

function gzipped(name: string): number {
  return gzipSync(readFileSync(`dist/${name}`), { level: 9 }).length;
}

/** Our script by when the page needs it; `f` says what the page fetched at start in Chromium. */
function bundleSizes(f: StartupFigures): void {
  const named = pageScripts();
  let total = 0;
  for (const name of named) {
    const size = gzipped(name);
    total += size;
    print(`dist/${name}`, `${kb(readFileSync(`dist/${name}`).length)} raw, ${kb(size)} gzipped`);
  }
  const ok = total <= 40 * 1024;
  print(
    "own script taskpane.html loads, gzipped (goal ≤ 40 KiB)",
    `${kb(total)} ${ok ? "✓" : "✗ over the goal"} (before the pane shows and the functions start)`,
  );
  const fetchedLater = f.scriptsAtStart.filter((name) => !named.includes(name));
  const later = fetchedLater.reduce((sum, name) => sum + gzipped(name), 0);
  print(
    "  then fetched while Office starts (saved copy, feed check)",
    `${kb(later)}: ${fetchedLater.join(", ")}; ${kb(total + later)} in all by the feed's answer`,
  );
  const onDemand = readdirSync("dist").filter(
    (name) => name.endsWith(".js") && !f.scriptsAtStart.includes(name),
  );
  for (const name of onDemand) print(`  dist/${name}, on first use only`, kb(gzipped(name)));
}

async function startup(): Promise<StartupFigures> {
  const f = await measureStartup("dist", 25);
  const ratio = f.associateMs / f.emptyAssociateMs;
  print(
    "functions.js main-thread CPU before associate (goal ≤ 10 ms)",
    `${f.functionsCpuMs.toFixed(1)} ms median ${f.functionsCpuMs <= 10 ? "✓" : "✗ over the goal"}`,
  );
  print("navigation → first associate, the built page", `${f.associateMs.toFixed(0)} ms median`);
  print(
    "  the same page with empty scripts of equal size",
    `${f.emptyAssociateMs.toFixed(0)} ms median`,
  );
  print(
    "  ratio (goal ≤ 1.1)",
    `${ratio.toFixed(2)} ${ratio <= 1.1 ? "✓" : "✗ over the goal"} (cold, ${f.runs} runs each, interleaved)`,
  );
  print("navigation → the pane shows its dataset", `${f.datasetShownMs.toFixed(0)} ms median`);
  print(
    "navigation → the pane shows the feed's answer",
    `${f.feedAnsweredMs.toFixed(0)} ms median`,
  );
  return f;
}

/**
 * Ten years of months (120 periods) for three regions, as statistics offices publish them: a
 * year-to-date total for every month (1–1, 1–2, … 1–12), every category but LIB_PV, a reported
 * USD pair for TOTAL and now and then a year-on-year rate, so every kind of derivation runs
 * (each month by difference of two totals, LIB_PV, year-ago bases, USD, growth).
 */
function largeContent(): DatasetContent {
  const regions: RegionCode[] = ["ZIBO", "SHANDONG", "CHINA"];
  const categories: CategoryCode[] = ["TOTAL", "NEV", "LIB", "PV"];
  const source = {
    id: "bench",
    title: "Bench",
    publisher: "Bench",
    url: "https://example.org/",
    standing: "primary" as const,
  };
  const reported = (value: number) => ({
    value,
    kind: "reported" as const,
    sourceIds: [source.id],
  });
  const figures: Figure[] = [];
  for (let p = 0; p < 120; p++) {
    const year = 2011 + Math.floor(p / 12);
    const month = (p % 12) + 1;
    for (const region of regions) {
      for (const category of categories) {
        const cny = (100 + year - 2011 + category.length) * month;
        figures.push({
          region,
          category,
          period: makePeriod(year, 1, month),
          cny: reported(cny),
          usd: category === "TOTAL" ? reported(cny / 7.1) : null,
          yoyPct: p % 8 === 0 ? reported(5) : null,
          scope: null,
          history: [],
        });
      }
    }
  }
  return {
    version: "bench",
    asOf: "2024-01-01",
    sources: new Map([[source.id, source]]),
    figures,
    parks: [],
    notes: [],
  };
}

function derivationCost(): void {
  const content = largeContent();
  const times: number[] = [];
  let figures = 0;
  for (let round = 0; round < 7; round++) {
    const start = process.hrtime.bigint();
    figures = buildDataset(content).figures.length;
    times.push(Number(process.hrtime.bigint() - start) / 1e6);
  }
  print(
    `derive and index ${content.figures.length.toLocaleString("en")} given figures (ten years of months)`,
    `${median(times).toFixed(1)} ms median, ${figures.toLocaleString("en")} figures in all`,
  );
}

function kb(bytes: number): string {
  return `${(bytes / 1024).toFixed(1)} KiB`;
}

function print(label: string, value: string): void {
  process.stdout.write(`${label.padEnd(58)} ${value}\n`);
}

async function main(): Promise<void> {
  process.stdout.write(`Node ${process.version}, ${process.platform} ${process.arch}\n`);
  bundleSizes(await startup());
  lookupCost();
  liveCellsCost();
  await feedToLiveCells();
  derivationCost();
  await largeFiles();
}

void main();
