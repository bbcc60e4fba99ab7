import { readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { PAGE_WAIT_MS } from "./chromium";
import type { StandInOptions, StandInWindow } from "./stand-in-types";
import type { StaticServer } from "./static-server";

const OFFICE_CDN = "https://appsforoffice.microsoft.com/";
const STAND_IN = readFileSync(path.join(__dirname, "office-stand-in.js"), "utf8");

export interface Pane {
  page: Page;
  /** Console errors and warnings, page errors and failed requests. */
  problems: string[];
  /** Requests that would have left the machine (other than office.js, which is stood in). */
  external: string[];
  /** Lets the held files (`held`) through: requests waiting and later ones are answered. */
  release(): void;
}

export interface PaneOptions {
  width?: number;
  height?: number;
  /** Office's display language, as Office.context.displayLanguage reports it. */
  displayLanguage?: string;
  /** Requirement sets the host lacks, as "ExcelApi 1.12"; every other set is supported. */
  missingSets?: string[];
  /**
   * Leave the pane's sections as it opens them (only the first one open). By default every
   * section is opened by its header, as a reader does before using what is in it.
   */
  asOpened?: boolean;
  /** Files of the add-in the server does not deliver (the request fails), as "data-service.js". */
  unreachable?: string[];
  /**
   * Files of the add-in the server holds (headers not sent) until the test calls `release`: a
   * slow feed or a script that does not arrive, for as long as the test needs, not a set time.
   */
  held?: string[];
  /**
   * The page's clock is Playwright's (page.clock), held still from the page's start: no time limit
   * of the page runs out however slow the machine is, until the test moves the clock on
   * (`page.clock.runFor`) or lets it run (`page.clock.resume`).
   */
  fakeClock?: boolean;
}

/** Opens the served pane in a fresh browser context (its own storage), office.js stood in. */
export async function openPane(
  browser: Browser,
  server: StaticServer,
  {
    width = 360,
    height = 900,
    displayLanguage,
    missingSets,
    asOpened = false,
    unreachable = [],
    held = [],
    fakeClock = false,
  }: PaneOptions = {},
): Promise<Pane> {
  const page = await browser.newPage({ viewport: { width, height } });
  page.setDefaultTimeout(PAGE_WAIT_MS);
  if (displayLanguage || missingSets) {
    await page.addInitScript(
      (options) => {
        (window as unknown as StandInWindow).__standInOptions = options;
      },
      { displayLanguage, missingSets } satisfies StandInOptions,
    );
  }
  const problems: string[] = [];
  const external: string[] = [];
  page.on("console", (m) => {
    if (m.type() === "error" || m.type() === "warning") problems.push(`${m.type()}: ${m.text()}`);
  });
  page.on("pageerror", (e) => problems.push(`page error: ${e.message}`));
  // A request cut short because the page navigated or closed (an idle-time prefetch, a feed
  // check still under way) is not a failure the user meets; every other failure is.
  page.on("requestfailed", (r) => {
    if (r.failure()?.errorText !== "net::ERR_ABORTED") problems.push(`request failed: ${r.url()}`);
  });
  await page.route(
    (url) => !url.href.startsWith(server.url),
    (route) => {
      const url = route.request().url();
      if (url.startsWith(OFFICE_CDN)) {
        return route.fulfill({ contentType: "text/javascript", body: STAND_IN });
      }
      external.push(url);
      return route.abort();
    },
  );
  for (const name of unreachable)
    await page.route(`${server.url}${name}`, (route) => route.abort());
  let release!: () => void;
  const released = new Promise<void>((resolve) => (release = resolve));
  for (const name of held) {
    await page.route(`${server.url}${name}`, async (route) => {
      await released;
      // The page may have given up on the request meanwhile (its own time limit).
      await route.continue().catch(() => undefined);
    });
  }
  if (fakeClock) {
    // Installed, it runs from `start` until paused; it is paused at a later time (never one it
    // has passed, which Playwright refuses), before the page is opened.
    const start = Date.UTC(2026, 0, 5, 9);
    await page.clock.install({ time: start });
    await page.clock.pauseAt(start + 3_600_000);
  }
  // A held script keeps the page's load event back: the pane is ready before it, as it should be.
  await page.goto(`${server.url}taskpane.html`, {
    waitUntil: held.length > 0 ? "domcontentloaded" : "load",
  });
  await waitForPane(page);
  if (!asOpened) await openSections(page);
  return { page, problems, external, release };
}

/**
 * Opens every folded section by clicking its header (in one go, as the page's own clicks), and
 * waits, as a reader does, until those drawn on first opening are drawn (none is marked busy).
 */
export async function openSections(page: Page): Promise<void> {
  await page.evaluate(() => {
    for (const summary of document.querySelectorAll<HTMLElement>("details:not([open]) > summary"))
      summary.click();
  });
  await page.waitForFunction(() => !document.querySelector("details[aria-busy=true]"));
}

/** Waits until the pane has shown its dataset, as after a load or a reload. */
export async function waitForPane(page: Page): Promise<void> {
  await page.waitForFunction(() => document.getElementById("dataset-info")?.textContent !== "");
}

export async function statusText(page: Page, pattern: RegExp): Promise<string> {
  const status = page.getByRole("status");
  await status.filter({ hasText: pattern }).waitFor();
  return (await status.textContent()) ?? "";
}

/**
 * How many times the pane shows a text: one message in one place, so a screen reader hears an
 * outcome once (the message bar and the data box are both live regions).
 */
export async function timesShown(page: Page, text: string): Promise<number> {
  return page.evaluate((t) => document.body.innerText.split(t).length - 1, text);
}

/** The note beside the feed address once it matches: where a refused address is said. */
export async function noteText(page: Page, pattern: RegExp): Promise<string> {
  const note = page.locator("#feed-url-note");
  await note.filter({ hasText: pattern }).waitFor();
  return (await note.textContent()) ?? "";
}
