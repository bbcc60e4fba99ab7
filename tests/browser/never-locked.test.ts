/**
 * Data work never locks the pane, in the built pane in Chromium at 320 px, in both languages: while
 * the feed or the data code is awaited, only the controls that start data work wait; Insert works
 * at once from the data in use. A data script that never arrives ends within the feed's 15 s with
 * a message in the reader's words, and the next Refresh asks for it again.
 */
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { formatDataMessage, dataMessage } from "../../src/core";
import { paneStrings } from "../../src/taskpane/strings";
import { statusText, type Pane } from "./support/pane";
import { serveAddIn } from "./support/served-add-in";

const ARTIFACTS = path.resolve(__dirname, "../../test-artifacts");
const FEED = "data/zibo-new-three.json";
const DATA_SCRIPT = "data-service.js";
/** What starts data work, and what does not. */
const DATA_CONTROLS = ["#refresh-data", "#import-file", "#feed-url", "#feed-save", "#feed-reset"];
const OTHER_CONTROLS = ["#insert-exports", "#insert-parks", "#insert-context"];

const { openPane } = serveAddIn();
let pane: Pane | undefined;

afterEach(async () => {
  pane?.release();
  await pane?.page.close();
  pane = undefined;
});

const disabled = (page: Page, ids: string[]) =>
  page.evaluate(
    (wanted) => wanted.map((id) => (document.querySelector(id) as HTMLInputElement).disabled),
    ids,
  );

/** The data controls wait (the start-up check is under way): its state box is marked busy. */
const dataWorkUnderWay = (page: Page) =>
  page.waitForFunction(
    () => document.getElementById("data-state")?.getAttribute("aria-busy") === "true",
  );

describe.each([
  ["en", "en-US"],
  ["zh", "zh-CN"],
] as const)("in %s at 320 px", (language, displayLanguage) => {
  const s = paneStrings(language);

  test("a feed held at start-up: Insert works at once, only the data controls wait", async () => {
    pane = await openPane({ width: 320, displayLanguage, held: [FEED] });
    const { page } = pane;
    await dataWorkUnderWay(page);
    expect(await disabled(page, DATA_CONTROLS)).toEqual(DATA_CONTROLS.map(() => true));
    expect(await disabled(page, OTHER_CONTROLS)).toEqual(OTHER_CONTROLS.map(() => false));

    await page.click("#insert-exports");
    await statusText(page, /ZiboExports/);
    // The feed is still held: the insert did not wait for it.
    expect(await page.locator("#data-headline").textContent()).toBe(s.checkingFeed);
    expect(await disabled(page, DATA_CONTROLS)).toEqual(DATA_CONTROLS.map(() => true));
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({
      path: path.join(ARTIFACTS, `never-locked-feed-held-${language}-320.png`),
      fullPage: true,
    });

    pane.release();
    await page.locator("#refresh-data:enabled").waitFor();
    expect(await disabled(page, DATA_CONTROLS)).toEqual(DATA_CONTROLS.map(() => false));
    expect(pane.problems).toEqual([]);
  });

  test("a data script that never arrives: usable again after 15 s of the page's time, Refresh asks again", async () => {
    pane = await openPane({ width: 320, displayLanguage, held: [DATA_SCRIPT], fakeClock: true });
    const { page } = pane;
    await dataWorkUnderWay(page);
    await page.click("#insert-parks");
    await statusText(page, /ZiboParks/);

    // The page's clock, moved on by the script's whole limit: no test waits 15 s.
    await page.clock.runFor(15_000);
    await page.locator("#refresh-data:enabled").waitFor();
    const words = formatDataMessage(dataMessage("serviceNotLoaded", {}), language);
    await page.locator("#data-headline").filter({ hasText: words }).waitFor();
    const headline = (await page.locator("#data-headline").textContent()) ?? "";
    expect(headline).not.toMatch(/chunk|Loading|\.js|Error/i);
    expect(await disabled(page, DATA_CONTROLS)).toEqual(DATA_CONTROLS.map(() => false));
    await page.screenshot({
      path: path.join(ARTIFACTS, `never-locked-script-missing-${language}-320.png`),
      fullPage: true,
    });

    // The script arrives now: the next Refresh asks for it again and checks the feed (the clock
    // runs again, as the data code's own turns need it).
    await page.clock.resume();
    pane.release();
    await page.click("#refresh-data");
    await page
      .locator("#data-headline")
      .filter({ hasNotText: words })
      .filter({ hasNotText: s.checkingFeed })
      .waitFor();
    await page.locator("#refresh-data:enabled").waitFor();
  });
});
