/**
 * The redesigned pane in Chromium at task-pane widths, in both languages: the answer first, folded
 * sections, no horizontal scrolling and a short page; states that end (progress, loading, a feed
 * address that fails); focus and language switches that keep the reader's place; imports disclosed
 * and undone only after a confirmation. Run `npm run build` first.
 */
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { paneStrings } from "../../src/taskpane/strings";
import { noteText, statusText, timesShown, type Pane } from "./support/pane";
import { serveAddIn } from "./support/served-add-in";
import type { StandInWindow } from "./support/stand-in-types";

const ROOT = path.resolve(__dirname, "../..");
const ARTIFACTS = path.join(ROOT, "test-artifacts");
const OFFICE_CDN = "https://appsforoffice.microsoft.com/";
/** Today's pane was about 3,700 px tall at 320 px; as it opens now it must fit in far less. */
const MAX_HEIGHT_AT_320 = 1200;

const addIn = serveAddIn();
const { openPane } = addIn;
const standIn = (page: Page) =>
  page.evaluate(() => Boolean((window as unknown as StandInWindow).__standIn));
const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

let pane: Pane | undefined;
afterEach(async () => {
  await pane?.page.close();
  pane = undefined;
});

describe.each([
  ["en", "en-US"],
  ["zh", "zh-CN"],
] as const)("the pane in %s", (language, displayLanguage) => {
  const s = paneStrings(language);

  test.each([320, 500])(
    "at %i px: the newest figures first, sections folded, no horizontal scrolling; screenshots saved",
    async (width) => {
      pane = await openPane({ width, height: 720, displayLanguage, asOpened: true });
      const { page } = pane;
      expect(await standIn(page)).toBe(true);
      // The answer first: the newest quarter, each figure with its kind, and how fresh it is.
      await expect(page.locator("#latest-heading").textContent()).resolves.toBe(
        s.latestHeading({ period: "2024Q1" }),
      );
      const figures = await page.locator("#latest-figures dd").allTextContents();
      expect(figures).toHaveLength(3);
      expect(figures[0]).toContain(s.latestValue({ value: "80", kind: s.table.kind.reported }));
      expect(figures[2]).toContain(s.latestValue({ value: "10", kind: s.table.kind.derived }));
      await page
        .locator("#data-headline")
        .filter({ hasText: /2024-05-20/ })
        .waitFor();
      // Only the first section is open; every other one is a header that unfolds.
      await expect(page.locator("details[open]").count()).resolves.toBe(1);
      await expect(page.locator("details:not([open])").count()).resolves.toBe(6);
      expect(await horizontalOverflow(page)).toBe(0);
      const height = await page.evaluate(() => document.documentElement.scrollHeight);
      if (width === 320) expect(height).toBeLessThan(MAX_HEIGHT_AT_320);
      // Words break between words, never inside one.
      const wraps = await page.evaluate(() =>
        [...document.querySelectorAll("button, h1, h2, label, dt, dd")].map(
          (e) => getComputedStyle(e).overflowWrap,
        ),
      );
      expect(new Set(wraps)).toEqual(new Set(["normal"]));
      if (width === 500) {
        // Buttons as wide as their words, not stretched across the pane.
        const [button, pane500] = await page.evaluate(() => [
          document.getElementById("insert-parks")!.getBoundingClientRect().width,
          document.getElementById("main")!.getBoundingClientRect().width,
        ]);
        expect(button).toBeLessThan(pane500 * 0.8);
      }
      mkdirSync(ARTIFACTS, { recursive: true });
      const file = path.join(ARTIFACTS, `pane-${width}-${language}.png`);
      await page.screenshot({ path: file });
      await page.screenshot({
        path: path.join(ARTIFACTS, `pane-${width}-${language}-full.png`),
        fullPage: true,
      });
      expect(readFileSync(file).subarray(1, 4).toString()).toBe("PNG");

      // Every section open: still no horizontal scrolling.
      const closed = page.locator("details:not([open]) > summary");
      while ((await closed.count()) > 0) await closed.first().click();
      expect(await horizontalOverflow(page)).toBe(0);
      await page.screenshot({
        path: path.join(ARTIFACTS, `pane-${width}-${language}-open.png`),
        fullPage: true,
      });
      expect(pane.problems).toEqual([]);
    },
  );

  test("Refresh ends in its outcome, never in 'Checking…', said once beside it", async () => {
    pane = await openPane({ displayLanguage });
    const { page } = pane;
    await page
      .locator("#data-headline")
      .filter({ hasText: /2024-05-20/ })
      .waitFor();
    await page.locator("#refresh-data").click();
    await page.locator("#refresh-data:enabled").waitFor();
    const outcome = (await page.locator("#data-headline").textContent()) ?? "";
    expect(outcome).toMatch(/2024-05-20/);
    expect(outcome).not.toContain(s.checkingFeed);
    await expect(page.locator("#data-state").getAttribute("data-tone")).resolves.toBe("success");
    // Not said a second time in the message bar.
    await expect(page.locator("#status").textContent()).resolves.toBe("");
    await expect(page.locator("#message-bar").isVisible()).resolves.toBe(false);
  });

  test("a file too large is refused as an error, not shown as progress", async () => {
    pane = await openPane({ displayLanguage });
    const { page } = pane;
    await page.locator("#import-file").setInputFiles({
      name: "big.csv",
      mimeType: "text/csv",
      buffer: Buffer.alloc(2 * 1_048_576 + 10, "a"),
    });
    const text = s.importTooLarge({ name: "big.csv", limit: "2 MB" });
    await expect(statusText(page, /big\.csv/)).resolves.toBe(text);
    await expect(page.locator("#status").getAttribute("data-kind")).resolves.toBe("error");
    // Said once: the data box goes on saying the data in use.
    await expect(timesShown(page, text)).resolves.toBe(1);
    await expect(page.locator("#data-state").getAttribute("data-tone")).resolves.not.toBe("error");
  });

  test("a feed address is checked before it is saved; a failing one keeps the previous address", async () => {
    pane = await openPane({ displayLanguage });
    const { page } = pane;
    const input = page.locator("#feed-url");
    const before = await input.inputValue();

    // Empty: the pane's own words, not the browser's bubble.
    await input.fill("");
    await page.locator("#feed-save").click();
    // A field's error: beside the field, with focus on it, and not again in the message bar.
    await expect(noteText(page, new RegExp(escape(s.feedUrlRequired)))).resolves.toBe(
      s.feedUrlRequired,
    );
    await expect(input.getAttribute("aria-invalid")).resolves.toBe("true");
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("feed-url");
    await expect(timesShown(page, s.feedUrlRequired)).resolves.toBe(1);

    // An address that answers 404 is not saved, and does not stay in the field as if it were.
    const missing = `${addIn.server.url}no-such-feed.json`;
    await input.fill(missing);
    await page.locator("#feed-save").click();
    const refused = await noteText(page, /404/);
    expect(refused).toBe(
      s.feedUrlKept({
        url: missing,
        reason: language === "zh" ? "数据源返回 HTTP 404。" : "The feed answered HTTP 404.",
      }),
    );
    await expect(timesShown(page, refused)).resolves.toBe(1);
    await expect(input.inputValue()).resolves.toBe(before);
    await expect(input.getAttribute("aria-invalid")).resolves.toBeNull();

    // After a reload the previous (default) address is still the one in use.
    await page.reload();
    await page.waitForFunction(() => document.getElementById("feed-url") !== null);
    await page
      .locator("#data-headline")
      .filter({ hasText: /2024-05-20/ })
      .waitFor();
    await expect(page.locator("#feed-url").inputValue()).resolves.toBe(before);
  });

  test("a page that is not a dataset is not saved as the feed address", async () => {
    pane = await openPane({ displayLanguage });
    const { page } = pane;
    await page.locator("#feed-url").fill(`${addIn.server.url}taskpane.css`);
    await page.locator("#feed-save").click();
    const refused = await noteText(page, /text\/css/);
    const url = `${addIn.server.url}taskpane.css`;
    const [before, after] = s.feedUrlKept({ url, reason: "\u0000" }).split("\u0000");
    expect(refused.startsWith(before!)).toBe(true);
    expect(refused.endsWith(after!)).toBe(true);
    await expect(timesShown(page, refused)).resolves.toBe(1);
  });
});

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");
}

describe("loading", () => {
  test.each([
    ["en-US", "en"],
    ["zh-CN", "zh"],
  ] as const)(
    "when the add-in's data code cannot be fetched (%s), start-up ends saying so, the figures stay, and Refresh tries again",
    async (displayLanguage, language) => {
      const s = paneStrings(language);
      pane = await openPane({ displayLanguage, unreachable: ["data-service.js"] });
      const { page } = pane;
      const headline = page.locator("#data-headline");
      const notLoaded =
        language === "en" ? /could not load its data code/ : /未能及时从其服务器加载数据功能/;
      await headline.filter({ hasText: notLoaded }).waitFor();
      await expect(page.locator("#data-state").getAttribute("data-tone")).resolves.not.toBe(
        "progress",
      );
      await expect(page.locator("#latest-heading").textContent()).resolves.toBe(
        s.latestHeading({ period: "2024Q1" }),
      );
      await expect(page.locator("#feed-url-note").textContent()).resolves.toMatch(notLoaded);

      await page.unroute(`${addIn.server.url}data-service.js`);
      await page.locator("#refresh-data").click();
      await headline
        .filter({ hasText: /2024-05-20/ })
        .filter({ hasNotText: notLoaded })
        .waitFor();
      await expect(page.locator("#data-state").getAttribute("data-tone")).resolves.toBe("success");
      // The feed address, unknown until then, is shown again with its note.
      await page.locator("#feed-url-note").filter({ hasNotText: notLoaded }).waitFor();
      await expect(page.locator("#feed-url").inputValue()).resolves.toMatch(
        /data\/zibo-new-three\.json$/,
      );
    },
  );

  test("a folded section whose code cannot be fetched folds again saying so, and its next opening draws it", async () => {
    pane = await openPane({ asOpened: true, unreachable: ["folded-sections.js"] });
    const { page } = pane;
    const s = paneStrings("en");
    const section = page.locator("#sources-section");
    await page.locator("#sources-section > summary").click();
    await statusText(page, new RegExp(escape(s.sectionNotLoaded)));
    await expect(section.getAttribute("open")).resolves.toBeNull();
    await expect(page.locator("#sources a").count()).resolves.toBe(0);

    await page.unroute(`${addIn.server.url}folded-sections.js`);
    await page.locator("#sources-section > summary").click();
    await page.locator("#sources a").first().waitFor();
    await expect(section.getAttribute("open")).resolves.toBe("");
    await expect(section.getAttribute("aria-busy")).resolves.toBeNull();
  });

  test("the page itself says Loading… in both languages, with no script run and no blank buttons", async () => {
    const context = await addIn.browser.newContext({ javaScriptEnabled: false });
    const page = await context.newPage();
    await page.route(
      (url) => !url.href.startsWith(addIn.server.url),
      (route) => route.abort(),
    );
    await page.goto(`${addIn.server.url}taskpane.html`);
    await expect(page.locator("#boot-headline").innerText()).resolves.toBe("Loading… 正在加载…");
    await expect(page.locator("#app").isVisible()).resolves.toBe(false);
    await expect(page.getByRole("button").count()).resolves.toBe(0);
    await context.close();
  });

  test.each([
    ["en-US", "en"],
    ["zh-CN", "zh"],
  ] as const)(
    "when office.js never arrives (browser in %s), the pane says Office did not load and what to check",
    async (locale, language) => {
      const s = paneStrings(language);
      const context = await addIn.browser.newContext({
        locale,
        viewport: { width: 320, height: 720 },
      });
      const page = await context.newPage();
      await page.route(
        (url) => !url.href.startsWith(addIn.server.url),
        (route) => route.abort(),
      );
      await page.goto(`${addIn.server.url}taskpane.html`);
      await page.locator("#boot-headline").filter({ hasText: s.officeDidNotLoad }).waitFor();
      await expect(page.locator("#boot-checks li").allTextContents()).resolves.toEqual([
        ...s.officeChecks,
      ]);
      await expect(page.locator("#app").isVisible()).resolves.toBe(false);
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.screenshot({ path: path.join(ARTIFACTS, `office-did-not-load-${language}.png`) });
      await context.close();
    },
  );

  test("when Office never answers, the pane stops saying Loading…, shows itself and says Excel has not connected", async () => {
    const s = paneStrings("en");
    const context = await addIn.browser.newContext({ viewport: { width: 320, height: 720 } });
    const page = await context.newPage();
    await page.clock.install();
    // office.js arrives but Office never becomes ready (as on a desktop that cannot start it).
    await page.route(
      (url) => !url.href.startsWith(addIn.server.url),
      (route) =>
        route.request().url().startsWith(OFFICE_CDN)
          ? route.fulfill({
              contentType: "text/javascript",
              body: "window.Office = { onReady: () => new Promise(() => {}) }; window.CustomFunctions = { associate() {} };",
            })
          : route.abort(),
    );
    await page.goto(`${addIn.server.url}taskpane.html`);
    await expect(page.locator("#boot-headline").textContent()).resolves.toBe(s.loading);
    await page.clock.fastForward(25_000);
    await page.getByRole("status").filter({ hasText: s.statusOfficeSilent }).waitFor();
    await expect(page.locator("#boot").count()).resolves.toBe(0);
    await expect(page.locator("#insert-exports").isDisabled()).resolves.toBe(true);
    // The catalogue's entries, drawn on its first opening, cannot write either.
    await page.getByText("What is published").click();
    const entries = page.locator("#catalogue button");
    await entries.first().waitFor();
    const disabled = await entries.evaluateAll((buttons) =>
      buttons.map((b) => (b as HTMLButtonElement).disabled),
    );
    expect(disabled.length).toBeGreaterThan(1);
    expect(disabled.every(Boolean)).toBe(true);
    await context.close();
  });
});

describe("places and words kept", () => {
  test("after Insert on a new worksheet, focus returns to the insert that was chosen", async () => {
    pane = await openPane();
    const { page } = pane;
    await page.evaluate(() => {
      const s = (window as unknown as StandInWindow).__standIn;
      s.setCell("Sheet1", "B3", "taken");
      s.select("Sheet1", "B2");
    });
    await page.locator("#insert-parks").click();
    await statusText(page, /not empty/);
    await page.getByRole("button", { name: "Insert on a new worksheet" }).click();
    await statusText(page, /new worksheet/);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("insert-parks");
  });

  test("a language switch translates the last result and the chart's categories, keeping the choice", async () => {
    pane = await openPane();
    const { page } = pane;
    await page.evaluate(() =>
      (window as unknown as StandInWindow).__standIn.select("Sheet1", "B2"),
    );
    await page.locator("#chart-category").selectOption("LIB_PV");
    await page.locator("#insert-exports").click();
    await expect(statusText(page, /Inserted/)).resolves.toBe(
      "Inserted ZiboExports at Sheet1!B2:N9.",
    );
    await page.locator("#language-select").selectOption("zh");
    await expect(page.locator("#status").textContent()).resolves.toBe(
      "已在 Sheet1!B2:N9 插入 ZiboExports。",
    );
    await expect(page.locator("#chart-category option").allTextContents()).resolves.toEqual([
      "NEV: 新能源汽车",
      "LIB_PV: 锂电池与光伏产品合计",
    ]);
    await expect(page.locator("#chart-category").inputValue()).resolves.toBe("LIB_PV");
  });

  test("the chart offers only what can be drawn: LIB_PV, not LIB or PV alone", async () => {
    pane = await openPane();
    const { page } = pane;
    await expect(
      page
        .locator("#chart-category option")
        .evaluateAll((o) => o.map((x) => (x as HTMLOptionElement).value)),
    ).resolves.toEqual(["NEV", "LIB_PV"]);
  });
});

describe("errors in the reader's language", () => {
  test("an Excel error in the Chinese pane is a Chinese sentence, with Excel's own detail after it", async () => {
    pane = await openPane({ displayLanguage: "zh-CN" });
    const { page } = pane;
    await page.evaluate(() =>
      (window as unknown as StandInWindow).__standIn.failNextSync(
        "InvalidOperationInCellEditMode",
        "The operation is not allowed while a cell is being edited.",
      ),
    );
    await page.locator("#insert-exports").click();
    await expect(statusText(page, /Excel/)).resolves.toBe(
      "无法插入出口数据表。Excel 正在编辑单元格。请按 Enter 或 Esc 结束编辑，然后重试。详细信息：The operation is not allowed while a cell is being edited. (InvalidOperationInCellEditMode)",
    );
    await expect(page.locator("#status").getAttribute("data-kind")).resolves.toBe("error");
  });
});

describe("imported figures", () => {
  const CSV = [
    "period,category,value_cny_mn,yoy_pct,source_title,source_url,published",
    "2024Q2,NEV,95,12.5,My own notes,https://stats.example.gov.cn/q2,2024-07-20",
  ].join("\n");

  test("are disclosed in the header and by INFO; Reset to published data asks first, then removes them", async () => {
    pane = await openPane();
    const { page } = pane;
    const info = await page.evaluate(() =>
      (window as unknown as StandInWindow).__standIn.stream("INFO", []),
    );
    await page.locator("#import-file").setInputFiles({
      name: "mine.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(CSV),
    });
    await statusText(page, /Imported mine\.csv/);
    await expect(page.locator("#imported-note").textContent()).resolves.toBe(
      "Imported figures in use: NEV 2024Q2 (from mine.csv).",
    );
    await expect(page.locator("#latest-heading").textContent()).resolves.toBe(
      "Latest figures: 2024Q2",
    );
    const lastInfo = () =>
      page.evaluate((h) => (window as unknown as StandInWindow).__standIn.results(h).at(-1), info);
    await expect(lastInfo()).resolves.toMatch(
      /imported figures in use: NEV 2024Q2 \(from mine\.csv\)/,
    );

    // One click only asks; Cancel keeps everything.
    await page.getByRole("button", { name: "Reset to published data" }).click();
    await expect(page.locator("#reset-confirm").isVisible()).resolves.toBe(true);
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("reset-confirm-no");
    await page.getByRole("button", { name: "Cancel" }).click();
    await statusText(page, /Nothing was reset/);
    await expect(page.locator("#imported-note").isVisible()).resolves.toBe(true);

    await page.getByRole("button", { name: "Reset to published data" }).click();
    await page.getByRole("button", { name: "Yes, reset" }).click();
    await statusText(page, /Back to the published data/);
    await expect(page.locator("#imported-note").isVisible()).resolves.toBe(false);
    await expect(page.locator("#latest-heading").textContent()).resolves.toBe(
      "Latest figures: 2024Q1",
    );
    await expect(lastInfo()).resolves.toBe("Dataset 2024M05.1, as of 2024-06-27");
    expect(pane.problems).toEqual([]);
  });
});
