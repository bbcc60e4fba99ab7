/**
 * The data messages a reader meets, in the built pane in Chromium at 320 px, in both languages:
 * each says what happened, what data is in use and what to check, in the pane's own words; no
 * validator's, browser's or exception's text reaches any of them.
 */
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { paneStrings } from "../../src/taskpane/strings";
import { statusText, timesShown, type Pane } from "./support/pane";
import { serveAddIn } from "./support/served-add-in";

const ARTIFACTS = path.resolve(__dirname, "../../test-artifacts");
const DATASET = path.resolve(__dirname, "../../dist/data/zibo-new-three.json");
/** Words of a validator, a browser or an exception, in either language. */
const LIBRARY_TEXT =
  /discriminator|Invalid|Failed to fetch|无效输入|TypeError|NetworkError|expected|received|Error\b/;
/** The data in use, named by its version and as-of date. */
const IN_USE = /2024M05\.1.*2024-06-27/;

const addIn = serveAddIn();
let pane: Pane | undefined;

afterEach(async () => {
  await pane?.page.close();
  pane = undefined;
});

const feedUrl = () => `${addIn.server.url}data/zibo-new-three.json`;

/** The data state once no check is under way: its headline and detail lines. */
async function dataState(page: Page): Promise<{ headline: string; details: string[] }> {
  await page.locator("#refresh-data:enabled").waitFor();
  return {
    headline: (await page.locator("#data-headline").textContent()) ?? "",
    details: await page.locator("#data-details li").allTextContents(),
  };
}

async function shoot(page: Page, name: string): Promise<void> {
  mkdirSync(ARTIFACTS, { recursive: true });
  await page.screenshot({ path: path.join(ARTIFACTS, `${name}.png`), fullPage: true });
}

describe.each([
  ["en", "en-US"],
  ["zh", "zh-CN"],
] as const)("in %s at 320 px", (language, displayLanguage) => {
  const s = paneStrings(language);
  const open = async () => {
    pane = await addIn.openPane({ width: 320, displayLanguage });
    await pane.page
      .locator("#data-headline")
      .filter({ hasText: /2024-05-20/ })
      .waitFor();
    return pane.page;
  };

  test("a feed that is not a dataset: its first problem in words, and the data in use", async () => {
    const page = await open();
    await page.route(feedUrl(), (route) =>
      route.fulfill({ contentType: "application/json", body: JSON.stringify({ hello: "world" }) }),
    );
    await page.click("#refresh-data");
    const { headline, details } = await dataState(page);
    expect(headline).toMatch(IN_USE);
    expect(details[0]).toMatch(
      language === "en"
        ? /^line 1, column 1: format: should be 2 or 1: this is not a Zibo New Three dataset file$/
        : /^第 1 行第 1 列：format：应为 2 或 1：这不是淄博新三样的数据集文件$/,
    );
    expect([headline, ...details].join("\n")).not.toMatch(LIBRARY_TEXT);
    await expect(page.locator("#data-state").getAttribute("data-tone")).resolves.toBe("error");
    await shoot(page, `data-message-not-a-dataset-${language}-320`);
  });

  test("an unreachable feed: what to check and the data in use, said once", async () => {
    const page = await open();
    await page.route(feedUrl(), (route) => route.abort("internetdisconnected"));
    await page.click("#refresh-data");
    const { headline, details } = await dataState(page);
    expect(headline).toMatch(
      language === "en" ? /check the internet connection/ : /请检查网络连接/,
    );
    expect(headline).toMatch(IN_USE);
    expect([headline, ...details].join("\n")).not.toMatch(LIBRARY_TEXT);
    // Not the day the copy was saved: the data's own date only.
    expect(headline.match(/\d{4}-\d\d-\d\d/g)).toEqual(["2024-06-27"]);
    // Once, in one place: the message bar does not say it again.
    await expect(page.locator("#status").textContent()).resolves.toBe("");
    await shoot(page, `data-message-feed-unreachable-${language}-320`);
  });

  test("a feed address serving JSON that is not a dataset: not kept in the field, its problem said", async () => {
    const page = await open();
    const refusedUrl = `${addIn.server.url}not-a-dataset.json`;
    await page.route(refusedUrl, (route) =>
      route.fulfill({ contentType: "application/json", body: JSON.stringify({ hello: "world" }) }),
    );
    const input = page.locator("#feed-url");
    const inUse = await input.inputValue();
    await input.fill(refusedUrl);
    await page.click("#feed-save");
    // Beside the field, with focus on it, and nowhere else.
    const note = page.locator("#feed-url-note");
    await note.filter({ hasText: /format/ }).waitFor();
    const said = (await note.textContent()) ?? "";
    expect(said).toContain(refusedUrl);
    expect(said).toMatch(
      language === "en"
        ? /first problem: line 1, column 1: format: should be 2 or 1/
        : /第一个问题：第 1 行第 1 列：format：应为 2 或 1/,
    );
    expect(said).not.toMatch(LIBRARY_TEXT);
    await expect(timesShown(page, said)).resolves.toBe(1);
    await expect(
      page.locator("#feed-url").evaluate((e) => e === document.activeElement),
    ).resolves.toBe(true);
    await expect(input.inputValue()).resolves.toBe(inUse);
    await shoot(page, `data-message-feed-address-refused-${language}-320`);
  });

  test("an import that changes nothing says so, without a word of updated tables", async () => {
    const page = await open();
    await page.click("#insert-exports");
    await statusText(page, /ZiboExports/);
    await page.locator("#import-file").setInputFiles({
      name: "zibo-new-three.json",
      mimeType: "application/json",
      buffer: readFileSync(DATASET),
    });
    // The outcome with its details in the message bar, where the reader is; the data box keeps
    // saying the data in use.
    const said = await statusText(
      page,
      language === "en" ? /^Imported zibo-new-three\.json/ : /^已导入 zibo-new-three\.json/,
    );
    expect(said).toContain(language === "en" ? "No changes." : "没有变化。");
    const tablesUpdated = s.tablesUpdated({ names: "\u0000" }).split("\u0000")[0]!;
    expect(said).not.toContain(tablesUpdated);
    expect(said).not.toMatch(LIBRARY_TEXT);
    const headline = said.split(language === "en" ? ". " : "。")[0]!;
    await expect(timesShown(page, headline)).resolves.toBe(1);
    await expect(page.locator("#data-headline").textContent()).resolves.not.toContain(headline);
  });
});
