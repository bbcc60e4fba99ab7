/**
 * What is published (数据目录) in the built pane at 320 px, in both languages: drawn on first
 * opening, searched by any name, each entry or whole series written at the selected cell.
 * Run `npm run build:local` first (`npm test` does).
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { statusText, type Pane } from "./support/pane";
import { serveAddIn } from "./support/served-add-in";
import type { StandInWindow } from "./support/stand-in-types";

const ARTIFACTS = path.resolve(__dirname, "../../test-artifacts");
const { openPane } = serveAddIn();

const formulaIn = (page: Page, a1: string) =>
  page.evaluate(
    (cell) => (window as unknown as StandInWindow).__standIn.cell("Sheet1", cell)?.formula,
    a1,
  );
const select = (page: Page, a1: string) =>
  page.evaluate(
    (cell) => (window as unknown as StandInWindow).__standIn.select("Sheet1", cell),
    a1,
  );
const sideways = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);
/** The groups shown, by their headings. */
const groups = (page: Page) => page.locator("#catalogue h3").allTextContents();

describe("What is published, at 320 px", () => {
  let pane: Pane;
  afterEach(async () => {
    await pane?.page.close();
  });

  test("drawn on first opening; searched by region, category and year; an entry writes its formula", async () => {
    pane = await openPane({ width: 320, height: 720, asOpened: true });
    const { page } = pane;
    await expect(page.locator("#catalogue").textContent()).resolves.toBe("");
    await page.getByText("What is published").click();
    const search = page.getByLabel(/^Search what is published/);
    await search.waitFor();
    // Newest first, Zibo first; each entry marked.
    await expect(groups(page).then((g) => g[0])).resolves.toMatch(/^Zibo · "New three"/);
    await expect(
      page
        .getByRole("button", { name: /: Shandong province, "New three"/ })
        .first()
        .textContent(),
    ).resolves.toMatch(/ · growth rate only, scoped$/);
    expect(await sideways(page)).toBe(0);

    await search.fill("China 2023");
    await expect(groups(page)).resolves.toEqual(
      expect.arrayContaining([expect.stringMatching(/^China · /)]),
    );
    expect((await groups(page)).every((g) => g.startsWith("China · "))).toBe(true);

    // From the keyboard: the search, then its first entry.
    await search.fill("zibo new energy vehicles 2024");
    await expect(page.locator("#catalogue [aria-live]").textContent()).resolves.toMatch(
      /^\d+ entr(y|ies) shown\.$/,
    );
    await select(page, "C3");
    await search.focus();
    await page.keyboard.press("Tab");
    await page.keyboard.press("Enter");
    await expect(statusText(page, /Wrote/)).resolves.toBe(
      'Wrote =ZIBO.EXPORTS("NEV","2024Q1") in Sheet1!C3.',
    );
    await expect(formulaIn(page, "C3")).resolves.toBe('=ZIBO.EXPORTS("NEV","2024Q1")');

    // A region's whole series, in the form its entries have.
    await search.fill("山东 锂电池");
    await select(page, "E2");
    await page.getByRole("button", { name: /^Write the whole series: Shandong/ }).click();
    await expect(statusText(page, /Wrote/)).resolves.toBe(
      'Wrote =ZIBO.SERIES("LIB",,,,"growth","Shandong") in Sheet1!E2.',
    );
    expect(await sideways(page)).toBe(0);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, "catalogue-320.png"), fullPage: true });
    expect(pane.problems).toEqual([]);
  });

  test("in an Excel that cannot write formulas, the entries stay in reach but unavailable, and say why", async () => {
    pane = await openPane({
      width: 320,
      height: 720,
      asOpened: true,
      missingSets: ["ExcelApi 1.1"],
    });
    const { page } = pane;
    await page.getByText("What is published").click();
    await page.getByLabel(/^Search what is published/).fill("zibo 2024");
    const entries = page.locator("#catalogue button");
    await entries.first().waitFor();
    const marks = await entries.evaluateAll((buttons) =>
      buttons.map((b) => [b.getAttribute("aria-disabled"), b.getAttribute("aria-describedby")]),
    );
    expect(marks.length).toBeGreaterThan(1);
    expect(
      marks.every(([disabled, note]) => disabled === "true" && note === "catalogue-unavailable"),
    ).toBe(true);
    await expect(page.locator("#catalogue-unavailable").innerText()).resolves.toContain(
      "Excel JavaScript API 1.1",
    );
    await select(page, "C3");
    // A mouse still reaches an aria-disabled button; Playwright waits for it unless forced.
    await entries.first().click({ force: true });
    await expect(statusText(page, /Could not/)).resolves.toMatch(
      /Not available in this version of Excel: it needs Excel JavaScript API 1\.1/,
    );
    await expect(formulaIn(page, "C3")).resolves.toBeUndefined();
    expect(pane.problems).toEqual([]);
  });

  test("entries drawn while a write is under way wait for it, as every workbook control does", async () => {
    pane = await openPane({ width: 320, height: 720, asOpened: true });
    const { page } = pane;
    await page.getByText("What is published").click();
    const search = page.getByLabel(/^Search what is published/);
    await search.fill("zibo 2024");
    const entries = page.locator("#catalogue button");
    await select(page, "C3");
    await page.evaluate(() => (window as unknown as StandInWindow).__standIn.holdSyncs());
    await entries.first().click();
    await page.waitForFunction(
      () => (window as unknown as StandInWindow).__standIn.heldSyncs() > 0,
    );
    // A search draws new entries: they wait too.
    await search.fill("China 2023");
    await expect(groups(page)).resolves.toEqual(
      expect.arrayContaining([expect.stringMatching(/^China · /)]),
    );
    const waiting = await entries.evaluateAll((buttons) =>
      buttons.map((b) => (b as HTMLButtonElement).disabled),
    );
    expect(waiting.length).toBeGreaterThan(0);
    expect(waiting.every(Boolean)).toBe(true);
    await page.evaluate(() => (window as unknown as StandInWindow).__standIn.releaseSyncs());
    await statusText(page, /Wrote/);
    await expect(entries.first().isEnabled()).resolves.toBe(true);
    expect(pane.problems).toEqual([]);
  });

  test("in Chinese: 数据目录, searched in Chinese, entries named in Chinese", async () => {
    pane = await openPane({ width: 320, height: 720, asOpened: true, displayLanguage: "zh-CN" });
    const { page } = pane;
    await page.getByText("数据目录").click();
    const search = page.getByLabel(/^搜索已发布/);
    await search.fill("山东 锂电池");
    await expect(groups(page)).resolves.toEqual(["山东 · 锂电池"]);
    await expect(page.locator("#catalogue li button").allTextContents()).resolves.toEqual([
      expect.stringMatching(/ · 仅有增速$/),
      expect.stringMatching(/ · 仅有增速$/),
    ]);
    // By a mark, as the pane says it.
    await search.fill("推算值");
    const derived = await page.locator("#catalogue li button").allTextContents();
    expect(derived.length).toBeGreaterThan(0);
    expect(derived.every((text) => text.includes("推算值"))).toBe(true);
    await search.fill("淄博 2024");
    await select(page, "B2");
    await page.locator("#catalogue li button").first().click();
    await expect(statusText(page, /写入/)).resolves.toMatch(/^已在 Sheet1!B2 写入 =ZIBO\./);
    expect(await sideways(page)).toBe(0);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, "catalogue-320-zh.png"), fullPage: true });
    expect(pane.problems).toEqual([]);
  });
});
