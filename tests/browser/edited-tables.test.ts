/**
 * The user's edits are kept, in the built pane in Chromium at 320 px, in both languages: a value
 * the user changed inside ZiboExports survives a refresh that adds a quarter; the pane names the
 * table and offers a fresh table beside it, or the current figures in its place.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { paneStrings } from "../../src/taskpane/strings";
import { bundledFile, newQuarterFile } from "../support/datasets";
import { statusText, type Pane } from "./support/pane";
import { serveAddIn } from "./support/served-add-in";
import type { StandInWindow } from "./support/stand-in-types";

const ARTIFACTS = path.resolve(__dirname, "../../test-artifacts");
const { openPane, publish } = serveAddIn({ hostCopy: true });
let pane: Pane | undefined;

afterEach(async () => {
  await pane?.page.close();
  pane = undefined;
});

/** A table's first column (the periods), read from the stand-in's workbook. */
const periods = (page: Page, name: string) =>
  page.evaluate((wanted) => {
    const s = (window as unknown as StandInWindow).__standIn;
    const table = s.tables().find((t) => t.name === wanted);
    if (!table) return null;
    const [quoted, range] = table.address.split("!");
    const sheet = quoted.replace(/^'(.*)'$/, "$1");
    const [first, last] = range.split(":");
    const rows = Number(last.replace(/\D+/g, "")) - Number(first.replace(/\D+/g, ""));
    const column = first.replace(/\d+/g, "");
    const top = Number(first.replace(/\D+/g, "")) + 1;
    return s.grid(sheet, `${column}${top}`, rows, 1).map((row) => String(row[0]));
  }, name);

/** A table's header row, read from the stand-in's workbook. */
const headers = (page: Page, name: string) =>
  page.evaluate((wanted) => {
    const s = (window as unknown as StandInWindow).__standIn;
    const table = s.tables().find((t) => t.name === wanted);
    if (!table) return null;
    const [quoted, range] = table.address.split("!");
    const [first, last] = range.split(":");
    const column = (a1: string) =>
      [...a1.replace(/\d+/g, "")].reduce((n, letter) => n * 26 + letter.charCodeAt(0) - 64, 0);
    const width = column(last) - column(first) + 1;
    return s.grid(quoted.replace(/^'(.*)'$/, "$1"), first, 1, width)[0]!.map(String);
  }, name);

const cell = (page: Page, a1: string) =>
  page.evaluate(
    (at) => (window as unknown as StandInWindow).__standIn.cell("Sheet1", at)?.value,
    a1,
  );

describe.each([
  ["en", "en-US"],
  ["zh", "zh-CN"],
] as const)("in %s at 320 px", (language, displayLanguage) => {
  const s = paneStrings(language);

  test("a value the user changed survives a refresh that adds a quarter; both actions", async () => {
    publish(bundledFile());
    pane = await openPane({ width: 320, displayLanguage });
    const { page } = pane;
    await page.locator("#refresh-data:enabled").waitFor();
    await page.evaluate(() =>
      (window as unknown as StandInWindow).__standIn.select("Sheet1", "B2"),
    );
    await page.click("#insert-exports");
    await statusText(page, /ZiboExports/);
    const before = await periods(page, "ZiboExports");
    // The user's own figure, inside the table (the first row's million-yuan column).
    await page.evaluate(() =>
      (window as unknown as StandInWindow).__standIn.setCell("Sheet1", "G3", 12345),
    );

    publish(newQuarterFile());
    await page.click("#refresh-data");
    const named = s.tableEditedByUser({ name: "ZiboExports" });
    await page.locator("#data-details").filter({ hasText: named }).waitFor();
    expect(await cell(page, "G3")).toBe(12345);
    expect(await periods(page, "ZiboExports")).toEqual(before);
    expect(await page.locator("#data-details").innerText()).not.toContain(
      s.tablesUpdated({ names: "ZiboExports" }),
    );
    await expect(page.locator("#edited-replace").innerText()).resolves.toBe(s.editedReplace);
    await expect(page.locator("#edited-beside").innerText()).resolves.toBe(s.editedBeside);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({
      path: path.join(ARTIFACTS, `edited-table-kept-${language}-320.png`),
      fullPage: true,
    });

    // A fresh table beside it, with the new quarter; the user's table untouched.
    await page.click("#edited-beside");
    await statusText(page, /ZiboExports2/);
    expect(await periods(page, "ZiboExports2")).toContain("2024Q2");
    expect(await cell(page, "G3")).toBe(12345);

    // Replaced on request: the current figures, and the offer withdrawn.
    await page.click("#edited-replace");
    await page.locator("#edited-actions").waitFor({ state: "hidden" });
    expect(await periods(page, "ZiboExports")).toContain("2024Q2");
    expect(await cell(page, "G3")).not.toBe(12345);
    expect(pane.problems).toEqual([]);
  });

  test("a fresh copy of a table in 亿元 is in 亿元 too", async () => {
    publish(bundledFile());
    pane = await openPane({ width: 320, displayLanguage });
    const { page } = pane;
    await page.locator("#refresh-data:enabled").waitFor();
    await page.getByRole("checkbox", { name: s.insertIn100m }).check();
    await page.evaluate(() =>
      (window as unknown as StandInWindow).__standIn.select("Sheet1", "B2"),
    );
    await page.click("#insert-exports");
    await statusText(page, /ZiboExports/);
    const inserted = await headers(page, "ZiboExports");
    expect(inserted?.some((h) => /100 million yuan|亿元/.test(h))).toBe(true);
    await page.evaluate(() =>
      (window as unknown as StandInWindow).__standIn.setCell("Sheet1", "G3", 12345),
    );
    // The option is unticked meanwhile: the copy follows the table, not today's choice.
    await page.getByRole("checkbox", { name: s.insertIn100m }).uncheck();

    publish(newQuarterFile());
    await page.click("#refresh-data");
    await page.locator("#edited-beside").waitFor();
    await page.click("#edited-beside");
    await statusText(page, /ZiboExports2/);
    expect(await headers(page, "ZiboExports2")).toEqual(inserted);
    expect(pane.problems).toEqual([]);
  });
});
