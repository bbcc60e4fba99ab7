/**
 * The built pane in Chinese: following Office's display language, switched by the reader (in
 * place, remembered across a reload), and the tables it inserts. Run `npm run build:local` first.
 */
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { paneStrings } from "../../src/taskpane/strings";
import { statusText, waitForPane, type Pane } from "./support/pane";
import { serveAddIn } from "./support/served-add-in";
import type { StandInWindow } from "./support/stand-in-types";

const ROOT = path.resolve(__dirname, "../..");
const ARTIFACTS = path.join(ROOT, "test-artifacts");
const zh = paneStrings("zh");
const en = paneStrings("en");
const HAN = /\p{Script=Han}/u;

const { openPane } = serveAddIn();

/** The words of the pane's own furniture: headings, hints, labels, buttons and status. */
function paneWords(page: Page): Promise<string[]> {
  return page.evaluate(() =>
    [
      ...document.querySelectorAll(
        "h1, h2, h3, p.hint, label, #language-select option[value=auto], button:not([hidden]), #latest-figures dd, .derived-how, #dataset-info",
      ),
    ].map((e) => e.textContent ?? ""),
  );
}

describe("the task pane in Chinese", () => {
  let pane: Pane;
  afterEach(async () => {
    await pane?.page.close();
  });

  test("with Office in zh-CN, every heading, hint, label, button and working reads Chinese", async () => {
    pane = await openPane({ displayLanguage: "zh-CN" });
    const { page } = pane;
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe("zh-CN");
    await expect(page.title()).resolves.toBe("淄博新三样");
    await expect(page.locator("#dataset-info").textContent()).resolves.toBe(
      "数据集 2024M05.1 · 截至 2024-06-27",
    );
    await expect(page.getByRole("button", { name: "插入出口数据表" }).isVisible()).resolves.toBe(
      true,
    );
    await expect(page.getByLabel("语言").inputValue()).resolves.toBe("auto");
    const words = await paneWords(page);
    expect(words.length).toBeGreaterThan(20);
    expect(words.filter((text) => !HAN.test(text))).toEqual([]);
    await expect(page.getByRole("button", { name: "插入公式" }).count()).resolves.toBe(1);
    await expect(
      page.getByRole("link", { name: "EXPORTS 的帮助" }).getAttribute("href"),
    ).resolves.toBe("help.html#zh-exports");
    await expect(page.locator(".derived-how").allTextContents()).resolves.toContain(
      "TOTAL − NEV = 80 − 70；两项均为四舍五入后的公布值：其值在 0 至 20 百万元之间，因两项均只精确到 10 百万元",
    );
    expect(pane.problems).toEqual([]);
  });

  test("the switch shows Chinese at once without a reload, and is remembered across one", async () => {
    pane = await openPane({ displayLanguage: "en-US" });
    const { page } = pane;
    await page.evaluate(() => Object.assign(window, { loadedOnce: true }));
    await expect(page.getByLabel(en.languageLabel).inputValue()).resolves.toBe("auto");
    // Its label changes with the language, so the switch is found by id from here on.
    const select = page.locator("#language-select");

    // By keyboard: on the switch, the arrow keys move through Same as Office, English, 简体中文
    // (in the closed select, or in its list where it opens one); Enter commits the choice.
    await select.focus();
    const at = () =>
      page.evaluate(() => {
        const active = document.activeElement as HTMLSelectElement | HTMLOptionElement;
        return active.value;
      });
    for (let i = 0; i < 6 && (await at()) !== "zh"; i++) await page.keyboard.press("ArrowDown");
    await page.keyboard.press("Enter");
    await expect(select.inputValue()).resolves.toBe("zh");

    // The Chinese strings are fetched on this first switch; the pane changes when they arrive.
    await page.getByRole("heading", { level: 1, name: zh.appTitle }).waitFor();
    await expect(page.locator("#insert-exports").textContent()).resolves.toBe(zh.insertExports);
    await expect(page.locator("#formula-description").textContent()).resolves.toBe(
      zh.functionHelp.EXPORTS,
    );
    await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe("zh-CN");
    await expect(page.evaluate(() => "loadedOnce" in window)).resolves.toBe(true);
    // The reader stays on the switch.
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe("language-select");
    expect((await paneWords(page)).filter((text) => !HAN.test(text))).toEqual([]);

    await page.reload();
    await waitForPane(page);
    await expect(page.locator("#insert-exports").textContent()).resolves.toBe(zh.insertExports);
    await expect(page.getByLabel(zh.languageLabel).inputValue()).resolves.toBe("zh");

    await page.getByLabel(zh.languageLabel).selectOption("auto");
    await page.getByRole("heading", { level: 1, name: en.appTitle }).waitFor();
    await expect(page.locator("#insert-exports").textContent()).resolves.toBe(en.insertExports);
    await page.reload();
    await waitForPane(page);
    await expect(page.locator("#insert-exports").textContent()).resolves.toBe(en.insertExports);
    expect(pane.problems).toEqual([]);
  });

  test("a reader in a Chinese Office can choose English", async () => {
    pane = await openPane({ displayLanguage: "zh-TW" });
    const { page } = pane;
    await expect(page.locator("#insert-exports").textContent()).resolves.toBe(zh.insertExports);
    await page.getByLabel(zh.languageLabel).selectOption({ label: "English" });
    await expect(page.locator("#insert-exports").textContent()).resolves.toBe(en.insertExports);
    await expect(page.locator(".derived-how").allTextContents()).resolves.toContain(
      "TOTAL − NEV = 80 − 70; both inputs are rounded: it lies between 0 and 20 million yuan, since both inputs are rounded to 10 million",
    );
  });

  test("an exports table inserted in Chinese has Chinese headers, names, kinds and working; the same figures", async () => {
    pane = await openPane({ displayLanguage: "zh-CN" });
    const { page } = pane;
    await page.getByRole("button", { name: zh.insertExports }).click();
    await expect(statusText(page, /已在/)).resolves.toBe("已在 Sheet1!B2:M9 插入 ZiboExports。");
    const grid = await page.evaluate(() =>
      (window as unknown as StandInWindow).__standIn.grid("Sheet1", "B2", 8, 12),
    );
    // No "类别（中文）": in Chinese it would repeat 类别 word for word.
    expect(grid[0]).toEqual([
      "期间",
      "涵盖月份",
      "代码",
      "类别",
      "出口额（百万元）",
      "出口额（百万美元）",
      "同比（%）",
      "数据类型",
      "推算方法",
      "统计口径",
      "来源",
      "来源链接",
    ]);
    expect(
      grid.slice(1, 5).map((row) => `${row[0]} ${row[1]} ${row[2]} ${row[3]} ${row[7]}`),
    ).toEqual([
      "2023Q1 2023年第一季度 TOTAL 新三样 推算值",
      "2024Q1 2024年第一季度 TOTAL 新三样 公布值",
      "2024Q1 2024年第一季度 NEV 新能源汽车 公布值；百万美元金额为换算值",
      "2024Q1 2024年第一季度 LIB_PV 锂电池与光伏产品合计 推算值",
    ]);
    expect(grid[2].slice(4, 7)).toEqual([80, 11.07, 931.2]);
    expect(String(grid[4][8]).split("\n")).toEqual([
      "百万元金额：TOTAL − NEV = 80 − 70；两项均为四舍五入后的公布值：其值在 0 至 20 百万元之间，因两项均只精确到 10 百万元",
      "百万美元金额：按来源隐含的汇率换算：10 × 11.07 / 80，来源公布 80 百万元 = 11.07 百万美元（7.2267 元/美元）；因输入值经四舍五入，其值约在 0 至 2.952 百万美元之间",
    ]);
    // The sources read as published; only the words around them are Chinese.
    expect(grid[2][10]).toMatch(/^chinadaily\.com\.cn, distributed by PR Newswire，“New quality/);
    expect(String(grid[6][0])).toMatch(/^来源：/);
    expect(String(grid[7][0])).toMatch(/^淄博新三样数据集 2024M05\.1，截至 2024-06-27。/);
    expect(pane.problems).toEqual([]);
  });

  test("the parks table inserted in Chinese has Chinese headers and park names", async () => {
    pane = await openPane({ displayLanguage: "zh-CN" });
    const { page } = pane;
    await page.getByRole("button", { name: zh.insertParks }).click();
    await statusText(page, /已在/);
    const header = await page.evaluate(() =>
      (window as unknown as StandInWindow).__standIn.grid("Sheet1", "B2", 2, 5),
    );
    expect(header[0]).toEqual(["园区", "主导产业", "位置", "来源", "来源链接"]);
    expect(String(header[1][0])).toMatch(HAN);
  });

  test("fits a 320 px wide pane in Chinese without horizontal scrolling", async () => {
    pane = await openPane({ displayLanguage: "zh-CN", width: 320 });
    const overflow = await pane.page.evaluate(
      () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
    );
    expect(overflow).toBe(0);
  });

  test("saves a screenshot of the pane in Chinese (test-artifacts/taskpane-zh.png)", async () => {
    pane = await openPane({ displayLanguage: "zh-CN", width: 360, height: 720 });
    const { page } = pane;
    await page.getByRole("button", { name: zh.insertExports }).click();
    await statusText(page, /已在/);
    mkdirSync(ARTIFACTS, { recursive: true });
    const file = path.join(ARTIFACTS, "taskpane-zh.png");
    await page.screenshot({ path: file });
    await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-zh-full.png"), fullPage: true });
    expect(readFileSync(file).subarray(1, 4).toString()).toBe("PNG");
  });
});
