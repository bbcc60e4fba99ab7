import { chromium, type Browser } from "playwright-core";

/**
 * How long a page waits for what a test waits for (an element, a text, an answer) before it
 * fails. Playwright's default, 30 s, can pass on a busy machine while the page is still working;
 * this bounds a wait that would never end, it is not a measure of speed.
 */
export const PAGE_WAIT_MS = 120_000;

/** Debian's Chromium, or the one CHROMIUM_PATH names; playwright's own browser downloads are not used. */
export function launchChromium(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROMIUM_PATH ?? "/usr/bin/chromium",
    args: [
      "--headless",
      "--no-sandbox",
      "--disable-gpu",
      "--disable-background-networking",
      "--disable-component-update",
      "--no-first-run",
      "--disable-sync",
      "--disable-quic",
    ],
  });
}
