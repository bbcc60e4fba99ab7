/**
 * The built task pane (dist/taskpane.html) in headless Chromium, served over HTTP like a web host
 * serves it, with office.js replaced by a stand-in for the Office host. Run `npm run build:local` first
 * (`npm test` does).
 */
import { mkdirSync, readFileSync } from "node:fs";
import path from "node:path";
import type { Page } from "playwright-core";
import { languageFor } from "../../src/core";
import { paneStrings } from "../../src/taskpane/strings";
import { statusText, type Pane } from "./support/pane";
import { serveAddIn } from "./support/served-add-in";
import type { StandInWindow } from "./support/stand-in-types";

const ROOT = path.resolve(__dirname, "../..");
const ARTIFACTS = path.join(ROOT, "test-artifacts");
const SETTING = "ZiboNewThree.insertedTables";

const { openPane } = serveAddIn();

/** The text a screen reader gives as the element's description (its aria-describedby targets). */
const describedBy = (page: Page, id: string) =>
  page.evaluate(
    (target) =>
      (document.getElementById(target)?.getAttribute("aria-describedby") ?? "")
        .split(" ")
        .map((ref) => document.getElementById(ref)?.textContent ?? "")
        .join(" ")
        .trim(),
    id,
  );

describe("the task pane in Chromium", () => {
  let pane: Pane;
  afterEach(async () => {
    await pane?.page.close();
  });

  test("loads without console errors, shows the dataset's version and as-of date, and registers the functions", async () => {
    pane = await openPane();
    const { page } = pane;
    await expect(page.locator("#dataset-info").textContent()).resolves.toBe(
      "Dataset 2024M05.1 · as of 2024-06-27",
    );
    await expect(page.title()).resolves.toBe("Zibo New Three");
    await expect(page.getByRole("heading", { level: 1 }).textContent()).resolves.toBe(
      "Zibo New Three",
    );
    await expect(
      page.getByRole("button", { name: "Insert exports table" }).isVisible(),
    ).resolves.toBe(true);
    await expect(
      page.getByRole("button", { name: "Insert industrial parks table" }).isVisible(),
    ).resolves.toBe(true);
    await expect(
      page.getByRole("button", { name: "Insert on a new worksheet" }).count(),
    ).resolves.toBe(0);
    const ids = await page.evaluate(() =>
      (window as unknown as StandInWindow).__standIn.functionIds(),
    );
    expect(ids).toContain("EXPORTS");
    expect(pane.problems).toEqual([]);
    expect(pane.external).toEqual([]);
  });

  test("Insert exports table puts the Zibo figures at the selected cell as a formatted table", async () => {
    pane = await openPane();
    const { page } = pane;
    await page.evaluate(() =>
      (window as unknown as StandInWindow).__standIn.select("Sheet1", "B2"),
    );

    await page.getByRole("button", { name: "Insert exports table" }).click();

    await expect(statusText(page, /Inserted/)).resolves.toBe(
      "Inserted ZiboExports at Sheet1!B2:N9.",
    );
    const wb = await page.evaluate((key) => {
      const s = (window as unknown as StandInWindow).__standIn;
      return {
        tables: s.tables(),
        grid: s.grid("Sheet1", "B2", 5, 13),
        usd: s.cell("Sheet1", "H3"),
        link: s.cell("Sheet1", "N4"),
        citation: s.cell("Sheet1", "B8"),
        setting: s.setting(key),
      };
    }, SETTING);
    expect(wb.tables).toEqual([
      {
        name: "ZiboExports",
        style: "TableStyleMedium2",
        address: "Sheet1!B2:N6",
        hasHeaders: true,
      },
    ]);
    expect(wb.grid[0]).toEqual([
      "Period",
      "Months covered",
      "Code",
      "Category",
      "Category (Chinese)",
      "Exports (million yuan)",
      "Exports (million USD)",
      "Year-on-year %",
      "Kind",
      "How derived",
      "Scope",
      "Source",
      "Source link",
    ]);
    expect(wb.grid.slice(1).map((row) => `${row[0]} ${row[2]} ${row[8]}`)).toEqual([
      "2023Q1 TOTAL derived",
      "2024Q1 TOTAL reported",
      "2024Q1 NEV reported; million USD converted",
      "2024Q1 LIB_PV derived",
    ]);
    expect(wb.grid[2].slice(5, 8)).toEqual([80, 11.07, 931.2]);
    expect(wb.grid[2][1]).toBe("Q1 2024");
    // Not published and not derivable: an empty cell, never a number.
    expect(wb.usd).toMatchObject({ value: "", numberFormat: "#,##0.00" });
    expect(wb.link?.hyperlink?.address).toMatch(/^https:\/\/www\.prnewswire\.com\//);
    expect(wb.citation).toMatchObject({ format: { italic: true } });
    expect(String(wb.citation?.value)).toMatch(/^Sources: /);
    expect(JSON.parse(String(wb.setting))).toEqual([
      expect.objectContaining({
        name: "ZiboExports",
        kind: "exports",
        datasetVersion: "2024M05.1",
      }),
    ]);
    expect(pane.problems).toEqual([]);
  });

  test("with figure cards chosen, the exports table gets a last column of numbers carrying their cards", async () => {
    pane = await openPane();
    const { page } = pane;
    await page.evaluate(() =>
      (window as unknown as StandInWindow).__standIn.select("Sheet1", "B2"),
    );
    await page.getByRole("checkbox", { name: /column of figure cards/ }).check();
    await page.getByRole("button", { name: "Insert exports table" }).click();
    const inserted = await statusText(page, /Inserted/);
    // The card column is the table's last: its letter ends the inserted area's address.
    const last = /^Inserted ZiboExports at Sheet1!B2:([A-Z])9\.$/.exec(inserted)?.[1] ?? "?";
    const wb = await page.evaluate((column) => {
      const s = (window as unknown as StandInWindow).__standIn;
      return {
        header: s.cell("Sheet1", `${column}2`),
        nev: s.cell("Sheet1", `${column}5`),
        libPv: s.cell("Sheet1", `${column}6`),
      };
    }, last);
    expect(wb.header?.value).toBe("Figure card (million yuan)");
    expect(wb.nev).toMatchObject({ value: 70, numberFormat: "#,##0.00" });
    expect(wb.nev?.valueAsJson).toMatchObject({
      type: "Double",
      basicValue: 70,
      properties: { Kind: { basicValue: "reported" }, Period: { basicValue: "2024Q1" } },
    });
    expect(wb.libPv?.valueAsJson?.properties).toMatchObject({
      Kind: { basicValue: "derived" },
      Working: {
        basicValue:
          "TOTAL − NEV = 80 − 70; both inputs are rounded: it lies between 0 and 20 million yuan, since both inputs are rounded to 10 million",
      },
    });
    expect(pane.problems).toEqual([]);
  });

  test("in an Excel without ExcelApi 1.19, the figure-card option stays in reach but unavailable, and the table is inserted without it", async () => {
    pane = await openPane({ missingSets: ["ExcelApi 1.19"] });
    const { page } = pane;
    const option = page.getByRole("checkbox", { name: /column of figure cards/ });
    await expect(option.getAttribute("aria-disabled")).resolves.toBe("true");
    await expect(describedBy(page, "insert-cards")).resolves.toContain("Excel JavaScript API 1.19");
    // A mouse still reaches an aria-disabled option; Playwright waits for it unless forced.
    await option.click({ force: true });
    await expect(option.isChecked()).resolves.toBe(false);
    await expect(statusText(page, /Could not/)).resolves.toMatch(
      /^Could not add a column of figure cards\. Not available in this version of Excel/,
    );
    await page.evaluate(() =>
      (window as unknown as StandInWindow).__standIn.select("Sheet1", "B2"),
    );
    await page.getByRole("button", { name: "Insert exports table" }).click();
    await statusText(page, /Inserted ZiboExports/);
    const headers = await page.evaluate(
      () => (window as unknown as StandInWindow).__standIn.grid("Sheet1", "B2", 1, 20)[0],
    );
    expect(headers).toContain("Source link");
    expect(headers).not.toContain("Figure card (million yuan)");
    expect(pane.problems).toEqual([]);
  });

  test("Insert industrial parks table puts the parks and, under them, the notes", async () => {
    pane = await openPane();
    const { page } = pane;
    await page.evaluate(() =>
      (window as unknown as StandInWindow).__standIn.select("Sheet1", "A1"),
    );

    await page.getByRole("button", { name: "Insert industrial parks table" }).click();

    await expect(statusText(page, /Inserted/)).resolves.toBe(
      "Inserted ZiboParks, ZiboParkNotes at Sheet1!A1:F14.",
    );
    const wb = await page.evaluate(() => {
      const s = (window as unknown as StandInWindow).__standIn;
      return {
        tables: s.tables(),
        parks: s.grid("Sheet1", "A1", 4, 2),
        notes: s.grid("Sheet1", "A6", 6, 1),
      };
    });
    expect(wb.tables.map((t) => `${t.name} ${t.address}`)).toEqual([
      "ZiboParks Sheet1!A1:F4",
      "ZiboParkNotes Sheet1!A6:C11",
    ]);
    expect(wb.parks[1]).toEqual([
      "Zero-carbon smart innovation industrial park",
      "零碳智慧创新产业园",
    ]);
    expect(wb.notes.flat()).toEqual(
      expect.arrayContaining(["Geely intelligent factory, Zibo", "2023 three-year action plan"]),
    );
    expect(pane.problems).toEqual([]);
  });

  test("a second insert gets the next table name", async () => {
    pane = await openPane();
    const { page } = pane;
    await page.evaluate(() =>
      (window as unknown as StandInWindow).__standIn.select("Sheet1", "A1"),
    );
    await page.getByRole("button", { name: "Insert exports table" }).click();
    await statusText(page, /Inserted ZiboExports /);
    await page.evaluate(() =>
      (window as unknown as StandInWindow).__standIn.select("Sheet1", "A20"),
    );
    await page.getByRole("button", { name: "Insert exports table" }).click();
    await expect(statusText(page, /ZiboExports2/)).resolves.toBe(
      "Inserted ZiboExports2 at Sheet1!A20:M27.",
    );
  });

  test("a target that holds something is left alone, and a new worksheet is offered", async () => {
    pane = await openPane();
    const { page } = pane;
    await page.evaluate(() => {
      const s = (window as unknown as StandInWindow).__standIn;
      s.setCell("Sheet1", "D5", "my note");
      s.select("Sheet1", "B2");
    });

    await page.getByRole("button", { name: "Insert exports table" }).click();

    await expect(statusText(page, /not empty/)).resolves.toBe(
      "Nothing was inserted: Sheet1!B2:N9 is not empty, and the table needs that space. Select an empty cell, or insert on a new worksheet.",
    );
    const offer = page.getByRole("button", { name: "Insert on a new worksheet" });
    await expect(offer.isVisible()).resolves.toBe(true);
    mkdirSync(ARTIFACTS, { recursive: true });
    await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-occupied.png") });
    await expect(
      page.evaluate(() => (window as unknown as StandInWindow).__standIn.tables()),
    ).resolves.toEqual([]);

    await offer.click();

    await expect(statusText(page, /new worksheet/)).resolves.toBe(
      'Inserted ZiboExports on the new worksheet "Zibo exports".',
    );
    const wb = await page.evaluate(() => {
      const s = (window as unknown as StandInWindow).__standIn;
      return { tables: s.tables(), active: s.activeSheet(), mine: s.cell("Sheet1", "D5") };
    });
    expect(wb.tables).toEqual([
      expect.objectContaining({ name: "ZiboExports", address: "'Zibo exports'!A1:M5" }),
    ]);
    expect(wb.active).toBe("Zibo exports");
    expect(wb.mine?.value).toBe("my note");
    await expect(offer.count()).resolves.toBe(0);
    expect(pane.problems).toEqual([]);
  });

  test("the formula picker builds a formula from a function and its arguments, and writes it into the selected cell", async () => {
    pane = await openPane();
    const { page } = pane;
    await page.evaluate(() =>
      (window as unknown as StandInWindow).__standIn.select("Sheet1", "D5"),
    );
    // Every function is offered, with its parameters as labelled fields and a link to its help.
    await expect(
      page.getByLabel("Function", { exact: true }).locator("option").count(),
    ).resolves.toBe(15);
    await expect(page.locator("#formula-preview").textContent()).resolves.toBe(
      '=ZIBO.EXPORTS("NEV","2024Q1")',
    );
    await page.getByLabel("Category").selectOption("LIB_PV");
    await page.getByLabel("Unit").selectOption("USD");
    await expect(
      page.getByRole("link", { name: "Help for EXPORTS" }).getAttribute("href"),
    ).resolves.toBe("help.html#exports");

    await page.getByRole("button", { name: "Insert formula" }).click();

    await expect(statusText(page, /Wrote/)).resolves.toBe(
      'Wrote =ZIBO.EXPORTS("LIB_PV","2024Q1","USD") in Sheet1!D5.',
    );
    const cell = await page.evaluate(() =>
      (window as unknown as StandInWindow).__standIn.cell("Sheet1", "D5"),
    );
    expect(cell?.formula).toBe('=ZIBO.EXPORTS("LIB_PV","2024Q1","USD")');

    // Another function keeps the category chosen; a number that is not one is refused in words.
    await page.getByLabel("Function", { exact: true }).selectOption("SERIES");
    await expect(page.locator("#formula-preview").textContent()).resolves.toBe(
      '=ZIBO.SERIES("LIB_PV",,,"USD")',
    );
    await page.getByLabel("Function", { exact: true }).selectOption("YOY_BASE");
    await page.getByLabel("Year-on-year change (%)").fill("nine");
    await page.getByRole("button", { name: "Insert formula" }).click();
    await expect(statusText(page, /Nothing was inserted/)).resolves.toBe(
      "Nothing was inserted: Year-on-year change (%) must be a number or a cell, such as 80 or A1.",
    );
    await expect(page.evaluate(() => document.activeElement?.id)).resolves.toBe(
      "formula-param-yoy_percent",
    );
    await expect(
      page.evaluate(
        () => (window as unknown as StandInWindow).__standIn.cell("Sheet1", "D5")?.formula,
      ),
    ).resolves.toBe('=ZIBO.EXPORTS("LIB_PV","2024Q1","USD")');
    expect(pane.problems).toEqual([]);
  });

  test("Insert context figures table puts Shandong's and China's published figures at the selection", async () => {
    pane = await openPane();
    const { page } = pane;
    await page.evaluate(() =>
      (window as unknown as StandInWindow).__standIn.select("Sheet1", "B2"),
    );
    await page.getByRole("button", { name: "Insert context figures table" }).click();
    await expect(statusText(page, /Inserted/)).resolves.toBe(
      "Inserted ZiboContext at Sheet1!B2:L26.",
    );
    const wb = await page.evaluate(() => {
      const s = (window as unknown as StandInWindow).__standIn;
      return { tables: s.tables(), grid: s.grid("Sheet1", "B2", 21, 7) };
    });
    expect(wb.tables.map((t) => `${t.name} ${t.address}`)).toEqual(["ZiboContext Sheet1!B2:L22"]);
    const rows = wb.grid.slice(1).map((row) => row.join(" | "));
    expect(rows).toHaveLength(20);
    expect(rows).toEqual(
      expect.arrayContaining([
        expect.stringMatching(
          /^Shandong province \| 2023Q1 \| Q1 2023 \| .* \| 1519\.45\d* \| {2}\| derived$/,
        ),
        expect.stringMatching(
          /^Shandong province \| 2023M01-M09 \| January–September 2023, cumulative \(year to date\) \| .* \| 6310 \| 40\.6 \| reported$/,
        ),
        expect.stringMatching(
          /^Shandong province \| 2023Q4 \| Q4 2023 \| .* \| 3080 \| {2}\| derived$/,
        ),
        expect.stringMatching(
          /^Shandong province \| 2024Q1 \| Q1 2024 \| Lithium-ion batteries \| {2}\| 104\.4 \| reported: growth rate only, no value published$/,
        ),
        expect.stringMatching(
          /^Shandong province \| 2024Q1 \| Q1 2024 \| .* \| 2890 \| 90\.2 \| reported$/,
        ),
        expect.stringMatching(/^China \| 2022 \| 2022 \| .* \| 816012\.31\d* \| {2}\| derived$/),
        expect.stringMatching(/^China \| 2023 \| 2023 \| .* \| 1060000 \| 29\.9 \| reported$/),
      ]),
    );
    expect(pane.problems).toEqual([]);
  });

  test("the chart preview draws the series with derived bars hatched, and says every value", async () => {
    pane = await openPane();
    const { page } = pane;
    const img = page.getByRole("img", { name: /Exports by quarter/ });
    await expect(img.getAttribute("aria-label")).resolves.toBe(
      "Exports by quarter, million yuan: TOTAL 2023Q1: 7.76 (derived); TOTAL 2024Q1: 80 (reported); NEV 2024Q1: 70 (reported).",
    );
    const kinds = () =>
      page
        .locator(".chart-preview-bar")
        .evaluateAll((bars) =>
          bars.map((b) => `${b.getAttribute("data-kind")} ${b.getAttribute("fill")}`),
        );
    await expect(kinds()).resolves.toEqual([
      "derived url(#hatch-0)",
      "reported #1f4e79",
      "reported #c55a11",
    ]);
    await page.getByLabel("Beside TOTAL, show").selectOption("LIB_PV");
    await expect(kinds()).resolves.toEqual([
      "derived url(#hatch-0)",
      "reported #1f4e79",
      "derived url(#hatch-1)",
    ]);
    await expect(page.locator("#chart-preview").textContent()).resolves.toContain(
      "Hatched bars are derived",
    );
  });

  test("Insert chart says so when there is no exports table, and then builds on the inserted one", async () => {
    pane = await openPane();
    const { page } = pane;
    await page.getByRole("button", { name: "Insert chart" }).click();
    await expect(statusText(page, /No chart/)).resolves.toBe(
      "No chart was inserted: the workbook has no exports table from this add-in. Insert the exports table first, then the chart.",
    );
    await page.evaluate(() =>
      (window as unknown as StandInWindow).__standIn.select("Sheet1", "A1"),
    );
    await page.getByRole("button", { name: "Insert exports table" }).click();
    await statusText(page, /Inserted ZiboExports/);

    await page.getByRole("button", { name: "Insert chart" }).click();

    await expect(statusText(page, /chart on/)).resolves.toBe(
      'Inserted the chart on the new worksheet "Zibo chart", fed by the exports table ZiboExports.',
    );
    const wb = await page.evaluate(() => {
      const s = (window as unknown as StandInWindow).__standIn;
      return {
        charts: s.charts(),
        tables: s.tables(),
        data: s.grid("Zibo chart", "A1", 3, 4),
        source: s.cell("Zibo chart", "F19"),
        active: s.activeSheet(),
      };
    });
    expect(wb.tables.map((t) => `${t.name} ${t.address}`)).toEqual([
      "ZiboExports Sheet1!A1:M5",
      "ZiboChartData 'Zibo chart'!A1:D3",
    ]);
    expect(wb.data[0]).toEqual(["Quarter", "TOTAL", "TOTAL (derived)", "NEV"]);
    expect(wb.data.map((row) => row[0])).toEqual(["Quarter", "2023Q1", "2024Q1"]);
    expect(String(wb.data[1][2])).toMatch(/^=IF\(COUNTIFS\(ZiboExports\[Period\],\$A2,/);
    expect(wb.charts).toEqual([
      {
        sheet: "Zibo chart",
        type: "ColumnClustered",
        source: "'Zibo chart'!A1:D3",
        seriesBy: "Columns",
        name: "ZiboExportsChart",
        title: 'Zibo "new three" exports by quarter: TOTAL, NEV',
        valueAxisTitle: "Million yuan",
        categoryAxisTitle: "Quarter",
        legend: "Bottom",
        position: ["'Zibo chart'!F1", "'Zibo chart'!M18"],
        series: [
          { fill: "#1F4E79" },
          { fill: "#BDD7EE", lineColor: "#1F4E79", lineStyle: "Dash" },
          { fill: "#C55A11" },
        ],
      },
    ]);
    expect(String(wb.source?.value)).toMatch(/^Source: chinadaily\.com\.cn/);
    expect(wb.active).toBe("Zibo chart");
    expect(pane.problems).toEqual([]);
  });

  test("Make a shareable copy makes a copy of the sheet with values and sources; the original keeps its formulas", async () => {
    pane = await openPane();
    const { page } = pane;
    await page.evaluate(() => {
      const s = (window as unknown as StandInWindow).__standIn;
      s.setFormula("Sheet1", "A1", '=ZIBO.EXPORTS("NEV","2024Q1")', 70);
      s.setFormula("Sheet1", "B1", '=ZIBO.SHARE_OF("Shandong","2024Q1")', 2.768);
      s.setFormula("Sheet1", "C1", "=SUM(A1:B1)", 72.768);
      s.setCell("Sheet1", "A3", "my note");
    });

    await page.getByRole("button", { name: "Make a shareable copy" }).click();

    await expect(statusText(page, /Made the copy/)).resolves.toBe(
      'Made the copy "Sheet1 (shareable)" with 2 ZIBO formulas turned into values and the sources noted under them; "Sheet1" is unchanged.',
    );
    const wb = await page.evaluate(() => {
      const s = (window as unknown as StandInWindow).__standIn;
      const row = (sheet: string) =>
        ["A1", "B1", "C1"].map((a1) => {
          const c = s.cell(sheet, a1);
          return [c?.formula ?? null, c?.value];
        });
      return {
        sheets: s.sheets(),
        active: s.activeSheet(),
        original: row("Sheet1"),
        copy: row("Sheet1 (shareable)"),
        mine: s.cell("Sheet1 (shareable)", "A3")?.value,
        originalNote: s.grid("Sheet1", "A5", 1, 1).flat(),
        note: s.grid("Sheet1 (shareable)", "A5", 8, 1).flat(),
      };
    });
    expect(wb.sheets).toEqual(["Sheet1", "Sheet1 (shareable)"]);
    expect(wb.active).toBe("Sheet1 (shareable)");
    // The original is untouched: its live formulas survive, and no note was written there.
    expect(wb.original).toEqual([
      ['=ZIBO.EXPORTS("NEV","2024Q1")', 70],
      ['=ZIBO.SHARE_OF("Shandong","2024Q1")', 2.768],
      ["=SUM(A1:B1)", 72.768],
    ]);
    expect(wb.originalNote).toEqual([""]);
    expect(wb.copy).toEqual([
      [null, 70],
      [null, 2.768],
      ["=SUM(A1:B1)", 72.768],
    ]);
    expect(wb.mine).toBe("my note");
    expect(wb.note[0]).toBe(
      "Figures converted to values from the Zibo New Three add-in, dataset 2024M05.1 as of 2024-06-27.",
    );
    expect(wb.note.slice(1)).toEqual([
      expect.stringMatching(/^Source: chinadaily\.com\.cn/),
      expect.stringMatching(/^Source: iqilu\.com/),
      expect.stringMatching(/^Source: Xinhua/),
      expect.stringMatching(/^Source: 齐鲁网/),
      expect.stringMatching(/^Source: 鲁网/),
      expect.stringMatching(/^Source: 中国日报网/),
      expect.stringMatching(/^Source: 南宫市商务局/),
    ]);

    expect(pane.problems).toEqual([]);
  });

  test("Make a shareable copy of a sheet with no ZIBO formula makes no copy and says so", async () => {
    pane = await openPane();
    const { page } = pane;
    await page.evaluate(() =>
      (window as unknown as StandInWindow).__standIn.setFormula("Sheet1", "A1", "=SUM(1,2)", 3),
    );
    await page.getByRole("button", { name: "Make a shareable copy" }).click();
    await expect(statusText(page, /No copy/)).resolves.toBe(
      "No copy was made: this worksheet has no ZIBO formula.",
    );
    await expect(
      page.evaluate(() => (window as unknown as StandInWindow).__standIn.sheets()),
    ).resolves.toEqual(["Sheet1"]);
  });

  test("in an Excel without ExcelApi 1.12, Make a shareable copy stays in reach but unavailable, and says why", async () => {
    pane = await openPane({ missingSets: ["ExcelApi 1.12"] });
    const { page } = pane;
    await page.evaluate(() =>
      (window as unknown as StandInWindow).__standIn.setFormula(
        "Sheet1",
        "A1",
        '=ZIBO.EXPORTS("NEV","2024Q1")',
        70,
      ),
    );
    const why =
      "Not available in this version of Excel: it needs Excel JavaScript API 1.12 (requirement set ExcelApi 1.12). Update Excel to use it; the ZIBO functions work without it.";
    const share = page.getByRole("button", { name: "Make a shareable copy" });
    await expect(share.getAttribute("aria-disabled")).resolves.toBe("true");
    await expect(describedBy(page, "make-shareable-copy")).resolves.toBe(why);
    await expect(page.locator("#share-unavailable").innerText()).resolves.toBe(why);

    // Keyboard users reach it, and choosing it explains rather than acts.
    await share.focus();
    await page.keyboard.press("Enter");
    await expect(statusText(page, /Could not/)).resolves.toBe(
      `Could not make a shareable copy. ${why}`,
    );
    const a1 = await page.evaluate(() =>
      (window as unknown as StandInWindow).__standIn.cell("Sheet1", "A1"),
    );
    expect(a1?.formula).toBe('=ZIBO.EXPORTS("NEV","2024Q1")');

    // What this Excel can do stays available.
    const exportsButton = page.getByRole("button", { name: "Insert exports table" });
    await expect(exportsButton.getAttribute("aria-disabled")).resolves.toBeNull();
    await expect(page.locator("#insert-unavailable").isVisible()).resolves.toBe(false);
    await page.evaluate(() =>
      (window as unknown as StandInWindow).__standIn.select("Sheet1", "C3"),
    );
    await exportsButton.click();
    await statusText(page, /Inserted ZiboExports/);
    await expect(share.getAttribute("aria-disabled")).resolves.toBe("true");
    expect(pane.problems).toEqual([]);
  });

  test("in an Excel without ExcelApi 1.7, the tables, the chart and the shareable copy are unavailable; the formula helper is not", async () => {
    pane = await openPane({ missingSets: ["ExcelApi 1.7"] });
    const { page } = pane;
    const unavailable = await page.evaluate(() =>
      [...document.querySelectorAll("button")]
        .filter((b) => b.getAttribute("aria-disabled") === "true")
        .map((b) => b.id),
    );
    expect(unavailable).toEqual([
      "insert-exports",
      "insert-parks",
      "insert-context",
      "insert-new-sheet",
      "insert-chart",
      "make-shareable-copy",
    ]);
    await expect(page.locator("#insert-unavailable").innerText()).resolves.toContain(
      "Excel JavaScript API 1.7",
    );
    await expect(page.locator("#formula-unavailable").isVisible()).resolves.toBe(false);
    // A mouse still reaches an aria-disabled button; Playwright waits for it unless forced.
    await page
      .getByRole("button", { name: "Insert industrial parks table" })
      .click({ force: true });
    await expect(statusText(page, /Could not/)).resolves.toMatch(
      /^Could not insert the industrial parks table\. Not available in this version of Excel: it needs Excel JavaScript API 1\.7/,
    );
    await expect(
      page.evaluate(() => (window as unknown as StandInWindow).__standIn.tables()),
    ).resolves.toEqual([]);
    expect(pane.problems).toEqual([]);
  });

  test("an Excel failure is shown in words", async () => {
    pane = await openPane();
    const { page } = pane;
    await page.evaluate(() =>
      (window as unknown as StandInWindow).__standIn.failNextSync(
        "GeneralException",
        "The workbook is busy.",
      ),
    );
    await page.getByRole("button", { name: "Insert industrial parks table" }).click();
    await expect(statusText(page, /Could not/)).resolves.toBe(
      "Could not insert the industrial parks table. Excel could not finish the operation. Try again. Detail: The workbook is busy. (GeneralException)",
    );
    await expect(
      page.getByRole("button", { name: "Insert industrial parks table" }).isEnabled(),
    ).resolves.toBe(true);
  });

  test("works by keyboard: the language switch, Refresh, then each section's header and its actions, with a visible focus ring", async () => {
    pane = await openPane({ asOpened: true });
    const { page } = pane;
    const focused = () =>
      page.evaluate(() => document.activeElement?.id || document.activeElement?.textContent);
    await page.keyboard.press("Tab");
    await expect(focused()).resolves.toBe("language-select");
    await page.keyboard.press("Tab");
    await expect(focused()).resolves.toBe("refresh-data");
    await page.keyboard.press("Tab");
    await expect(focused()).resolves.toBe("Insert tables");
    await page.keyboard.press("Tab");
    await expect(focused()).resolves.toBe("insert-cards");
    await page.keyboard.press("Tab");
    await expect(focused()).resolves.toBe("insert-100m");
    await page.keyboard.press("Tab");
    await expect(focused()).resolves.toBe("insert-exports");
    const outline = await page.evaluate(
      () => getComputedStyle(document.activeElement!).outlineStyle,
    );
    expect(outline).toBe("solid");
    await page.keyboard.press("Tab");
    await expect(focused()).resolves.toBe("insert-parks");
    await page.keyboard.press("Enter");
    await statusText(page, /Inserted ZiboParks/);
    // Focus stays where the user was.
    await expect(focused()).resolves.toBe("insert-parks");
    await page.keyboard.press("Tab");
    await expect(focused()).resolves.toBe("insert-context");
    // A folded section opens from its header by keyboard.
    await page.keyboard.press("Tab");
    await expect(focused()).resolves.toBe("Formula helper");
    await page.keyboard.press("Enter");
    await expect(page.locator("#formula-section").getAttribute("open")).resolves.toBe("");
    await page.keyboard.press("Tab");
    await expect(focused()).resolves.toBe("formula-function");
  });

  test("lists every source with a safe link, the derived figures and the notes", async () => {
    pane = await openPane();
    const { page } = pane;
    const links = await page.locator("#sources a").evaluateAll((anchors) =>
      anchors.map((a) => ({
        href: a.getAttribute("href"),
        target: a.getAttribute("target"),
        rel: a.getAttribute("rel"),
      })),
    );
    expect(links).toHaveLength(11);
    for (const link of links) {
      expect(link).toEqual({
        href: expect.stringMatching(/^https?:\/\//),
        target: "_blank",
        rel: "noopener noreferrer",
      });
    }
    const derived = await page.locator(".derived-what").allTextContents();
    expect(derived).toEqual(
      expect.arrayContaining([
        "Zibo TOTAL, 2023Q1, million yuan",
        "Zibo LIB_PV, 2024Q1, million yuan",
      ]),
    );
    await expect(page.locator(".note strong").allTextContents()).resolves.toEqual(
      expect.arrayContaining(["Geely intelligent factory, Zibo", "2023 three-year action plan"]),
    );
    const noted = await page.locator(".scope-note").allTextContents();
    expect(noted).toEqual(
      expect.arrayContaining([
        "Shandong province LIB, Q1 2024Growth rate only (+104.4 %), no value published.",
        expect.stringMatching(
          /^China NEV, Q1 2023Scope: electric passenger vehicles \(电动载人汽车\) as customs counts them/,
        ),
      ]),
    );
  });

  test.each(["zh-CN", "fr-FR"])(
    "with display language %s, shows that language's table",
    async (displayLanguage) => {
      pane = await openPane({ displayLanguage });
      const strings = paneStrings(languageFor(displayLanguage));
      const { page } = pane;
      await expect(page.evaluate(() => document.documentElement.lang)).resolves.toBe(
        strings.htmlLang,
      );
      await expect(page.locator("#insert-exports").textContent()).resolves.toBe(
        strings.insertExports,
      );
      expect(pane.problems).toEqual([]);
    },
  );

  test.each([320, 360, 500])(
    "fits a %i px wide pane without horizontal scrolling",
    async (width) => {
      pane = await openPane({ width });
      const overflow = await pane.page.evaluate(
        () => document.documentElement.scrollWidth - document.documentElement.clientWidth,
      );
      expect(overflow).toBe(0);
    },
  );

  test("imports a CSV of figures: its reader is fetched then, allowed by the page, and the data changes", async () => {
    pane = await openPane();
    const { page } = pane;
    const scripts: string[] = [];
    page.on("request", (r) => {
      if (r.resourceType() === "script") scripts.push(new URL(r.url()).pathname);
    });
    await page.locator("#import-file").setInputFiles({
      name: "figures.csv",
      mimeType: "text/csv",
      buffer: Buffer.from(
        "period,category,value_cny_mn,yoy_pct,source_title,source_url,published\n" +
          "2024Q2,NEV,75,,Zibo customs bulletin,https://example.org/zibo,2024-07-15\n",
      ),
    });
    await page.getByText("Imported figures.csv.").first().waitFor();
    // The CSV reader and its parser were not part of the start; they came with the import.
    expect(scripts).toEqual(expect.arrayContaining(["/import.js", "/import-csv.js"]));
    // The imported figure's source is now listed with the data's sources.
    await expect(page.locator("#sources").textContent()).resolves.toContain(
      "Zibo customs bulletin",
    );
    expect(pane.problems).toEqual([]);
    expect(pane.external).toEqual([]);
  });

  test("saves screenshots of the pane at 360 px after an insert (test-artifacts/taskpane*.png)", async () => {
    pane = await openPane({ width: 360, height: 720 });
    const { page } = pane;
    await page.getByRole("button", { name: "Insert exports table" }).click();
    await statusText(page, /Inserted/);
    mkdirSync(ARTIFACTS, { recursive: true });
    // What the user sees in a pane of that size, and the whole page for review.
    const file = path.join(ARTIFACTS, "taskpane.png");
    await page.screenshot({ path: file });
    await page.screenshot({ path: path.join(ARTIFACTS, "taskpane-full.png"), fullPage: true });
    expect(readFileSync(file).subarray(1, 4).toString()).toBe("PNG");
  });
});
