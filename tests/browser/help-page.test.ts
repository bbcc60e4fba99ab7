/**
 * The built help page in Chromium: generated from the function metadata, an English and a Chinese
 * page in one file, each usable at task pane width. Run `npm run build` first.
 */
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { serveAddIn } from "./support/served-add-in";

const ROOT = path.resolve(__dirname, "../..");
const DIST = path.join(ROOT, "dist");
const ARTIFACTS = path.join(ROOT, "test-artifacts");
const HAN = /\p{Script=Han}/u;

interface FunctionMetadata {
  id: string;
  name: string;
  helpUrl: string;
  description: string;
  parameters: { name: string; description: string }[];
}
const metadataOf = (file: string) =>
  (JSON.parse(readFileSync(path.join(DIST, file), "utf8")) as { functions: FunctionMetadata[] })
    .functions;

const addIn = serveAddIn();

async function openHelp(hash: string, width = 320): Promise<Page> {
  const page = await addIn.newPage({ viewport: { width, height: 800 } });
  await page.goto(`${addIn.server.url}help.html${hash}`);
  return page;
}

const horizontalOverflow = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth - document.documentElement.clientWidth);

/** The visible page's language, heading and navigation. */
const visiblePage = (page: Page) =>
  page.evaluate(() => {
    const shown = [...document.querySelectorAll<HTMLElement>(".page")].filter(
      (p) => p.offsetParent !== null || p.getClientRects().length > 0,
    );
    return shown.map((p) => ({
      lang: p.lang,
      h1: p.querySelector("h1")?.textContent ?? "",
      nav: p.querySelector("nav")?.getAttribute("aria-label") ?? "",
    }));
  });

describe("the help page, generated from the metadata", () => {
  let page: Page | undefined;
  afterEach(async () => {
    await page?.close();
    page = undefined;
  });

  test.each([
    ["English", "#exports", "en", "Zibo New Three: function reference", "help-320-en.png"],
    ["Chinese", "#zh-exports", "zh-CN", "淄博新三样：函数参考", "help-320-zh.png"],
  ])(
    "the %s page alone, with its own title and navigation, has no horizontal scroll at 320 px",
    async (_, hash, lang, h1, shot) => {
      page = await openHelp(hash);
      const shown = await visiblePage(page);
      expect(shown).toHaveLength(1);
      expect(shown[0]).toMatchObject({ lang, h1 });
      await expect(page.title()).resolves.toBe(h1);
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(lang);
      if (lang === "zh-CN") expect(shown[0].nav).toMatch(HAN);
      expect(await horizontalOverflow(page)).toBe(0);
      // The longest example formulas and descriptions wrap rather than widen the page.
      await page.evaluate(() => window.scrollTo(0, document.body.scrollHeight));
      expect(await horizontalOverflow(page)).toBe(0);
      mkdirSync(ARTIFACTS, { recursive: true });
      await page.evaluate(() => window.scrollTo(0, 0));
      await page.screenshot({ path: path.join(ARTIFACTS, shot) });
    },
  );

  test("every help link in both metadata files lands on a visible section headed by its function", async () => {
    page = await openHelp("");
    for (const f of [...metadataOf("functions.json"), ...metadataOf("functions.zh-cn.json")]) {
      await page.goto(f.helpUrl.replace(/^https:\/\/localhost:3000\//, addIn.server.url));
      const section = page.locator(`section[id="${new URL(f.helpUrl).hash.slice(1)}"]`);
      await expect(section.locator("h2").textContent()).resolves.toBe(f.name);
      expect(await section.isVisible()).toBe(true);
      const box = await section.locator("h2").boundingBox();
      expect(box && box.y >= 0 && box.y < 800).toBe(true);
    }
  });

  test("each section gives the metadata's own description and every parameter's, in its language", async () => {
    page = await openHelp("");
    for (const [file, prefix] of [
      ["functions.json", ""],
      ["functions.zh-cn.json", "zh-"],
    ] as const) {
      for (const f of metadataOf(file)) {
        const section = page.locator(`section[id="${prefix}${f.id.toLowerCase()}"]`);
        const text = ((await section.textContent()) ?? "").replace(/\u00a0/g, " ");
        expect(text).toContain(f.description);
        for (const p of f.parameters) {
          expect(text).toContain(p.name);
          expect(text).toContain(p.description);
        }
      }
    }
  });

  test("the language link switches between the two pages", async () => {
    page = await openHelp("#exports", 500);
    await page.getByRole("link", { name: "中文" }).click();
    await expect(visiblePage(page)).resolves.toMatchObject([{ lang: "zh-CN" }]);
    await expect(page.title()).resolves.toBe("淄博新三样：函数参考");
    await page.getByRole("link", { name: "English" }).click();
    await expect(visiblePage(page)).resolves.toMatchObject([{ lang: "en" }]);
  });

  test("YOY_BASE's help says the rate is in percent points and how a %-formatted cell is read, in both languages", async () => {
    page = await openHelp("");
    const en = ((await page.locator("section#yoy_base").textContent()) ?? "").replace(
      /\u00a0/g,
      " ",
    );
    expect(en).toContain("931.2 means +931.2 %");
    expect(en).toContain("reads as +9.312 %");
    expect(en).toContain("below 1 in absolute value");
    const zh = (await page.locator("section#zh-yoy_base").textContent()) ?? "";
    expect(zh).toContain("931.2 表示增长 931.2%");
    expect(zh).toContain("读作增长 9.312%");
    expect(zh).toContain("绝对值小于 1");
  });
});
