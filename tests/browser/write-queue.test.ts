/**
 * Workbook writes started at the same time, from the pane and the ribbon, in the built pane in
 * Chromium: each waits its turn, so the tables end with exactly the current rows, the citation
 * lines under them, and a record of every table. The stand-in holds Excel's syncs where a test
 * needs two jobs to overlap, as a slow Excel would.
 */
import type { Page } from "playwright-core";
import { bundledFile, newQuarterFile, revisedFile, text } from "../support/datasets";
import { statusText, type Pane } from "./support/pane";
import { serveAddIn } from "./support/served-add-in";
import type { StandInWindow } from "./support/stand-in-types";

const SETTING = "ZiboNewThree.insertedTables";
const { openPane, publish } = serveAddIn({ hostCopy: true });
let pane: Pane | undefined;

afterEach(async () => {
  await pane?.page.close();
  pane = undefined;
});

interface TableView {
  name: string;
  /** Every row of the table, header first. */
  rows: unknown[][];
  /** The blank row and the three cells under the table's first column. */
  under: unknown[];
}

/** A table's cells and what lies under it, read from the stand-in's workbook. */
const table = (page: Page, name: string) =>
  page.evaluate((wanted): TableView | null => {
    const s = (window as unknown as StandInWindow).__standIn;
    const t = s.tables().find((x) => x.name === wanted);
    if (!t) return null;
    const [quoted, range] = t.address.split("!");
    const sheet = quoted.replace(/^'(.*)'$/, "$1");
    const [first, last] = range.split(":");
    const column = (a1: string) => a1.replace(/\d+/g, "");
    const row = (a1: string) => Number(a1.replace(/\D+/g, ""));
    const index = (a1: string) =>
      [...column(a1)].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0);
    return {
      name: t.name,
      rows: s.grid(sheet, first, row(last) - row(first) + 1, index(last) - index(first) + 1),
      under: s.grid(sheet, `${column(first)}${row(last) + 1}`, 4, 1).map((r) => r[0]),
    };
  }, name);

const workbook = (page: Page) =>
  page.evaluate((key) => {
    const s = (window as unknown as StandInWindow).__standIn;
    return {
      tables: s.tables().map((t) => t.name),
      record: JSON.parse(String(s.setting(key))) as { name: string; datasetVersion: string }[],
      syncs: s.syncCount(),
    };
  }, SETTING);

const select = (page: Page, cell: string) =>
  page.evaluate((at) => (window as unknown as StandInWindow).__standIn.select("Sheet1", at), cell);

const holdSyncs = async (page: Page) => {
  await page.evaluate(() => (window as unknown as StandInWindow).__standIn.holdSyncs());
};

const releaseSyncs = async (page: Page) => {
  await page.evaluate(() => (window as unknown as StandInWindow).__standIn.releaseSyncs());
};

/** Resolves once some workbook job waits on a held sync. */
const jobWaiting = (page: Page) =>
  page.waitForFunction(() => (window as unknown as StandInWindow).__standIn.heldSyncs() > 0);

const headline = (page: Page, pattern: RegExp) =>
  page.locator("#data-headline").filter({ hasText: pattern }).waitFor();

/** A fresh exports table at `cell` of Sheet1, inserted now with the data in use, to compare with. */
async function insertExports(page: Page, cell: string, name: RegExp): Promise<void> {
  await select(page, cell);
  await page.click("#insert-exports");
  await statusText(page, name);
}

/** The page has run every task it had queued (the stand-in's syncs resolve in microtasks). */
const settle = (page: Page) => page.evaluate(() => new Promise((r) => setTimeout(r, 0)));

/** Starts the ribbon's Refresh data; the promise ends when the command says it completed. */
const ribbonRefresh = (page: Page) =>
  page.evaluate(() =>
    (window as unknown as StandInWindow).__standIn.runRibbonCommand("refreshData"),
  );

/** The refreshed table holds exactly what a table inserted now with the same data holds. */
async function expectSameAsFreshInsert(page: Page, refreshed: string, fresh: string) {
  const [a, b] = [await table(page, refreshed), await table(page, fresh)];
  expect(a?.rows).toEqual(b?.rows);
  expect(a?.under).toEqual(b?.under);
}

/** The rows of the NEV category in a table: period and million yuan. */
const nevRows = async (page: Page, name: string) =>
  // Columns: period, months covered, code, category, category (Chinese), million yuan, …
  (await table(page, name))!.rows.filter((r) => r[2] === "NEV").map((r) => `${r[0]} ${r[5]}`);

/** A revision on top of revisedFile: NEV 2024Q2 from 80 to 81. */
function secondRevision() {
  const file = revisedFile();
  file.version = "2024Q2.3";
  file.asOf = "2024-08-31";
  const nev = file.figures.find((f) => f.category === "NEV" && f.period === "2024Q2")!;
  nev.valueCnyMn = 81;
  return file;
}

test("the pane's Refresh and the ribbon's Refresh data at once update the table once, with exactly the new rows", async () => {
  publish(bundledFile());
  pane = await openPane();
  const { page } = pane;
  await headline(page, /^No newer data/);
  await insertExports(page, "B2", /Inserted ZiboExports /);
  publish(newQuarterFile());

  const before = (await workbook(page)).syncs;
  await page.evaluate(() => {
    document.getElementById("refresh-data")!.click();
    return (window as unknown as StandInWindow).__standIn.runRibbonCommand("refreshData");
  });
  await headline(page, /^Updated to dataset 2024Q2\.1/);
  await page.locator("#refresh-data:enabled").waitFor();
  const syncsForBoth = (await workbook(page)).syncs - before;

  await insertExports(page, "P2", /Inserted ZiboExports2 /);
  await expectSameAsFreshInsert(page, "ZiboExports", "ZiboExports2");
  expect(await nevRows(page, "ZiboExports")).toEqual(["2024Q1 70", "2024Q2 80"]);
  expect((await table(page, "ZiboExports"))!.under[2]).toContain("dataset 2024Q2.1");
  expect((await workbook(page)).record).toEqual([
    expect.objectContaining({ name: "ZiboExports", datasetVersion: "2024Q2.1" }),
    expect.objectContaining({ name: "ZiboExports2", datasetVersion: "2024Q2.1" }),
  ]);
  expect(await page.locator("#data-details").innerText()).toContain(
    "Tables updated in place: ZiboExports",
  );

  // One caller alone: the update costs the same syncs as the two callers together did (the
  // number of tables does not change the number of syncs).
  publish(revisedFile());
  const alone = (await workbook(page)).syncs;
  await ribbonRefresh(page);
  await headline(page, /^Updated to dataset 2024Q2\.2/);
  expect(syncsForBoth).toBe((await workbook(page)).syncs - alone);
  expect(await nevRows(page, "ZiboExports")).toEqual(["2024Q1 72", "2024Q2 80"]);
  expect(pane.problems).toEqual([]);
});

test("an import during a refresh: both changes reach the table in turn, no row twice", async () => {
  publish(bundledFile());
  pane = await openPane();
  const { page } = pane;
  await headline(page, /^No newer data/);
  await insertExports(page, "B2", /Inserted ZiboExports /);
  publish(newQuarterFile());

  // A live formula: it shows the imported figure as soon as the import is applied.
  const nev2024Q2 = await page.evaluate(() =>
    (window as unknown as StandInWindow).__standIn.stream("EXPORTS", [
      [["NEV"]],
      [["2024Q2"]],
      null,
    ]),
  );

  await holdSyncs(page);
  const ribbon = ribbonRefresh(page);
  await jobWaiting(page);
  await page.setInputFiles("#import-file", {
    name: "revision.json",
    mimeType: "application/json",
    buffer: Buffer.from(text(secondRevision())),
  });
  await page.waitForFunction(
    (handle) =>
      JSON.stringify((window as unknown as StandInWindow).__standIn.results(handle).at(-1)) ===
      "[[81]]",
    nev2024Q2,
  );
  await settle(page);
  await releaseSyncs(page);
  await ribbon;
  await statusText(page, /^Imported revision\.json/);
  // The ribbon's refresh, which landed during the import, still says its outcome, in the data box.
  await headline(page, /^Updated to dataset 2024Q2\.1/);
  await page.locator("#refresh-data:enabled").waitFor();

  await insertExports(page, "P2", /Inserted ZiboExports2 /);
  await expectSameAsFreshInsert(page, "ZiboExports", "ZiboExports2");
  expect(await nevRows(page, "ZiboExports")).toEqual(["2024Q1 72", "2024Q2 81"]);
  // An import keeps the dataset's version: the feed names versions.
  expect((await table(page, "ZiboExports"))!.under[2]).toContain("dataset 2024Q2.1");
  expect((await workbook(page)).record).toEqual([
    expect.objectContaining({ name: "ZiboExports", datasetVersion: "2024Q2.1" }),
    expect.objectContaining({ name: "ZiboExports2", datasetVersion: "2024Q2.1" }),
  ]);
  expect(pane.problems).toEqual([]);
});

test("an insert during a refresh waits its turn: the new table stays in the record, with the new data", async () => {
  publish(newQuarterFile());
  pane = await openPane();
  const { page } = pane;
  await headline(page, /^Updated to dataset 2024Q2\.1/);
  await insertExports(page, "B2", /Inserted ZiboExports /);
  publish(revisedFile());

  await holdSyncs(page);
  const ribbon = ribbonRefresh(page);
  await jobWaiting(page);
  await select(page, "P2");
  await page.click("#insert-exports");
  await settle(page);
  await releaseSyncs(page);
  await ribbon;
  await statusText(page, /Inserted ZiboExports2 /);

  const after = await workbook(page);
  expect(after.tables).toEqual(["ZiboExports", "ZiboExports2"]);
  expect(after.record).toEqual([
    expect.objectContaining({ name: "ZiboExports", datasetVersion: "2024Q2.2" }),
    expect.objectContaining({ name: "ZiboExports2", datasetVersion: "2024Q2.2" }),
  ]);
  await expectSameAsFreshInsert(page, "ZiboExports", "ZiboExports2");
  expect(await nevRows(page, "ZiboExports2")).toEqual(["2024Q1 72", "2024Q2 80"]);

  // The next refresh still finds the table inserted during the last one.
  publish(secondRevision());
  await ribbonRefresh(page);
  await headline(page, /^Updated to dataset 2024Q2\.3/);
  expect(await page.locator("#data-details").innerText()).toContain(
    "Tables updated in place: ZiboExports, ZiboExports2",
  );
  expect(await nevRows(page, "ZiboExports2")).toEqual(["2024Q1 72", "2024Q2 81"]);
  expect(pane.problems).toEqual([]);
});

describe("a workbook with a chart", () => {
  /** The bundled data in use, an exports table at B2 and a chart fed by it; then a new quarter. */
  async function chartThenNewQuarter(): Promise<Page> {
    publish(bundledFile());
    pane = await openPane();
    const { page } = pane;
    await headline(page, /^No newer data/);
    await insertExports(page, "B2", /Inserted ZiboExports /);
    await page.click("#insert-chart");
    await statusText(page, /Inserted the chart/);
    publish(newQuarterFile());
    return page;
  }

  const chartQuarters = (page: Page) =>
    page.evaluate(() => {
      const s = (window as unknown as StandInWindow).__standIn;
      const t = s.tables().find((x) => x.name === "ZiboChartData")!;
      const [quoted, range] = t.address.split("!");
      const sheet = quoted.replace(/^'(.*)'$/, "$1");
      const rows = Number(range.split(":")[1].replace(/\D+/g, "")) - 1;
      return s.grid(sheet, "A2", rows, 1).map((r) => r[0]);
    });

  test("a refresh adds the new quarter to the chart's table", async () => {
    const page = await chartThenNewQuarter();
    expect(await chartQuarters(page)).not.toContain("2024Q2");
    await page.click("#refresh-data");
    await headline(page, /^Updated to dataset 2024Q2\.1/);
    const details = await page.locator("#data-details").innerText();
    expect(details).toContain("Tables updated in place: ZiboExports");
    expect(details).toContain("Charts extended with the new quarters: ZiboChartData");
    expect(await chartQuarters(page)).toContain("2024Q2");
    expect(pane!.problems).toEqual([]);
  });

  test("when the chart step fails after the tables were rewritten, the ribbon's refresh opens the pane, which says so truthfully", async () => {
    const page = await chartThenNewQuarter();
    const chartSheet = await page.evaluate(
      () => (window as unknown as StandInWindow).__standIn.charts()[0]!.sheet,
    );
    await page.evaluate(
      (sheet) => (window as unknown as StandInWindow).__standIn.protectSheet(sheet),
      chartSheet,
    );
    await ribbonRefresh(page);
    await headline(page, /^Updated to dataset 2024Q2\.1/);
    await expect(
      page.evaluate(() => (window as unknown as StandInWindow).__standIn.taskpaneShown()),
    ).resolves.toBe(1);
    const details = await page.locator("#data-details").innerText();
    expect(details).toContain("Tables updated in place: ZiboExports");
    expect(details).toMatch(
      /The charts could not take in the new quarters: The cell or chart you're trying to change is on a protected sheet\..* The tables above were updated\./,
    );
    expect(details).not.toContain("could not be updated");
    expect(await page.locator("#data-state").getAttribute("data-tone")).toBe("warning");
    expect(await nevRows(page, "ZiboExports")).toEqual(["2024Q1 70", "2024Q2 80"]);
    expect(await chartQuarters(page)).not.toContain("2024Q2");
  });
});

test("data work holds its controls through nested work, the file input and the feed form included, not Insert", async () => {
  publish(bundledFile());
  pane = await openPane();
  const { page } = pane;
  await headline(page, /^No newer data/);
  await insertExports(page, "B2", /Inserted ZiboExports /);
  publish(newQuarterFile());
  const controls = ["#refresh-data", "#import-file", "#feed-url", "#feed-save"];
  const disabled = () =>
    page.evaluate(
      (ids) => ids.map((id) => (document.querySelector(id) as HTMLInputElement).disabled),
      controls,
    );

  // Saving the feed address asks for a refresh: the pane is busy from the save to the end of it.
  await holdSyncs(page);
  await page.click("#feed-save");
  await jobWaiting(page);
  expect(await disabled()).toEqual(controls.map(() => true));
  // Data work holds only what starts data work: Insert stays open.
  expect(await page.locator("#insert-exports").isDisabled()).toBe(false);
  await releaseSyncs(page);
  await statusText(page, /^Updated to dataset 2024Q2\.1/);
  await page.locator("#refresh-data:enabled").waitFor();
  expect(await disabled()).toEqual(controls.map(() => false));
  expect(pane.problems).toEqual([]);
});
