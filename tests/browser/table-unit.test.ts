/**
 * The tables in 亿元 from the built pane: the Insert option, the exports and context tables it
 * writes, and the choice remembered across a reload. Run `npm run build:local` first (`npm test` does).
 */
import { statusText, waitForPane, type Pane } from "./support/pane";
import { serveAddIn } from "./support/served-add-in";
import type { StandInWindow } from "./support/stand-in-types";

const { openPane } = serveAddIn();

describe("the tables in 亿元", () => {
  let pane: Pane;
  afterEach(async () => {
    await pane?.page.close();
  });

  test("ticked, the exports and context tables name 亿元 and hold 亿元; the choice is there again after a reload", async () => {
    pane = await openPane({ width: 320, height: 720 });
    const { page } = pane;
    expect(pane.problems).toEqual([]);
    const option = page.getByRole("checkbox", { name: /^Tables in 100 million yuan/ });
    await expect(option.isChecked()).resolves.toBe(false);
    await option.check();
    await page.evaluate(() =>
      (window as unknown as StandInWindow).__standIn.select("Sheet1", "B2"),
    );
    await page.getByRole("button", { name: "Insert exports table" }).click();
    await statusText(page, /Inserted/);
    const grid = await page.evaluate(() =>
      (window as unknown as StandInWindow).__standIn.grid("Sheet1", "B2", 5, 13),
    );
    const header = grid[0]!;
    const yuan = header.indexOf("Exports (100 million yuan)");
    expect(yuan).toBeGreaterThan(0);
    expect(header).toContain("Exports (100 million USD)");
    const nev = grid.find((row) => row[0] === "2024Q1" && row[2] === "NEV");
    expect(nev?.[yuan]).toBe(0.7);

    // The context table too: Shandong's and China's figures in 亿元, their provenance as before.
    await page.evaluate(() =>
      (window as unknown as StandInWindow).__standIn.select("Sheet1", "T2"),
    );
    await page.getByRole("button", { name: "Insert context figures table" }).click();
    await statusText(page, /Inserted ZiboContext/);
    const context = await page.evaluate(() =>
      (window as unknown as StandInWindow).__standIn.grid("Sheet1", "T2", 40, 11),
    );
    const contextYuan = context[0]!.indexOf("Exports (100 million yuan)");
    expect(contextYuan).toBeGreaterThan(0);
    expect(context[0]).not.toContain("Exports (million yuan)");
    const shandong = context.find(
      (row) => row[0] === "Shandong province" && row[1] === "2024Q1" && row[contextYuan] !== "",
    );
    expect(shandong?.[contextYuan]).toBe(28.9);
    expect(shandong?.[context[0]!.indexOf("Kind")]).toBe("reported");

    await page.reload();
    await waitForPane(page);
    await expect(
      page.getByRole("checkbox", { name: /^Tables in 100 million yuan/ }).isChecked(),
    ).resolves.toBe(true);
    expect(pane.problems).toEqual([]);
  });
});
