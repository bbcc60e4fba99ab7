/**
 * Text from the data lands in the sheet as text, in the built pane in Chromium: a park named
 * 2024-05-20, TRUE, 0012 or 50% is not turned into a date, a logical or a number, when inserted
 * or when a refresh adds it. The stand-in converts text written into a cell not formatted as text,
 * as Excel does.
 */
import { bundledFile, newQuarterFile } from "../support/datasets";
import { statusText, type Pane } from "./support/pane";
import { serveAddIn } from "./support/served-add-in";
import type { StandInWindow } from "./support/stand-in-types";

const { openPane, publish } = serveAddIn({ hostCopy: true });
let pane: Pane | undefined;

/** The bundled data, or the new quarter, with parks whose names and focus look like other types. */
function withLookalikeParks<F extends ReturnType<typeof bundledFile>>(file: F, names: string[]): F {
  const park = file.parks[0]!;
  for (const [i, name] of names.entries()) {
    file.parks.push({ ...park, id: `lookalike-${i}`, nameEn: name, focusEn: `${name}` });
  }
  return file;
}

const column = (page: Pane["page"], a1: string, rows: number) =>
  page.evaluate(
    ({ at, count }) => {
      const s = (window as unknown as StandInWindow).__standIn;
      const row = Number(at.replace(/\D+/g, ""));
      const col = at.replace(/\d+/g, "");
      return Array.from({ length: count }, (_, i) => {
        const cell = s.cell("Sheet1", `${col}${row + i}`);
        return { value: cell?.value, numberFormat: cell?.numberFormat };
      });
    },
    { at: a1, count: rows },
  );

test("park names that look like a date, a logical, a number or a percentage stay text, inserted and refreshed", async () => {
  const bundledParks = bundledFile().parks.length;
  publish(withLookalikeParks(bundledFile(), ["2024-05-20", "TRUE"]));
  pane = await openPane();
  const { page } = pane;
  await page.locator("#data-headline", { hasText: /^Updated|^No newer data/ }).waitFor();
  await page.evaluate(() => (window as unknown as StandInWindow).__standIn.select("Sheet1", "A1"));
  await page.click("#insert-parks");
  await statusText(page, /Inserted ZiboParks/);

  const inserted = await column(page, `A${2 + bundledParks}`, 2);
  expect(inserted).toEqual([
    { value: "2024-05-20", numberFormat: "@" },
    { value: "TRUE", numberFormat: "@" },
  ]);

  publish(withLookalikeParks(newQuarterFile(), ["2024-05-20", "TRUE", "0012", "50%"]));
  await page.click("#refresh-data");
  await page.locator("#data-headline", { hasText: /^Updated to dataset 2024Q2\.1/ }).waitFor();
  const refreshed = await column(page, `A${2 + bundledParks}`, 4);
  expect(refreshed.map((c) => c.value)).toEqual(["2024-05-20", "TRUE", "0012", "50%"]);
  // The focus column too: every text column is text.
  const focus = await column(page, `C${2 + bundledParks}`, 4);
  expect(focus.map((c) => c.value)).toEqual(["2024-05-20", "TRUE", "0012", "50%"]);
  expect(pane.problems).toEqual([]);
});
