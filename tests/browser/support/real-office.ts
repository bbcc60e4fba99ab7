import { existsSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Browser, Page } from "playwright-core";
import { PAGE_WAIT_MS } from "./chromium";
import type { StaticServer } from "./static-server";

/** Where taskpane.html loads office.js from, and where the package keeps the same files. */
const OFFICE_CDN = "https://appsforoffice.microsoft.com/lib/1/hosted/";
const OFFICE_DIST = path.dirname(require.resolve("@microsoft/office-js/dist/office.js"));

export interface RealOfficePage {
  page: Page;
  /** Files of the office.js package served in place of the CDN, by their path there. */
  served: string[];
  /** Requests that would have left the machine (refused: there is no network in the tests). */
  external: string[];
  /** What the page's Content-Security-Policy refused, from the page's own violation events. */
  violations(): Promise<string[]>;
  /** Uncaught exceptions and unhandled rejections in the page. */
  uncaught: string[];
  /** Console errors. */
  consoleErrors: string[];
}

/**
 * Opens the built page as Office would, with Microsoft's real office.js from the
 * `@microsoft/office-js` package answering at the CDN address the page names.
 */
export async function openWithRealOffice(
  browser: Browser,
  server: StaticServer,
  query: string,
  { locale }: { locale?: string } = {},
): Promise<RealOfficePage> {
  const page = await browser.newPage({ viewport: { width: 320, height: 900 }, locale });
  page.setDefaultTimeout(PAGE_WAIT_MS);
  const served: string[] = [];
  const external: string[] = [];
  const uncaught: string[] = [];
  const consoleErrors: string[] = [];
  page.on("pageerror", (e) => uncaught.push(e.message));
  page.on("console", (m) => {
    if (m.type() === "error") consoleErrors.push(m.text());
  });
  await page.addInitScript(() => {
    const seen: string[] = [];
    (window as unknown as { __violations: string[] }).__violations = seen;
    document.addEventListener("securitypolicyviolation", (e) =>
      seen.push(`${e.violatedDirective} ${e.blockedURI}`),
    );
  });
  await page.route(
    (url) => !url.href.startsWith(server.url),
    (route) => {
      const url = route.request().url();
      if (url.startsWith(OFFICE_CDN)) {
        const relative = new URL(url).pathname.slice(new URL(OFFICE_CDN).pathname.length);
        const file = path.join(OFFICE_DIST, relative);
        if (file.startsWith(OFFICE_DIST + path.sep) && existsSync(file)) {
          served.push(relative);
          return route.fulfill({ contentType: "text/javascript", body: readFileSync(file) });
        }
      }
      external.push(url);
      return route.abort();
    },
  );
  await page.goto(`${server.url}taskpane.html${query}`);
  return {
    page,
    served,
    external,
    uncaught,
    consoleErrors,
    violations: () =>
      page.evaluate(() => [...(window as unknown as { __violations: string[] }).__violations]),
  };
}
