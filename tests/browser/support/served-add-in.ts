import { cpSync, existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import path from "node:path";
import type { Browser, BrowserContextOptions, Page } from "playwright-core";
import { launchChromium, PAGE_WAIT_MS } from "./chromium";
import { openPane, type Pane, type PaneOptions } from "./pane";
import { serveFolder, type StaticServer } from "./static-server";

const DIST = path.resolve(__dirname, "../../../dist");

export interface ServedAddIn {
  /** Headless Chromium, started before the file's first test. */
  readonly browser: Browser;
  /** The built add-in over HTTP, as a web host serves it. */
  readonly server: StaticServer;
  /** Opens the pane with office.js stood in (see `openPane` in ./pane). */
  openPane(options?: PaneOptions): Promise<Pane>;
  /** A blank page, for pages other than the pane. */
  newPage(options?: BrowserContextOptions): Promise<Page>;
  /**
   * Replaces the published dataset file (`data/zibo-new-three.json`) with `file` (as JSON, or as
   * the text given), as a maintainer does on the host. Only on a host copy (`hostCopy`).
   */
  publish(file: object | string): void;
}

/**
 * The set-up of a browser test file: before its tests, Chromium and a server of the built add-in
 * (dist/, or a copy of it when the tests publish files on the host); after them, both closed and
 * the copy removed.
 */
export function serveAddIn({ hostCopy = false }: { hostCopy?: boolean } = {}): ServedAddIn {
  let browser: Browser | undefined;
  let server: StaticServer | undefined;
  let host: string | undefined;

  beforeAll(async () => {
    if (!existsSync(path.join(DIST, "taskpane.html"))) {
      throw new Error("dist/ has no build: run `npm run build:local` before the browser tests.");
    }
    if (hostCopy) {
      host = mkdtempSync(path.join(tmpdir(), "zibo-host-"));
      cpSync(DIST, host, { recursive: true });
    }
    server = await serveFolder(host ?? DIST);
    browser = await launchChromium();
  });

  afterAll(async () => {
    await browser?.close();
    await server?.close();
    if (host) rmSync(host, { recursive: true, force: true });
  });

  const started = <T>(value: T | undefined): T => {
    if (value === undefined) throw new Error("the browser and the server start in beforeAll");
    return value;
  };

  return {
    get browser() {
      return started(browser);
    },
    get server() {
      return started(server);
    },
    openPane: (options) => openPane(started(browser), started(server), options),
    newPage: async (options) => {
      const page = await started(browser).newPage(options);
      page.setDefaultTimeout(PAGE_WAIT_MS);
      return page;
    },
    publish: (file) => {
      if (!host) throw new Error("publishing a file needs serveAddIn({ hostCopy: true })");
      const text = typeof file === "string" ? file : JSON.stringify(file);
      writeFileSync(path.join(host, "data/zibo-new-three.json"), text);
    },
  };
}
