/**
 * Data → Paste a release in the built pane, at 320 px, in English and in Chinese: the text in,
 * the figures found listed with their sentences, the ticked ones imported as the user's own.
 * Run `npm run build:local` first.
 */
import { existsSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { launchChromium } from "./support/chromium";
import {
  openPane as openPaneFrom,
  statusText,
  timesShown,
  type Pane,
  type PaneOptions,
} from "./support/pane";
import { serveFolder, type StaticServer } from "./support/static-server";

const DIST = path.resolve(__dirname, "../../dist");

let server: StaticServer;
let browser: Browser;

beforeAll(async () => {
  if (!existsSync(path.join(DIST, "taskpane.html"))) {
    throw new Error(
      "dist/taskpane.html is missing: run `npm run build:local` before the browser tests.",
    );
  }
  server = await serveFolder(DIST);
  browser = await launchChromium();
});

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

const openPane = (options?: PaneOptions) => openPaneFrom(browser, server, options);

const RELEASE = [
  "淄博海关发布上半年外贸数据",
  "上半年，淄博市“新三样”产品出口1.2亿元，同比增长50%，其中新能源汽车出口0.9亿元，锂电池出口增长30%。",
  "预计全年“新三样”出口有望突破3亿元。",
  "同期，全市锂电池进口0.5亿元。",
].join("\n");

/** Whether anything in the pane is wider than the pane (a reader would have to scroll sideways). */
function overflows(page: Page): Promise<boolean> {
  return page.evaluate(() => document.documentElement.scrollWidth > window.innerWidth);
}

describe("Paste a release", () => {
  let pane: Pane;
  afterEach(async () => {
    await pane?.page.close();
  });

  test("finds the figures, lists them to tick, and imports the ticked ones (English, 320 px)", async () => {
    pane = await openPane({ width: 320 });
    const { page } = pane;
    const loaded: string[] = [];
    page.on("request", (r) => loaded.push(r.url()));
    // The form and the release reader are not part of the start.
    expect(await page.evaluate(() => document.getElementById("paste-release-text"))).toBeNull();

    await page.getByRole("button", { name: "Paste a release" }).click();
    await page.getByLabel("Release text").fill(RELEASE);
    await page.getByLabel("Published on").fill("2024-07-20");
    await page.getByRole("button", { name: "Find figures" }).click();
    expect(loaded.some((url) => /paste-release/.test(url))).toBe(true);

    await expect(page.locator("#paste-release-summary").textContent()).resolves.toBe(
      "3 figures found",
    );
    const items = page.locator("#paste-release-figures li");
    await expect(items.count()).resolves.toBe(3);
    const first = (await items.nth(0).textContent()) ?? "";
    expect(first).toContain("Zibo · ");
    expect(first).toContain("first half of 2024");
    expect(first).toContain("120 million yuan, year on year +50 %");
    expect(first).toContain("上半年，淄博市“新三样”产品出口1.2亿元");
    await expect(items.nth(1).textContent()).resolves.toContain("New energy vehicles");
    await expect(items.nth(2).textContent()).resolves.toContain("Lithium-ion batteries");
    await expect(items.nth(2).textContent()).resolves.toContain("year on year +30 %");
    // What was not taken, with why.
    const notTaken = page.locator("#paste-release-not-taken");
    await notTaken.locator("summary").click();
    const reasons = (await notTaken.textContent()) ?? "";
    expect(reasons).toContain("2 numbers not taken");
    expect(reasons).toContain("3亿元: a forecast or a goal, not a published figure");
    expect(reasons).toContain("0.5亿元: imports, not exports");
    expect(await overflows(page)).toBe(false);

    // Without the page's address nothing is imported, and the pane says why.
    await page.locator("#paste-release-figures input").nth(2).uncheck();
    await page.getByRole("button", { name: "Import ticked" }).click();
    await statusText(page, /Give the address of the page/);
    await expect(page.getByLabel("Address of the page").getAttribute("aria-invalid")).resolves.toBe(
      "true",
    );

    await page.getByLabel("Address of the page").fill("https://zibo.example.gov.cn/2024h1");
    await page.getByRole("button", { name: "Import ticked" }).click();
    // Its outcome once, in the message bar: the data box does not say it again.
    const said = await statusText(page, /Imported pasted release text/);
    await expect(timesShown(page, said.split(". ")[0]!)).resolves.toBe(1);
    await expect(page.locator("#imported-note").textContent()).resolves.toContain(
      "Imported figures in use:",
    );
    await expect(page.locator("#imported-note").textContent()).resolves.toMatch(
      /pasted release text/i,
    );
    await expect(page.locator("#latest-heading").textContent()).resolves.toBe(
      "Latest figures: 2024H1",
    );
    // The unticked lithium battery rate was not imported.
    const latest = (await page.locator("#latest-figures").textContent()) ?? "";
    expect(latest).toContain("NEV · New energy vehicles90 million yuan");
    expect(latest).not.toContain("+30 %");
    expect(await overflows(page)).toBe(false);
    expect(pane.problems).toEqual([]);
  });

  test("reads the same in Chinese, and keeps the list through a language switch (320 px)", async () => {
    pane = await openPane({ width: 320, displayLanguage: "zh-CN" });
    const { page } = pane;
    await page.getByRole("button", { name: "粘贴发布稿" }).click();
    await page.getByLabel("发布稿文字").fill(RELEASE);
    await page.getByLabel("发布日期").fill("2024-07-20");
    await page.getByRole("button", { name: "查找数据" }).click();
    await expect(page.locator("#paste-release-summary").textContent()).resolves.toBe(
      "找到 3 项数据",
    );
    const first = (await page.locator("#paste-release-figures li").nth(0).textContent()) ?? "";
    expect(first).toContain("淄博新三样，2024年上半年");
    expect(first).toContain("120 百万元，同比 +50%");
    const notTaken = page.locator("#paste-release-not-taken");
    await notTaken.locator("summary").click();
    await expect(notTaken.textContent()).resolves.toContain("3亿元：预测或目标，不是已公布的数据");
    expect(await overflows(page)).toBe(false);

    await page.locator("#paste-release-figures input").nth(1).uncheck();
    await page.locator("#language-select").selectOption("en");
    await expect(page.locator("#paste-release-summary").textContent()).resolves.toBe(
      "3 figures found",
    );
    await expect(page.locator("#paste-release-figures input").nth(1).isChecked()).resolves.toBe(
      false,
    );
    await page.locator("#language-select").selectOption("zh");
    await page.getByLabel("网页地址").fill("https://zibo.example.gov.cn/2024h1");
    await page.getByRole("button", { name: "导入已勾选" }).click();
    await statusText(page, /粘贴的发布稿文字/);
    expect(await overflows(page)).toBe(false);
    expect(pane.problems).toEqual([]);
  });
});
