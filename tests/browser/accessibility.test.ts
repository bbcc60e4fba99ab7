/**
 * WCAG 2.2 AA in Chromium, as a store reviewer checks it: axe-core on every pane state and on the
 * help page (both languages, 320 and 500 px, light and dark), Office's four themes and forced
 * colours, a keyboard-only run through every action (focus visible and never under the message
 * bar), reflow at 200 % zoom and with WCAG text spacing, and `lang` on every run of the other
 * language. Screenshots go to test-artifacts/. Run `npm run build` first.
 */
import { AxeBuilder } from "@axe-core/playwright";
import { mkdirSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { paneStrings } from "../../src/taskpane/strings";
import {
  noteText,
  openSections,
  statusText,
  timesShown,
  waitForPane,
  type Pane,
} from "./support/pane";
import { serveAddIn } from "./support/served-add-in";
import type { StandInOptions, StandInWindow } from "./support/stand-in-types";

const ROOT = path.resolve(__dirname, "../..");
const ARTIFACTS = path.join(ROOT, "test-artifacts");
const WCAG_22_AA = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22aa"];
const CSV = [
  "period,category,value_cny_mn,yoy_pct,source_title,source_url,published",
  "2024Q2,NEV,95,12.5,My own notes,https://stats.example.gov.cn/q2,2024-07-20",
].join("\n");

// Each test walks many states of one page: slower than a single check on a busy machine.
jest.setTimeout(300_000);

const addIn = serveAddIn();
const { openPane } = addIn;

beforeAll(() => mkdirSync(ARTIFACTS, { recursive: true }));

let pane: Pane | undefined;
afterEach(async () => {
  await pane?.page.close();
  pane = undefined;
});

const shot = (page: Page, name: string, fullPage = false) =>
  page.screenshot({ path: path.join(ARTIFACTS, name), fullPage });

/**
 * WCAG 2.2 A/AA violations axe finds, one line each with where, so a failure reads as a list.
 * Axe runs inside the page (legacy mode): the pane has no frames to gather results from.
 */
async function violations(page: Page, state: string): Promise<string[]> {
  const { violations: found } = await new AxeBuilder({ page })
    .withTags(WCAG_22_AA)
    .setLegacyMode()
    .analyze();
  return found.flatMap((v) =>
    v.nodes.map((n) => `${state}: ${v.id} at ${n.target.join(" ")}: ${n.failureSummary ?? ""}`),
  );
}

/** Reloads the pane as Excel in the given Office theme shows it (every section open). */
async function inOfficeTheme(page: Page, officeTheme: StandInOptions["officeTheme"]) {
  await page.addInitScript((theme) => {
    const w = window as unknown as StandInWindow;
    w.__standInOptions = { ...w.__standInOptions, officeTheme: theme };
  }, officeTheme);
  await page.reload();
  await waitForPane(page);
  await openSections(page);
}

const standIn = (page: Page) => ({
  select: (a1: string) =>
    page.evaluate(
      (cell) => (window as unknown as StandInWindow).__standIn.select("Sheet1", cell),
      a1,
    ),
  hold: () => page.evaluate(() => (window as unknown as StandInWindow).__standIn.holdSyncs()),
  release: () => page.evaluate(() => (window as unknown as StandInWindow).__standIn.releaseSyncs()),
});

const escape = (text: string) => text.replace(/[.*+?^${}()|[\]\\]/g, "\\$&");

const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

describe.each([
  ["en", "en-US"],
  ["zh", "zh-CN"],
] as const)("axe finds no WCAG 2.2 A/AA violation in the %s pane", (language, displayLanguage) => {
  const s = paneStrings(language);
  test.each([
    [320, "light"],
    [500, "light"],
    [320, "dark"],
    [500, "dark"],
  ] as const)(
    "at %i px, %s: as opened, every section open, each kind of message, the confirmation, the picker",
    async (width, colorScheme) => {
      pane = await openPane({ width, height: 720, displayLanguage, asOpened: true });
      const { page } = pane;
      await page.emulateMedia({ colorScheme });
      await page
        .locator("#data-headline")
        .filter({ hasText: /2024-05-20/ })
        .waitFor();
      const found = await violations(page, "as opened");
      await openSections(page);
      found.push(...(await violations(page, "every section open")));

      // Progress, with the pane busy.
      await standIn(page).select("B2");
      await standIn(page).hold();
      await page.locator("#insert-exports").click();
      await page.locator("#status[data-kind=progress]").waitFor();
      found.push(...(await violations(page, "progress")));
      await standIn(page).release();
      // An outcome, then a warning with the new-worksheet offer.
      await page.locator("#status[data-kind=success]").waitFor();
      found.push(...(await violations(page, "success")));
      await page.locator("#insert-parks").click();
      await page.locator("#insert-new-sheet").waitFor();
      found.push(...(await violations(page, "warning")));
      // A field's error beside it, with the field marked invalid; then an error in the bar.
      await page.locator("#feed-url").fill("");
      await page.locator("#feed-save").click();
      await noteText(page, new RegExp(escape(s.feedUrlRequired)));
      found.push(...(await violations(page, "field error")));
      await showBarError(page);
      found.push(...(await violations(page, "error")));
      // The confirmation.
      await page.locator("#reset-published").click();
      await page.locator("#reset-confirm").waitFor();
      found.push(...(await violations(page, "confirmation")));
      await page.keyboard.press("Escape");
      // The formula picker with every field of its longest function, one of them refused.
      await page.locator("#formula-function").selectOption("YOY_BASE");
      await page.locator("#formula-params input").first().fill("");
      await page.locator("#formula-insert").click();
      await page.locator("#formula-params [aria-invalid=true]").waitFor();
      found.push(...(await violations(page, "picker")));
      // What is published, searched in the pane's language, then searched for nothing.
      await page
        .locator("#catalogue-search")
        .fill(language === "zh" ? "山东 锂电池" : "China 2023");
      await page.locator("#catalogue h3").first().waitFor();
      found.push(...(await violations(page, "catalogue")));
      await page.locator("#catalogue-search").fill("2019");
      found.push(...(await violations(page, "catalogue, nothing found")));

      expect(found).toEqual([]);
      expect(pane.problems).toEqual([]);
      if (colorScheme === "dark" && width === 320)
        await shot(page, `a11y-dark-${language}-320.png`, true);
    },
  );
});

describe("themes", () => {
  test("the pane follows Office's theme over the system's, in White, Colorful, Dark Gray and Black, with no violation", async () => {
    pane = await openPane({ width: 320, height: 720 });
    const { page } = pane;
    const look = () =>
      page.evaluate(() => ({
        theme: document.documentElement.dataset.theme ?? null,
        office: document.documentElement.dataset.officeTheme ?? null,
        body: getComputedStyle(document.body).backgroundColor,
        text: getComputedStyle(document.body).color,
      }));
    // No Office theme: the system's scheme.
    await page.emulateMedia({ colorScheme: "dark" });
    await expect(look()).resolves.toMatchObject({ theme: null, body: "rgb(41, 41, 41)" });
    await page.emulateMedia({ colorScheme: "light" });
    await expect(look()).resolves.toMatchObject({ theme: null, body: "rgb(255, 255, 255)" });

    const expected = {
      White: { theme: "light", office: "white", body: "rgb(255, 255, 255)" },
      Colorful: { theme: "light", office: "colorful", body: "rgb(255, 255, 255)" },
      DarkGray: { theme: "dark", office: "dark-gray", body: "rgb(41, 41, 41)" },
      Black: { theme: "dark", office: "black", body: "rgb(20, 20, 20)" },
    } as const;
    const found: string[] = [];
    for (const [name, want] of Object.entries(expected)) {
      await inOfficeTheme(page, name as keyof typeof expected);
      // Office's theme wins over a system in the other scheme.
      await page.emulateMedia({ colorScheme: want.theme === "dark" ? "light" : "dark" });
      await expect(look()).resolves.toMatchObject(want);
      found.push(...(await violations(page, name)));
      if (want.theme === "dark") await shot(page, `a11y-office-${name}.png`);
    }
    // The help page opens in the pane's theme, whatever the system's.
    const help = await page.locator("#formula-help-link").getAttribute("href");
    expect(help).toBe("help.html?theme=dark#exports");
    await page.goto(`${addIn.server.url}${help}`);
    await page.emulateMedia({ colorScheme: "light" });
    await expect(
      page.evaluate(() => getComputedStyle(document.body).backgroundColor),
    ).resolves.toBe("rgb(41, 41, 41)");
    await page.goto(`${addIn.server.url}taskpane.html`);
    // An older host reports colours only: the body colour decides.
    await inOfficeTheme(page, { bodyBackgroundColor: "#262626" });
    await expect(look()).resolves.toMatchObject({ theme: "dark", office: null });
    expect(found).toEqual([]);
    expect(pane.problems).toEqual([]);
  });

  test("forced colours: system colours throughout, the chart preview and its legend included", async () => {
    pane = await openPane({ width: 320, height: 900 });
    const { page } = pane;
    await page.emulateMedia({ forcedColors: "active", colorScheme: "dark" });
    await page.locator("#chart-category").selectOption("LIB_PV");
    const contrast = await page.evaluate(() => {
      const rgb = (c: string) => (c.match(/[\d.]+/g) ?? []).slice(0, 3).map(Number);
      const lum = (c: string) => {
        const [r, g, b] = rgb(c).map((v) => {
          const x = v / 255;
          return x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
        });
        return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
      };
      const ratio = (a: string, b: string) => {
        const [hi, lo] = [lum(a), lum(b)].sort((x, y) => y - x);
        return (hi! + 0.05) / (lo! + 0.05);
      };
      const canvas = getComputedStyle(document.body).backgroundColor;
      const bars = [...document.querySelectorAll(".chart-preview-bar")].map((b) =>
        ratio(getComputedStyle(b).stroke, canvas),
      );
      const swatches = [
        ...document.querySelectorAll(".chart-swatch:not(.chart-swatch-derived)"),
      ].map((e) => ratio(getComputedStyle(e).backgroundColor, canvas));
      return { bars, swatches };
    });
    expect(contrast.bars.length).toBeGreaterThan(0);
    expect(contrast.swatches.length).toBeGreaterThan(0);
    for (const r of [...contrast.bars, ...contrast.swatches]) expect(r).toBeGreaterThanOrEqual(3);
    await page.locator("#chart-preview").scrollIntoViewIfNeeded();
    await shot(page, "a11y-forced-colors-chart.png");
    await showBarError(page);
    await shot(page, "a11y-forced-colors.png");
    expect(await violations(page, "forced colours")).toEqual([]);
  });
});

/** What the keyboard user sees at the current Tab stop. */
interface Stop {
  id: string;
  outline: number;
  contrast: number;
  top: number;
  bottom: number;
  barTop: number;
  viewport: number;
}

const stopAt = (page: Page): Promise<Stop> =>
  page.evaluate(() => {
    const rgba = (c: string) => (c.match(/[\d.]+/g) ?? []).map(Number);
    const lum = (c: string) => {
      const [r, g, b] = rgba(c)
        .slice(0, 3)
        .map((v) => {
          const x = v / 255;
          return x <= 0.04045 ? x / 12.92 : ((x + 0.055) / 1.055) ** 2.4;
        });
      return 0.2126 * r! + 0.7152 * g! + 0.0722 * b!;
    };
    const backgroundOf = (e: Element | null): string => {
      for (let at = e; at; at = at.parentElement) {
        const bg = getComputedStyle(at).backgroundColor;
        if ((rgba(bg)[3] ?? 1) > 0) return bg;
      }
      return "rgb(255, 255, 255)";
    };
    const active = document.activeElement as HTMLElement | null;
    const bar = document.getElementById("message-bar")!.getBoundingClientRect();
    if (!active || active === document.body) {
      return { id: "body", outline: 0, contrast: 0, top: 0, bottom: 0, barTop: 0, viewport: 0 };
    }
    // The file input is hidden; its label is the button that shows its focus.
    const shown = active.closest(".file-picker")?.querySelector(".button") ?? active;
    const style = getComputedStyle(shown);
    const rect = shown.getBoundingClientRect();
    const [hi, lo] = [lum(style.outlineColor), lum(backgroundOf(shown.parentElement))].sort(
      (a, b) => b - a,
    );
    return {
      id: active.id || `${active.tagName.toLowerCase()} ${active.textContent?.slice(0, 30)}`,
      outline: style.outlineStyle === "none" ? 0 : parseFloat(style.outlineWidth),
      contrast: (hi! + 0.05) / (lo! + 0.05),
      top: rect.top,
      bottom: rect.bottom,
      barTop: bar.height > 0 && !active.closest("#message-bar") ? bar.top : innerHeight,
      viewport: innerHeight,
    };
  });

describe("keyboard only", () => {
  test("every action is reached and used with the keyboard; focus is visible and never under the message bar", async () => {
    pane = await openPane({ width: 320, height: 700, asOpened: true });
    const { page } = pane;
    const s = paneStrings("en");
    const z = paneStrings("zh");
    const stops: Stop[] = [];
    /** Presses Tab until the element matching `selector` has focus, checking every stop. */
    const tabTo = async (selector: string, back = false) => {
      for (let i = 0; i < 80; i++) {
        await page.keyboard.press(back ? "Shift+Tab" : "Tab");
        const stop = await stopAt(page);
        if (stop.id !== "body") stops.push(stop);
        if (await page.evaluate((sel) => document.activeElement?.matches(sel), selector)) return;
      }
      throw new Error(`Tab never reached ${selector}`);
    };
    const focused = () => page.evaluate(() => document.activeElement?.id ?? "");
    await page
      .locator("#data-headline")
      .filter({ hasText: /2024-05-20/ })
      .waitFor();
    // The status region is in the page before any message, so the first one is announced.
    await expect(page.getByRole("status").count()).resolves.toBe(1);

    // The language: arrows only move through the choices (of the closed select, or of its open
    // list where the select has one); Enter commits, Escape goes back.
    const language = page.locator("#language-select");
    const arrowTo = async (value: string) => {
      for (let i = 0; i < 6; i++) {
        await page.keyboard.press("ArrowDown");
        const at = await page.evaluate(() => {
          const active = document.activeElement;
          return active instanceof HTMLOptionElement
            ? active.value
            : (active as HTMLSelectElement).value;
        });
        if (at === value) return;
      }
      throw new Error(`the arrow keys never reached ${value}`);
    };
    await tabTo("#language-select");
    await arrowTo("zh");
    await expect(page.locator("#app-title").textContent()).resolves.toBe(s.appTitle);
    await page.keyboard.press("Escape");
    await expect(language.inputValue()).resolves.toBe("auto");
    await expect(page.locator("#app-title").textContent()).resolves.toBe(s.appTitle);
    await language.focus();
    await arrowTo("zh");
    await page.keyboard.press("Enter");
    await page.locator("#app-title").filter({ hasText: z.appTitle }).waitFor();
    await language.selectOption("en");
    await page.locator("#app-title").filter({ hasText: s.appTitle }).waitFor();
    await language.focus();

    // Refresh: its outcome is said beside it, in the data state, and focus stays on Refresh.
    await tabTo("#refresh-data");
    await page.keyboard.press("Enter");
    await page.locator("#refresh-data:enabled").waitFor();
    await page.locator("#data-state[data-tone=success]").waitFor();
    expect(await focused()).toBe("refresh-data");
    await expect(page.getByRole("status").count()).resolves.toBe(1);

    // Inserts: focus stays on the insert used; after Dismiss it goes back there, not to the top
    // of the page; the new-worksheet offer returns it there.
    await standIn(page).select("B2");
    await tabTo("#insert-exports");
    await page.keyboard.press("Enter");
    await statusText(page, /Inserted/);
    expect(await focused()).toBe("insert-exports");
    await tabTo("#status-dismiss");
    await page.keyboard.press("Enter");
    await expect(page.locator("#status").textContent()).resolves.toBe("");
    expect(await focused()).toBe("insert-exports");
    await tabTo("#insert-parks");
    await page.keyboard.press("Space");
    await page.locator("#insert-new-sheet").waitFor();
    await tabTo("#insert-new-sheet");
    await page.keyboard.press("Enter");
    await statusText(page, /new worksheet/);
    expect(await focused()).toBe("insert-parks");
    await tabTo("#insert-context");
    await page.keyboard.press("Enter");
    await page.locator("#status:is([data-kind=success], [data-kind=warning])").waitFor();

    // The formula picker: the function and its fields, Insert, the help link.
    await tabTo("#formula-section > summary");
    await page.keyboard.press("Enter");
    await tabTo("#formula-function");
    await tabTo("#formula-insert");
    await standIn(page).select("H20");
    await page.keyboard.press("Enter");
    await statusText(page, /=ZIBO\./);
    await tabTo("#formula-help-link");
    await page.getByRole("link", { name: `Help for EXPORTS ${s.opensInNewWindow}` }).waitFor();

    // The chart.
    await tabTo("#chart-section > summary");
    await page.keyboard.press("Enter");
    await tabTo("#chart-category");
    await tabTo("#insert-chart");
    await page.keyboard.press("Enter");
    await statusText(page, /chart/i);

    // Data: a file picked from the keyboard, a refused address, the confirmation.
    await tabTo("#data-section > summary");
    await page.keyboard.press("Enter");
    await tabTo("#import-file");
    const [chooser] = await Promise.all([
      page.waitForEvent("filechooser"),
      page.keyboard.press("Space"),
    ]);
    await chooser.setFiles({ name: "mine.csv", mimeType: "text/csv", buffer: Buffer.from(CSV) });
    await statusText(page, /Imported mine\.csv/);
    await tabTo("#feed-url");
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.press("Delete");
    await page.keyboard.press("Enter");
    // Said once, beside the field the focus is in: not again in the message bar.
    await noteText(page, new RegExp(escape(s.feedUrlRequired)));
    await expect(timesShown(page, s.feedUrlRequired)).resolves.toBe(1);
    expect(await focused()).toBe("feed-url");
    stops.push(await stopAt(page));
    await tabTo("#feed-reset");
    await page.keyboard.press("Enter");
    await page.locator("#feed-url-note").filter({ hasText: s.feedUrlIsDefault }).waitFor();
    await tabTo("#reset-published");
    await page.keyboard.press("Enter");
    expect(await focused()).toBe("reset-confirm-no");
    await page.keyboard.press("Escape");
    await expect(page.locator("#reset-confirm").isVisible()).resolves.toBe(false);
    expect(await focused()).toBe("reset-published");
    await statusText(page, /Nothing was reset/);
    await page.keyboard.press("Enter");
    await tabTo("#reset-confirm-yes", true);
    await page.keyboard.press("Enter");
    await statusText(page, /Back to the published data/);
    expect(await focused()).toBe("reset-published");

    // Share, and the sources' links.
    await tabTo("#share-section > summary");
    await page.keyboard.press("Enter");
    await tabTo("#make-shareable-copy");
    await page.keyboard.press("Enter");
    await page.locator("#status:not([data-kind=progress]):not(:empty)").waitFor();
    await tabTo("#sources-section > summary");
    await page.keyboard.press("Enter");
    await tabTo("#sources a");
    await tabTo("#status-dismiss");

    // Every stop: a ring of 2 px or more at 3:1, inside the view and above the message bar.
    const bad = stops.filter(
      (stop) =>
        stop.outline < 2 ||
        stop.contrast < 3 ||
        stop.top < 0 ||
        stop.bottom > stop.barTop + 0.5 ||
        stop.bottom > stop.viewport,
    );
    expect(bad).toEqual([]);
    expect(stops.length).toBeGreaterThan(30);
    expect(pane.problems).toEqual([]);
  });
});

describe("reflow", () => {
  test.each(["en-US", "zh-CN"])(
    "at 200 %% zoom of a 320 px pane (160 CSS px, %s) nothing scrolls sideways or is cut off, with a message shown",
    async (displayLanguage) => {
      pane = await openPane({ width: 160, height: 700, displayLanguage });
      const { page } = pane;
      // An empty address: a long one scrolls inside its field, as any input's text does.
      await page.locator("#feed-url").fill("");
      await showBarError(page);
      expect(await horizontalOverflow(page)).toBe(0);
      const cut = await page.evaluate(() => {
        const width = document.documentElement.clientWidth;
        return [...document.querySelectorAll<HTMLElement>("#app *, #message-bar *")]
          .filter((e) => e.getClientRects().length > 0 && !e.closest(".visually-hidden, svg"))
          .filter((e) => {
            const r = e.getBoundingClientRect();
            const clips = getComputedStyle(e).overflowX !== "visible";
            return (
              r.left < -0.5 || r.right > width + 0.5 || (clips && e.scrollWidth > e.clientWidth + 1)
            );
          })
          .map((e) => `${e.tagName} ${e.id} ${e.className}`);
      });
      expect(cut).toEqual([]);
      // A long choice wraps in its select instead of being cut.
      const selectsCut = await page.evaluate(() =>
        [...document.querySelectorAll("select")]
          .filter((e) => e.getClientRects().length > 0)
          .filter((e) => e.scrollWidth > e.clientWidth + 1 || e.scrollHeight > e.clientHeight + 1)
          .map((e) => e.id),
      );
      expect(selectsCut).toEqual([]);
      // Seen at 200 %: the zoomed pane as a reader sees it.
      const cdp = await page.context().newCDPSession(page);
      await cdp.send("Emulation.setDeviceMetricsOverride", {
        width: 160,
        height: 700,
        deviceScaleFactor: 2,
        mobile: false,
      });
      await shot(page, `a11y-zoom-200-${displayLanguage}.png`);
      await page.locator("#chart-preview").scrollIntoViewIfNeeded();
      await shot(page, `a11y-zoom-200-${displayLanguage}-chart.png`);
    },
  );

  test("with WCAG text spacing at 320 px nothing scrolls sideways or is cut off; the help page too", async () => {
    pane = await openPane({ width: 320, height: 700 });
    const { page } = pane;
    const spacing = `* { line-height: 1.5 !important; letter-spacing: 0.12em !important;
      word-spacing: 0.16em !important; } p { margin-bottom: 2em !important; }`;
    await page.addStyleTag({ content: spacing });
    const clipped = () =>
      page.evaluate(() =>
        [...document.querySelectorAll<HTMLElement>("body *")]
          // A text field scrolls its own text by design; nothing else may clip.
          .filter(
            (e) => e.getClientRects().length > 0 && !e.closest(".visually-hidden, svg, input"),
          )
          .filter((e) => {
            const style = getComputedStyle(e);
            const clipsX = style.overflowX !== "visible" && e.scrollWidth > e.clientWidth + 1;
            const clipsY =
              style.overflowY !== "visible" &&
              e.clientHeight > 0 &&
              e.scrollHeight > e.clientHeight + 1;
            return clipsX || clipsY;
          })
          .map((e) => `${e.tagName} ${e.id} ${e.className}`),
      );
    expect(await horizontalOverflow(page)).toBe(0);
    expect(await clipped()).toEqual([]);
    await page.goto(`${addIn.server.url}help.html#zh-exports`);
    await page.addStyleTag({ content: spacing });
    expect(await horizontalOverflow(page)).toBe(0);
    await page.setViewportSize({ width: 160, height: 700 });
    expect(await horizontalOverflow(page)).toBe(0);
  });
});

/** Text runs in the other language that carry no `lang` saying so. */
const unmarkedRuns = (page: Page, root: string) =>
  page.evaluate((selector) => {
    const han = /\p{Script=Han}/u;
    // Words of running English (a lowercase word after another), not a product name or a code.
    const english = /[A-Za-z]{2,} [a-z]{2,}/;
    const bad: string[] = [];
    for (const top of document.querySelectorAll(selector)) {
      const walker = document.createTreeWalker(top, NodeFilter.SHOW_TEXT);
      for (let node = walker.nextNode(); node; node = walker.nextNode()) {
        const text = node.textContent ?? "";
        const lang = node.parentElement?.closest("[lang]")?.getAttribute("lang") ?? "";
        if (lang.startsWith("en") && han.test(text)) bad.push(`zh in ${lang}: ${text}`);
        if (lang.startsWith("zh") && english.test(text)) bad.push(`en in ${lang}: ${text}`);
      }
    }
    return bad;
  }, root);

describe("the other language is marked", () => {
  test("in the pane (sources, publishers, scope notes, notes) in both languages, and in the help page", async () => {
    for (const displayLanguage of ["en-US", "zh-CN"]) {
      pane = await openPane({ displayLanguage });
      expect(await unmarkedRuns(pane.page, "#app")).toEqual([]);
      await pane.page.close();
      pane = undefined;
    }
    const page = await addIn.newPage({ viewport: { width: 500, height: 800 } });
    await page.goto(`${addIn.server.url}help.html`);
    expect(await unmarkedRuns(page, ".page")).toEqual([]);
    await page.close();
  });
});

describe("the help page", () => {
  test("axe finds no WCAG 2.2 A/AA violation: both languages, 320 and 500 px, light and dark", async () => {
    const page = await addIn.newPage({ viewport: { width: 320, height: 800 } });
    const found: string[] = [];
    for (const hash of ["#exports", "#zh-exports"]) {
      await page.goto(`${addIn.server.url}help.html${hash}`);
      for (const width of [320, 500]) {
        for (const colorScheme of ["light", "dark"] as const) {
          await page.setViewportSize({ width, height: 800 });
          await page.emulateMedia({ colorScheme });
          found.push(...(await violations(page, `${hash} ${width} ${colorScheme}`)));
        }
      }
      await shot(page, `a11y-help-dark${hash.replace("#", "-")}.png`);
    }
    expect(found).toEqual([]);
    await page.close();
  });
});

/** An error in the message bar: a file too large to import (a field's error is said beside it). */
async function showBarError(page: Page): Promise<void> {
  await page.locator("#import-file").setInputFiles({
    name: "big.csv",
    mimeType: "text/csv",
    buffer: Buffer.alloc(2 * 1_048_576 + 10, "a"),
  });
  await page.locator("#status[data-kind=error]").waitFor();
}
