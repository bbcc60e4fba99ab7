import { makeDataset, type Dataset } from "../../src/core";
import { bundledDataset } from "../../src/data";
import {
  contextBlock,
  exportsBlock,
  isWebLink,
  layoutBlock,
  parksBlock,
  refreshCitation,
} from "../../src/taskpane/rows";
import { paneStrings } from "../../src/taskpane/strings";

const en = paneStrings("en");
const dataset = bundledDataset();

/** The exports table as objects keyed by header, for readable assertions. */
function exportsRows(ds: Dataset) {
  const [table] = exportsBlock(ds, en, "en").tables;
  return table.rows.map((row) => Object.fromEntries(table.headers.map((h, i) => [h, row[i]])));
}

describe("exports table rows", () => {
  test("hold every Zibo figure, oldest period first, categories in their usual order", () => {
    const rows = exportsRows(dataset);
    expect(rows.map((r) => `${r.Period} ${r.Code}`)).toEqual([
      "2023Q1 TOTAL",
      "2024Q1 TOTAL",
      "2024Q1 NEV",
      "2024Q1 LIB_PV",
    ]);
  });

  test("leave out the Shandong and China context figures", () => {
    const rows = exportsRows(dataset);
    expect(rows.map((r) => r["Exports (million yuan)"])).not.toContain(2890);
    expect(rows.map((r) => r["Exports (million yuan)"])).not.toContain(1060000);
  });

  test("show the reported 2024Q1 total with its source and link", () => {
    const total = exportsRows(dataset)[1];
    expect(total).toEqual({
      Period: "2024Q1",
      "Months covered": "Q1 2024",
      Code: "TOTAL",
      Category: '"New three" (NEV, lithium-ion batteries, photovoltaic products)',
      "Category (Chinese)": "新三样",
      "Exports (million yuan)": 80,
      "Exports (million USD)": 11.07,
      "Year-on-year %": 931.2,
      Kind: "reported",
      "How derived": "",
      Scope: "",
      Source:
        'chinadaily.com.cn, distributed by PR Newswire, "New quality productive forces boost Zibo\'s open economy", 2024-05-20',
      "Source link":
        "https://www.prnewswire.com/apac/news-releases/new-quality-productive-forces-boost-zibos-open-economy-302149867.html",
    });
  });

  test("leave USD and year-on-year empty for the derived 2023Q1 base, and say how it was derived", () => {
    const base = exportsRows(dataset)[0];
    expect(base["Exports (million yuan)"]).toBeCloseTo(80 / 10.312, 9);
    expect(base["Exports (million USD)"]).toBe("");
    expect(base["Year-on-year %"]).toBe("");
    expect(base.Kind).toBe("derived");
    expect(base["How derived"]).toMatch(/^million yuan: 80 \/ \(1 \+ 931\.2 %\)/);
  });

  test("mark a reported yuan figure whose dollar value is converted as partly derived", () => {
    const nev = exportsRows(dataset)[2];
    expect(nev["Exports (million yuan)"]).toBe(70);
    // 70 / (80 / 11.07) in binary is 9.686250000000001; the table shows what a reader checks.
    expect(nev["Exports (million USD)"]).toBe(9.68625);
    expect(nev.Kind).toBe("reported; million USD converted");
    expect(nev["How derived"]).toMatch(
      /^million USD: converted at the rate the source implies: 70 × 11\.07 \/ 80/,
    );
    expect(nev["Year-on-year %"]).toBe("");
  });

  test("explain every derived number of a row on its own line", () => {
    const libPv = exportsRows(dataset)[3];
    expect(libPv.Kind).toBe("derived");
    const lines = String(libPv["How derived"]).split("\n");
    expect(lines).toHaveLength(2);
    expect(lines[0]).toMatch(/^million yuan: TOTAL − NEV = 80 − 70/);
    expect(lines[1]).toMatch(/^million USD: /);
  });

  test("give each column a number format and keep period and code as text", () => {
    const [table] = exportsBlock(dataset, en, "en").tables;
    expect(table.numberFormats).toHaveLength(table.headers.length);
    expect(table.columns).toHaveLength(table.headers.length);
    expect(table.rows.every((r) => r.length === table.headers.length)).toBe(true);
    const format = (header: string) => table.numberFormats[table.headers.indexOf(header)];
    expect(format("Period")).toBe("@");
    expect(format("Code")).toBe("@");
    expect(format("Exports (million yuan)")).toBe("#,##0.00");
    expect(format("Year-on-year %")).toBe("+#,##0.0;-#,##0.0;0.0");
    expect(table.headers[table.linkColumn!]).toBe("Source link");
  });

  test("end with a citation of the sources and the dataset version", () => {
    const block = exportsBlock(dataset, en, "en");
    expect(block.lines).toEqual([
      expect.stringMatching(
        /^Sources: chinadaily\.com\.cn, distributed by PR Newswire, .*2024-05-20\.$/,
      ),
      expect.stringContaining("dataset 2024M05.1, as of 2024-06-27"),
    ]);
  });

  test("name an unknown source by its id instead of dropping it", () => {
    const figure = dataset.figures.find((f) => f.region === "ZIBO" && f.category === "NEV")!;
    const orphan = makeDataset({
      ...dataset,
      figures: [{ ...figure, cny: { ...figure.cny!, sourceIds: ["gone-2024"] }, usd: null }],
    });
    const [row] = exportsRows(orphan);
    expect(row.Source).toBe("gone-2024");
    expect(row["Source link"]).toBe("");
  });
});

describe("parks tables", () => {
  test("list each park with its Chinese name, focus, location and source", () => {
    const [parks] = parksBlock(dataset, en, "en").tables;
    expect(parks.headers).toEqual([
      "Park",
      "Chinese name",
      "Focus",
      "Location",
      "Source",
      "Source link",
    ]);
    expect(parks.rows.map((r) => r[1])).toEqual([
      "零碳智慧创新产业园",
      "固态锂电池产业园",
      "先进储能装备创新产业园",
    ]);
    expect(parks.rows[1][0]).toBe("Solid-state lithium battery industrial park");
    expect(parks.rows[1][4]).toMatch(/PR Newswire.*; 21spv\.com/);
  });

  test("put the Geely factory and the 2023 action plan in a notes table under the parks", () => {
    const block = parksBlock(dataset, en, "en");
    const notes = block.tables[1];
    expect(notes.kind).toBe("parkNotes");
    const titles = notes.rows.map((r) => r[0]);
    expect(titles).toContain("Geely intelligent factory, Zibo");
    expect(titles).toContain("2023 three-year action plan");
    const layout = layoutBlock(block);
    expect(layout.placements.map((p) => p.rowOffset)).toEqual([0, 5]);
  });

  test("carry hostile text unchanged (escaping happens when it is written)", () => {
    const hostile = makeDataset({
      ...dataset,
      parks: [
        {
          ...dataset.parks[0],
          name: { ...dataset.parks[0].name, en: '=HYPERLINK("http://evil","x")' },
        },
      ],
    });
    const [parks] = parksBlock(hostile, en, "en").tables;
    expect(parks.rows[0][0]).toBe('=HYPERLINK("http://evil","x")');
  });
});

describe("layout of an insert", () => {
  test("puts a blank row after each table, then the citation lines", () => {
    const layout = layoutBlock(exportsBlock(dataset, en, "en"));
    // Header at 0, four figures at 1–4, blank at 5, citation lines at 6 and 7.
    expect(layout.placements[0].rowOffset).toBe(0);
    expect(layout.lineOffsets).toEqual([6, 7]);
    expect(layout.height).toBe(8);
    expect(layout.width).toBe(13);
  });
});

describe("citation lines on a refresh", () => {
  const written = ["Sources: A.", "Dataset 1, as of May."];
  const current = ["Sources: A; B.", "Dataset 2, as of August."];
  test.each([
    {
      description: "lines still as written are rewritten",
      found: written,
      writes: [
        { line: 0, text: "Sources: A; B." },
        { line: 1, text: "Dataset 2, as of August." },
      ],
      lines: current,
      leftAlone: false,
    },
    {
      description: "a line the user edited is left, and keeps its recorded text",
      found: ["Sources: A, see notes.", "Dataset 1, as of May."],
      writes: [{ line: 1, text: "Dataset 2, as of August." }],
      lines: ["Sources: A.", "Dataset 2, as of August."],
      leftAlone: true,
    },
    {
      description: "a line already reading the new text needs no write",
      found: ["Sources: A; B.", "Dataset 1, as of May."],
      writes: [{ line: 1, text: "Dataset 2, as of August." }],
      lines: current,
      leftAlone: false,
    },
    {
      description: "cells moved away or holding a number are left",
      found: ["", 42],
      writes: [],
      lines: written,
      leftAlone: true,
    },
  ])("$description", ({ found, writes, lines, leftAlone }) => {
    expect(refreshCitation(written, found, current)).toEqual({ writes, lines, leftAlone });
  });

  test("an unchanged line is not written again", () => {
    expect(refreshCitation(written, written, written)).toEqual({
      writes: [],
      lines: written,
      leftAlone: false,
    });
  });
});

describe("web links", () => {
  test.each([
    ["https://example.org/a", true],
    ["http://21spv.com/news/show.php?itemid=184609", true],
    ["javascript:alert(1)", false],
    ["file:///etc/passwd", false],
    ["=HYPERLINK(1)", false],
    ["", false],
  ])("%s → %s", (text, expected) => {
    expect(isWebLink(text)).toBe(expected);
  });
});

describe("tables in Chinese", () => {
  const zh = paneStrings("zh");

  test("the exports table has the same figures and sources' links; headers, names, kinds and working in Chinese", () => {
    const chinese = exportsBlock(dataset, zh, "zh");
    const english = exportsBlock(dataset, en, "en");
    const [zt] = chinese.tables;
    const [et] = english.tables;
    expect(zt.columns).toEqual(et.columns.filter((c) => c !== "categoryZh"));
    expect(zt.headers).toContain("出口额（百万元）");
    const column = (t: typeof zt, key: string) => t.columns.indexOf(key);
    const numbers = (t: typeof zt) =>
      t.rows.map((r) => ["cnyMn", "usdMn", "yoyPct", "sourceLink"].map((k) => r[column(t, k)]));
    expect(numbers(zt)).toEqual(numbers(et));
    const libPv = zt.rows[3];
    expect(libPv[column(zt, "category")]).toBe("锂电池与光伏产品合计");
    expect(libPv[column(zt, "kind")]).toBe("推算值");
    expect(libPv[column(zt, "derivation")]).toContain("百万元金额：TOTAL − NEV = 80 − 70；");
    expect(zt.headers[zt.linkColumn!]).toBe("来源链接");
    expect(zt.wrapColumns.map((i) => zt.columns[i])).toEqual(["derivation", "scope", "source"]);
    expect(zt.numberFormats).toEqual(
      et.numberFormats.filter((_, i) => et.columns[i] !== "categoryZh"),
    );
    expect(chinese.sheetName).toBe("淄博出口");
    expect(chinese.lines[1]).toMatch(/^淄博新三样数据集 2024M05\.1，截至 2024-06-27。/);
  });

  test.each([
    ["exports", () => exportsBlock(dataset, zh, "zh").tables],
    ["parks", () => parksBlock(dataset, zh, "zh").tables],
    ["context", () => contextBlock(dataset, zh, "zh").tables],
  ])("no column of the Chinese %s table repeats another word for word", (_, tables) => {
    for (const table of tables()) {
      const columnValues = table.headers.map((_, i) => JSON.stringify(table.rows.map((r) => r[i])));
      const filled = columnValues.filter((v, i) => table.rows.some((r) => r[i] !== ""));
      expect(new Set(filled).size).toBe(filled.length);
    }
  });

  test("source cells of Chinese tables use Chinese punctuation between sources and items", () => {
    // NEV 2024Q1 cited by two sources, so one cell lists both.
    const two = makeDataset({
      ...dataset,
      figures: dataset.figures.map((f) =>
        f.category === "NEV" && f.cny
          ? { ...f, cny: { ...f.cny, sourceIds: ["prnewswire-2024-05-20", "21spv-184609"] } }
          : f,
      ),
    });
    const [zt] = exportsBlock(two, zh, "zh").tables;
    const nev = zt.rows.find((r) => r[zt.columns.indexOf("code")] === "NEV")!;
    const source = String(nev[zt.columns.indexOf("source")]);
    expect(source).toContain("2024-05-20；21spv.com，“");
    expect(source).not.toMatch(/; /);
    const [et] = exportsBlock(two, en, "en").tables;
    const nevEn = et.rows.find((r) => r[et.columns.indexOf("code")] === "NEV")!;
    expect(String(nevEn[et.columns.indexOf("source")])).toContain('2024-05-20; 21spv.com, "');
  });

  test("the parks and notes tables give Chinese names, focus, locations and notes", () => {
    const [parks, notes] = parksBlock(dataset, zh, "zh").tables;
    expect(parks.headers).toEqual(["园区", "主导产业", "位置", "来源", "来源链接"]);
    expect(parks.rows.map((r) => r[0])).toEqual(dataset.parks.map((p) => p.name.zh));
    expect(parks.headers[parks.linkColumn!]).toBe("来源链接");
    expect(notes.rows.map((r) => r[0])).toEqual(dataset.notes.map((n) => n.title.zh));
  });
});
