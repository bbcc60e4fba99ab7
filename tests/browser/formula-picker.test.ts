/**
 * The formula picker knows the data, in both languages, in a 320 px pane: the spans offered follow
 * the function, region and category (derived and #N/A marked), the preview shows the answer or
 * the error's message before Insert, and number fields take cell references. Run
 * `npm run build:local` first.
 */
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { paneStrings } from "../../src/taskpane/strings";
import { statusText, type Pane } from "./support/pane";
import { serveAddIn } from "./support/served-add-in";
import type { StandInWindow } from "./support/stand-in-types";

const ARTIFACTS = path.resolve(__dirname, "../../test-artifacts");

const { openPane } = serveAddIn();

/** What each language shows for the same states. */
const EXPECTED = {
  en: {
    derived: "2023Q4 (derived)",
    growthOnly: "2024M01-M05 (growth rate only: #N/A)",
    answer: "Answer: 3,080 million yuan",
    notSeparately: /^LIB: .+ \(not published separately\)$/,
    fromCells: "Computed in the cell from A1, $B$2.",
    written: /Wrote =ZIBO\.YOY_BASE\(A1,\$B\$2\)/,
  },
  zh: {
    derived: "2023Q4（推算）",
    growthOnly: "2024M01-M05（仅公布增速：#N/A）",
    answer: "结果：3,080 百万元",
    notSeparately: /^LIB: .+（未单独公布）$/,
    fromCells: "由单元格 A1, $B$2 计算，结果见单元格。",
    written: /=ZIBO\.YOY_BASE\(A1,\$B\$2\)/,
  },
} as const;

const optionTexts = (page: Page, id: string) =>
  page
    .locator(`#${id} option`)
    .evaluateAll((options) =>
      options.map((o) => [(o as HTMLOptionElement).value, o.textContent ?? ""]),
    );
const answer = (page: Page) => page.locator("#formula-answer").textContent();

describe.each(["en", "zh"] as const)("the formula picker in a 320 px pane (%s)", (language) => {
  const s = paneStrings(language);
  const expected = EXPECTED[language];
  let pane: Pane;
  afterEach(async () => {
    await pane?.page.close();
  });

  test("offers Shandong's own spans for REGION_EXPORTS, marked, and previews the answer or the #N/A", async () => {
    pane = await openPane({ width: 320, displayLanguage: language === "zh" ? "zh-CN" : "en-US" });
    const { page } = pane;
    const fn = page.getByLabel(s.formulaFunctionLabel, { exact: true });

    // Zibo's LIB is not published apart from LIB_PV: the category says so.
    const categories = await optionTexts(page, "formula-param-category");
    expect(categories.find(([v]) => v === "LIB")?.[1]).toMatch(expected.notSeparately);

    await fn.selectOption("REGION_EXPORTS");
    await expect(page.getByLabel(s.paramLabel.region, { exact: true }).inputValue()).resolves.toBe(
      "Shandong",
    );
    await page.getByLabel(s.paramLabel.category, { exact: true }).selectOption("TOTAL");
    const spans = await optionTexts(page, "formula-param-period");
    expect(spans).toEqual(
      expect.arrayContaining([
        ["2023M01-M09", "2023M01-M09"],
        ["2023Q4", expected.derived],
        ["2024M01-M05", expected.growthOnly],
      ]),
    );
    // Published spans come before derived ones, and those giving #N/A last.
    const values = spans.map(([v]) => v);
    expect(values.indexOf("2023M01-M09")).toBeLessThan(values.indexOf("2023Q4"));
    expect(values.indexOf("2023Q4")).toBeLessThan(values.indexOf("2024M01-M05"));

    const period = page.getByLabel(s.paramLabel.period, { exact: true });
    await period.selectOption("2023Q4");
    await expect(page.locator("#formula-preview").textContent()).resolves.toBe(
      '=ZIBO.REGION_EXPORTS("Shandong","TOTAL","2023Q4")',
    );
    await expect(answer(page)).resolves.toBe(expected.answer);
    await expect(page.locator("#formula-answer").getAttribute("aria-live")).resolves.toBe("polite");

    await period.selectOption("2024M01-M05");
    const na = await answer(page);
    expect(na).toMatch(/^#N\/A /);
    expect(na).toContain("REGION_GROWTH");

    // By keyboard: the fields follow the function list in the order of the formula's arguments.
    const focused = () => page.evaluate(() => document.activeElement?.id);
    await fn.focus();
    for (const id of ["region", "category", "period", "unit", "as_of"]) {
      await page.keyboard.press("Tab");
      await expect(focused()).resolves.toBe(`formula-param-${id}`);
    }

    const overflow = await page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
    mkdirSync(ARTIFACTS, { recursive: true });
    await period.selectOption("2023Q4");
    await page.locator("#formula-section").scrollIntoViewIfNeeded();
    const file = path.join(ARTIFACTS, `formula-picker-${language}.png`);
    await page.locator("#formula-section").screenshot({ path: file });
    expect(readFileSync(file).subarray(1, 4).toString()).toBe("PNG");
    expect(pane.problems).toEqual([]);
  });

  test("SOURCE's answer marks a title in the other language with its lang", async () => {
    pane = await openPane({ width: 320, displayLanguage: language === "zh" ? "zh-CN" : "en-US" });
    const { page } = pane;
    await page.getByLabel(s.formulaFunctionLabel, { exact: true }).selectOption("SOURCE");
    await page.locator("#formula-answer").filter({ hasText: /\w{3}/ }).waitFor();
    const marked = await page
      .locator("#formula-answer span[lang]")
      .evaluateAll((spans) => spans.map((e) => [e.getAttribute("lang"), e.textContent ?? ""]));
    if (language === "zh") expect(marked.filter(([lang]) => lang === "en")).not.toEqual([]);
    for (const [lang, text] of marked) {
      expect(lang).toBe(language === "zh" ? "en" : "zh-CN");
      expect(text).toMatch(language === "zh" ? /^[A-Za-z]/ : /\p{Script=Han}/u);
    }
    expect(pane.problems).toEqual([]);
  });

  test("a cell reference in a number field is written unquoted into YOY_BASE", async () => {
    pane = await openPane({ width: 320, displayLanguage: language === "zh" ? "zh-CN" : "en-US" });
    const { page } = pane;
    await page.evaluate(() =>
      (window as unknown as StandInWindow).__standIn.select("Sheet1", "D5"),
    );
    await page.getByLabel(s.formulaFunctionLabel, { exact: true }).selectOption("YOY_BASE");
    // Typed as a reader types them, field to field by Tab.
    await page.getByLabel(s.paramLabel.current, { exact: true }).fill("");
    await page.getByLabel(s.paramLabel.current, { exact: true }).focus();
    await page.keyboard.type("A1");
    await page.keyboard.press("Tab");
    await page.keyboard.press("ControlOrMeta+A");
    await page.keyboard.type("$B$2");
    await expect(page.locator("#formula-preview").textContent()).resolves.toBe(
      "=ZIBO.YOY_BASE(A1,$B$2)",
    );
    await expect(answer(page)).resolves.toBe(expected.fromCells);
    await page.getByRole("button", { name: s.formulaInsert }).click();
    await statusText(page, expected.written);
    const formula = await page.evaluate(
      () => (window as unknown as StandInWindow).__standIn.cell("Sheet1", "D5")?.formula,
    );
    expect(formula).toBe("=ZIBO.YOY_BASE(A1,$B$2)");
    const file = path.join(ARTIFACTS, `formula-picker-cells-${language}.png`);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.locator("#formula-section").screenshot({ path: file });
    expect(pane.problems).toEqual([]);
  });
});
