/**
 * One message in one place: each data action's outcome appears once in the pane, in both
 * languages. A check (Refresh) is said in the data box beside it; an action started lower in the
 * section (import, feed address, reset to published data) in the message bar, where the reader
 * is, while the data box says only the data in use; a refused address beside its field.
 */
import type { Page } from "playwright-core";
import { paneStrings } from "../../src/taskpane/strings";
import { noteText, statusText, timesShown, type Pane } from "./support/pane";
import { serveAddIn } from "./support/served-add-in";

const addIn = serveAddIn();
let pane: Pane | undefined;

afterEach(async () => {
  await pane?.page.close();
  pane = undefined;
});

const CSV =
  "period,category,value_cny_mn,yoy_pct,source_title,source_url,published\n" +
  "2024Q2,NEV,75,,Zibo customs bulletin,https://example.org/zibo,2024-07-15\n";

/** The first sentence of a message: its headline, without the details after it. */
const firstSentence = (text: string) => text.split(/(?<=\.)\s+|(?<=。)/)[0]!;

/** The message bar's text once it holds an outcome matching the pattern, not the progress. */
async function outcome(page: Page, pattern: RegExp): Promise<string> {
  const bar = page.locator("#status:not([data-kind=progress])");
  await bar.filter({ hasText: pattern }).waitFor();
  return (await bar.textContent()) ?? "";
}

async function saidOnce(page: Page, text: string): Promise<void> {
  expect(text).not.toBe("");
  await expect(timesShown(page, text)).resolves.toBe(1);
}

describe.each([
  ["en", "en-US"],
  ["zh", "zh-CN"],
] as const)("in %s", (language, displayLanguage) => {
  const s = paneStrings(language);
  const open = async () => {
    pane = await addIn.openPane({ displayLanguage });
    const page = pane.page;
    await page
      .locator("#data-headline")
      .filter({ hasText: /2024-05-20/ })
      .waitFor();
    return page;
  };
  const inUse = (page: Page) => page.locator("#data-headline").textContent();

  test("Refresh, an import, a refused file and a refused address: each said once", async () => {
    const page = await open();
    await page.click("#refresh-data");
    await page.locator("#refresh-data:enabled").waitFor();
    await saidOnce(page, (await inUse(page)) ?? "");

    await page.locator("#import-file").setInputFiles({
      name: "mine.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(CSV),
    });
    const imported = await outcome(page, /mine\.csv/);
    await saidOnce(page, firstSentence(imported));
    await expect(inUse(page)).resolves.not.toContain("mine.csv");

    await page.locator("#import-file").setInputFiles({
      name: "broken.csv",
      mimeType: "text/csv",
      buffer: Buffer.from("hello,world\n1,2\n"),
    });
    const refused = await outcome(page, /broken\.csv/);
    await expect(page.locator("#status").getAttribute("data-kind")).resolves.toBe("error");
    await saidOnce(page, firstSentence(refused));

    await page.locator("#feed-url").fill("");
    await page.click("#feed-save");
    await saidOnce(page, await noteText(page, /./));
    await expect(page.locator("#status").textContent()).resolves.not.toContain(s.feedUrlRequired);
    expect(pane!.problems).toEqual([]);
  });

  test("saving a feed address, going back to the default, and reset to published data: each said once", async () => {
    const page = await open();
    const url = `${addIn.server.url}data/zibo-new-three.json?copy`;
    await page.locator("#feed-url").fill(url);
    await page.click("#feed-save");
    const saved = await outcome(page, /2024-05-20/);
    await saidOnce(page, firstSentence(saved));
    await saidOnce(page, s.feedUrlSaved({ url }));
    await expect(inUse(page)).resolves.toBe(
      s.dataInUse({ version: "2024M05.1", asOf: "2024-06-27" }),
    );

    await page.click("#feed-reset");
    await page.locator("#feed-url-note").filter({ hasText: s.feedUrlIsDefault }).waitFor();
    await page.locator("#feed-reset:enabled").waitFor();
    await saidOnce(page, firstSentence((await page.locator("#status").textContent()) ?? ""));

    await page.click("#reset-published");
    await page.click("#reset-confirm-yes");
    await statusText(page, new RegExp(firstSentence(s.resetDone).slice(0, 12)));
    await saidOnce(page, s.resetDone);
    await page.locator("#reset-published:enabled").waitFor();
    const afterReset = (await page.locator("#status").textContent()) ?? "";
    await saidOnce(page, firstSentence(afterReset.slice(s.resetDone.length).trim()));
    expect(pane!.problems).toEqual([]);
  });
});
