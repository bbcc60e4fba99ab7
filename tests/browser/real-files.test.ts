/**
 * Files as users have them, in the built pane in Chromium: a CSV saved by Excel on Chinese
 * Windows (GBK) and a tab-separated UTF-16 "Unicode Text" file picked in the file input, and a
 * feed dated in the future (a typo) that must not lock out the correct feed after it.
 */
import type { Page } from "playwright-core";
import { newQuarterFile, revisedFile } from "../support/datasets";
import { statusText } from "./support/pane";
import { serveAddIn } from "./support/served-add-in";
import type { StandInWindow } from "./support/stand-in-types";

const { openPane, publish } = serveAddIn({ hostCopy: true });

const headline = (page: Page, pattern: RegExp) =>
  page.locator("#data-headline").filter({ hasText: pattern }).waitFor();

const nev2024Q2 = async (page: Page) => {
  const handle = await page.evaluate(() =>
    (window as unknown as StandInWindow).__standIn.stream("EXPORTS", [
      [["NEV"]],
      [["2024Q2"]],
      null,
    ]),
  );
  return page.evaluate(
    (h) => (window as unknown as StandInWindow).__standIn.results(h).at(-1),
    handle,
  );
};

const HEADER = "period,category,value_cny_mn,yoy_pct,source_title,source_url,published";
const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));
/** 新能源汽车 and 淄博 in GBK. */
const GBK_NEV = [0xd0, 0xc2, 0xc4, 0xdc, 0xd4, 0xb4, 0xc6, 0xfb, 0xb3, 0xb5];
const GBK_ZIBO = [0xd7, 0xcd, 0xb2, 0xa9];

test("a GBK CSV from Excel on Chinese Windows is imported, and the Chinese pane says it was read as GBK", async () => {
  publish(newQuarterFile());
  const pane = await openPane({ displayLanguage: "zh-CN" });
  const { page } = pane;
  await headline(page, /已更新为数据集 2024Q2\.1/);
  const bytes = Buffer.from([
    ...ascii(`${HEADER}\r\n2024Q3,`),
    ...GBK_NEV,
    ...ascii(",81,,"),
    ...GBK_ZIBO,
    ...ascii(" release,https://stats.example.gov.cn/q3,2024-10-20\r\n"),
  ]);
  await page.setInputFiles("#import-file", {
    name: "淄博.csv",
    mimeType: "text/csv",
    buffer: bytes,
  });
  // An import's outcome, with its details, in the message bar where the file was picked.
  const details = await statusText(page, /^已导入 淄博\.csv。/);
  expect(details).toContain("2024Q3 新增");
  expect(details).toContain("文件不是 UTF-8 编码，已按 GBK");
  expect(pane.problems).toEqual([]);
});

test("a UTF-16 tab-separated file (Excel's Unicode Text) is imported", async () => {
  publish(newQuarterFile());
  const pane = await openPane();
  const { page } = pane;
  await headline(page, /^Updated to dataset 2024Q2\.1/);
  const text = `${HEADER.replaceAll(",", "\t")}\r\n2024Q3\tNEV\t81\t\t淄博海关\thttps://stats.example.gov.cn/q3\t\r\n`;
  const buffer = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from(text, "utf16le")]);
  await page.setInputFiles("#import-file", { name: "zibo.txt", mimeType: "text/plain", buffer });
  expect(await statusText(page, /^Imported zibo\.txt\./)).toContain("2024Q3 added: NEV 81");
  expect(pane.problems).toEqual([]);
});

test("a feed dated 2204 is refused, and the correct feed after it is taken", async () => {
  publish({ ...revisedFile(), asOf: "2204-08-15" });
  const pane = await openPane();
  const { page } = pane;
  await headline(page, /^The feed's file was not used: /);
  expect(await page.locator("#data-details").innerText()).toMatch(
    /asOf 2204-08-15 is after today \(\d{4}-\d\d-\d\d\); a dataset cannot be dated in the future/,
  );
  expect(await nev2024Q2(page)).toEqual([[expect.objectContaining({ error: "#N/A" })]]);

  publish(revisedFile());
  await page.click("#refresh-data");
  await headline(page, /^Updated to dataset 2024Q2\.2/);
  expect(await nev2024Q2(page)).toEqual([[80]]);
});
