/**
 * A new quarter published on the host reaches the live formulas and the inserted tables after
 * Refresh (pane button and ribbon command), in the built pane in Chromium. The add-in is served
 * from a copy of dist/ whose feed file the test replaces, as a maintainer does.
 */
import type { Page } from "playwright-core";
import { newQuarterFile, revisedFile } from "../support/datasets";
import { statusText, type Pane } from "./support/pane";
import { serveAddIn } from "./support/served-add-in";
import type { StandInWindow } from "./support/stand-in-types";

const { openPane, publish } = serveAddIn({ hostCopy: true });
let pane: Pane;

const headline = (page: Page, pattern: RegExp) =>
  page.locator("#data-headline").filter({ hasText: pattern }).waitFor();

const lastResult = (page: Page, handle: number) =>
  page.evaluate((h) => (window as unknown as StandInWindow).__standIn.results(h).at(-1), handle);

const exportsPeriods = (page: Page) =>
  page.evaluate(() => {
    const standIn = (window as unknown as StandInWindow).__standIn;
    const table = standIn.tables().find((t) => t.name === "ZiboExports")!;
    const rows = Number(table.address.split(":")[1].replace(/\D/g, "")) - 1;
    return standIn.grid("Sheet1", "B3", rows, 3).map((row) => `${row[0]} ${row[2]}`);
  });

/** The blank row and the two citation lines under the exports table, wherever it now ends. */
const linesUnderExports = (page: Page) =>
  page.evaluate(() => {
    const standIn = (window as unknown as StandInWindow).__standIn;
    const table = standIn.tables().find((t) => t.name === "ZiboExports")!;
    const lastRow = Number(table.address.split(":")[1].replace(/\D/g, ""));
    return standIn.grid("Sheet1", `B${lastRow + 1}`, 3, 1).map((row) => String(row[0]));
  });

test("a new quarter reaches formulas and tables after Refresh, a revision after the ribbon's Refresh data", async () => {
  pane = await openPane();
  const { page } = pane;
  await headline(
    page,
    /^No newer data on the feed\. Newest figure: 2024Q1, published 2024-05-20\.$/,
  );

  await page.click("#insert-exports");
  await statusText(page, /Inserted ZiboExports/);
  expect(await exportsPeriods(page)).not.toContain("2024Q2 NEV");
  expect(await linesUnderExports(page)).toEqual([
    "",
    expect.stringMatching(/^Sources: /),
    expect.stringContaining("dataset 2024M05.1, as of 2024-06-27"),
  ]);
  const q2 = await page.evaluate(() =>
    (window as unknown as StandInWindow).__standIn.stream("EXPORTS", [
      [["NEV"]],
      [["2024Q2"]],
      null,
    ]),
  );
  const q1 = await page.evaluate(() =>
    (window as unknown as StandInWindow).__standIn.stream("EXPORTS", [
      [["NEV"]],
      [["2024Q1"]],
      null,
    ]),
  );
  expect(await lastResult(page, q2)).toEqual([[expect.objectContaining({ error: "#N/A" })]]);

  publish(newQuarterFile());
  await page.click("#refresh-data");
  await headline(page, /^Updated to dataset 2024Q2\.1/);
  expect(await lastResult(page, q2)).toEqual([[80]]);
  expect(await exportsPeriods(page)).toEqual(
    expect.arrayContaining(["2024Q2 TOTAL", "2024Q2 NEV"]),
  );
  const details = await page.locator("#data-details").innerText();
  expect(details).toContain("2024Q2 added: TOTAL 95, NEV 80");
  expect(details).toContain("Tables updated in place: ZiboExports");
  expect(await linesUnderExports(page)).toEqual([
    "",
    expect.stringMatching(/^Sources: /),
    expect.stringContaining("dataset 2024Q2.1, as of 2024-08-15"),
  ]);
  await expect(page.locator("#dataset-info").innerText()).resolves.toContain("2024Q2.1");

  publish(revisedFile());
  await page.evaluate(() =>
    (window as unknown as StandInWindow).__standIn.runRibbonCommand("refreshData"),
  );
  await headline(page, /^Updated to dataset 2024Q2\.2/);
  expect(await lastResult(page, q1)).toEqual([[72]]);
  expect(await page.locator("#data-details").innerText()).toContain("NEV 2024Q1 revised 70 → 72");
  expect((await linesUnderExports(page))[2]).toContain("dataset 2024Q2.2, as of 2024-08-30");
  expect(pane.problems).toEqual([]);
  expect(pane.external).toEqual([]);
});

test("a malformed feed is rejected with its reason and the figures in use stay", async () => {
  const { page } = pane;
  publish("<html>maintenance</html>");
  await page.click("#refresh-data");
  await headline(page, /^The feed's file was not used: .* Still in use: dataset 2024Q2\.2, /);
  await expect(page.locator("#dataset-info").innerText()).resolves.toContain("2024Q2.2");
});

test("the page's Content-Security-Policy stops markup from running as script", async () => {
  const { page } = await openPane();
  const ran = await page.evaluate(async () => {
    const w = window as unknown as { injected?: boolean };
    document.body.insertAdjacentHTML(
      "beforeend",
      '<img src="data:," onerror="window.injected = true"><script>window.injected = true</script>',
    );
    // The image fails to load; an inline handler the policy let through would run before this one.
    const img = document.body.querySelector<HTMLImageElement>('img[src="data:,"]')!;
    await new Promise((resolve) => img.addEventListener("error", resolve, { once: true }));
    return w.injected === true;
  });
  expect(ran).toBe(false);
});

test("markup in the data shows as those characters, in the pane and in the cells", async () => {
  const markup = "<img src=x onerror=alert(1)>";
  const file = newQuarterFile();
  file.sources[0]!.title = markup;
  file.notes[0]!.titleEn = markup;
  file.parks[0]!.nameEn = markup;
  publish(file);
  const { page, problems } = await openPane();
  await headline(page, /^Updated to dataset 2024Q2\.1/);
  const sources = page.locator("#sources");
  expect(await sources.locator("img").count()).toBe(0);
  // The source's title and the note's title.
  expect((await sources.innerText()).split(markup)).toHaveLength(3);

  await page.evaluate(() => (window as unknown as StandInWindow).__standIn.select("Sheet1", "K1"));
  await page.click("#insert-parks");
  await statusText(page, /inserted/i);
  const names = await page.evaluate(() =>
    (window as unknown as StandInWindow).__standIn.grid("Sheet1", "K2", 3, 1).flat(),
  );
  expect(names).toContain(markup);
  expect(problems).toEqual([]);
  await page.close();
});

test("in an Excel without ExcelApi 1.7, the ribbon's Refresh data updates the formulas, says why the tables were not, and opens the pane", async () => {
  publish(newQuarterFile());
  const { page, problems } = await openPane({ missingSets: ["ExcelApi 1.7"] });
  await headline(page, /^Updated to dataset 2024Q2\.1/);
  const q1 = await page.evaluate(() =>
    (window as unknown as StandInWindow).__standIn.stream("EXPORTS", [
      [["NEV"]],
      [["2024Q1"]],
      null,
    ]),
  );
  expect(await lastResult(page, q1)).toEqual([[70]]);

  publish(revisedFile());
  await page.evaluate(() =>
    (window as unknown as StandInWindow).__standIn.runRibbonCommand("refreshData"),
  );
  await headline(page, /^Updated to dataset 2024Q2\.2/);
  expect(await lastResult(page, q1)).toEqual([[72]]);
  expect(await page.locator("#data-details").innerText()).toContain(
    "The tables and charts the add-in inserted were not updated: that needs Excel JavaScript API 1.7 (requirement set ExcelApi 1.7), which this version of Excel does not have. The ZIBO formulas show the new figures.",
  );
  await expect(
    page.evaluate(() => (window as unknown as StandInWindow).__standIn.taskpaneShown()),
  ).resolves.toBe(1);
  expect(problems).toEqual([]);
  await page.close();
});
