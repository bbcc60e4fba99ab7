import { bundledDataset } from "../../src/data";
import { INSERTED_TABLES_SETTING, insertAtSelection } from "../../src/taskpane/excel";
import { contextBlock, provenanceLines } from "../../src/taskpane/rows";
import { paneStrings } from "../../src/taskpane/strings";
import { workbookMock } from "./support/excel-mock";

const en = paneStrings("en");
const dataset = bundledDataset();

function contextRows() {
  const [table] = contextBlock(dataset, en, "en").tables;
  return table.rows.map((row) => Object.fromEntries(table.columns.map((key, i) => [key, row[i]])));
}

describe("the context figures table (SOURCES.md)", () => {
  test("holds every reported context figure, a row per span as published, by end month then length", () => {
    const reported = contextRows().filter((r) => r.kind !== "derived");
    expect(
      reported.map((r) => `${r.region} ${r.category} ${r.period} ${r.cnyMn} ${r.yoyPct}`),
    ).toEqual([
      'Shandong province "New three" (NEV, lithium-ion batteries, photovoltaic products) 2023M01-M09 6310 40.6',
      "Shandong province New energy vehicles 2023M01-M09  144.2",
      "Shandong province Lithium-ion batteries 2023M01-M09  109.9",
      'Shandong province "New three" (NEV, lithium-ion batteries, photovoltaic products) 2023 9390 47.3',
      'Shandong province "New three" (NEV, lithium-ion batteries, photovoltaic products) 2024Q1 2890 90.2',
      "Shandong province New energy vehicles 2024Q1  65.3",
      "Shandong province Lithium-ion batteries 2024Q1  104.4",
      "Shandong province Photovoltaic products 2024Q1  95.7",
      'Shandong province "New three" (NEV, lithium-ion batteries, photovoltaic products) 2024M01-M05  57.4',
      'China "New three" (NEV, lithium-ion batteries, photovoltaic products) 2023Q1 264690 66.9',
      "China New energy vehicles 2023Q1 64750 122.3",
      'China "New three" (NEV, lithium-ion batteries, photovoltaic products) 2023H1  61.6',
      'China "New three" (NEV, lithium-ion batteries, photovoltaic products) 2023 1060000 29.9',
    ]);
    const shandongQ1 = reported.find((r) => r.period === "2024Q1" && r.cnyMn === 2890)!;
    expect(shandongQ1).toMatchObject({
      span: "Q1 2024",
      kind: "reported",
      source: expect.stringContaining("iqilu.com"),
      sourceLink: "https://sdxw.iqilu.com/share/YS0yMS0xNTUzMzA4Ng.html",
    });
  });

  test("marks growth-only rows, year-to-date spans and scope notes", () => {
    const rows = contextRows();
    const lib = rows.find((r) => r.period === "2024Q1" && r.yoyPct === 104.4)!;
    expect(lib).toMatchObject({
      cnyMn: "",
      kind: "reported: growth rate only, no value published",
    });
    const ytd = rows.find((r) => r.period === "2023M01-M09" && r.cnyMn === 6310)!;
    expect(ytd.span).toBe("January–September 2023, cumulative (year to date)");
    const ev = rows.find((r) => r.period === "2023Q1" && r.cnyMn === 64750)!;
    expect(ev.scope).toMatch(
      /^electric passenger vehicles \(电动载人汽车\) as customs counts them/,
    );
    const [zh] = contextBlock(dataset, paneStrings("zh"), "zh").tables;
    const ytdZh = zh.rows.find((row) => row[1] === "2023M01-M09")!;
    expect(ytdZh[2]).toBe("2023年前三季度（累计）");
  });

  test("marks the figures derived from the published ones, with how, and no invented rate", () => {
    const derived = contextRows().filter((r) => r.kind === "derived");
    expect(derived.map((r) => `${r.region} ${r.period}`)).toEqual([
      "Shandong province 2022M01-M09",
      "Shandong province 2022",
      "Shandong province 2023Q1",
      "Shandong province 2023Q4",
      "China 2022Q1",
      "China 2022Q1",
      "China 2022",
    ]);
    const q1 = derived.find((r) => r.period === "2023Q1")!;
    expect(q1.cnyMn).toBeCloseTo(2890 / 1.902, 6);
    expect(q1.yoyPct).toBe("");
    expect(q1.derivation).toContain("90.2");
    const q4 = derived.find((r) => r.period === "2023Q4")!;
    expect(q4.cnyMn).toBe(3080);
    expect(q4.derivation).toContain("9390 − 6310");
  });

  test("holds no Zibo figure", () => {
    expect(contextRows().map((r) => r.region)).not.toContain("Zibo");
  });

  test("is inserted as the table ZiboContext at the selection and recorded, in two round trips", async () => {
    const mock = workbookMock();
    const sync = jest.spyOn(mock.context, "sync");
    const outcome = await insertAtSelection(
      mock.context as unknown as Excel.RequestContext,
      contextBlock(dataset, en, "en"),
      dataset.version,
      new Date("2026-01-02T00:00:00Z"),
    );
    expect(sync).toHaveBeenCalledTimes(2);
    expect(outcome).toMatchObject({ status: "inserted", names: ["ZiboContext"] });
    const rows = contextBlock(dataset, en, "en").tables[0].rows.length;
    expect(mock.tables.map((t) => t.range)).toEqual([`Sheet1!B2:L${2 + rows}`]);
    const values = mock.range(`Sheet1!B2:L${2 + rows}`).values as unknown[][];
    expect(values[0]).toEqual([
      "Region",
      "Period",
      "Months covered",
      "Category",
      "Exports (million yuan)",
      "Year-on-year %",
      "Kind",
      "How derived",
      "Scope",
      "Source",
      "Source link",
    ]);
    expect(JSON.parse(String(mock.settings.get(INSERTED_TABLES_SETTING)))).toEqual([
      expect.objectContaining({ name: "ZiboContext", kind: "context" }),
    ]);
  });
});

describe("the provenance note of a shareable copy", () => {
  test("names the dataset and cites every source of the figures in full", () => {
    const lines = provenanceLines(dataset, en);
    expect(lines[0]).toBe(
      "Figures converted to values from the Zibo New Three add-in, dataset 2024M05.1 as of 2024-06-27.",
    );
    expect(lines.slice(1)).toEqual([
      expect.stringMatching(/^Source: chinadaily\.com\.cn.*prnewswire\.com/),
      expect.stringMatching(/^Source: iqilu\.com.*2024-04-17, https:\/\/sdxw\.iqilu\.com/),
      expect.stringMatching(/^Source: Xinhua.*english\.news\.cn/),
      expect.stringMatching(/^Source: 齐鲁网·闪电新闻.*bofaba\.com/),
      expect.stringMatching(/^Source: 鲁网 \(sdnews\.com\.cn\).*2024-01-18/),
      expect.stringMatching(/^Source: 中国日报网.*itaiwannews\.cn/),
      expect.stringMatching(/^Source: 南宫市商务局.*nangong\.gov\.cn/),
      expect.stringMatching(/^Source: 新华网 \(Xinhua\) Shandong channel.*sd\.xinhuanet\.com/),
    ]);
  });
});

describe("the context table says where scopes differ", () => {
  test("a line under the table says that customs' totals and Zibo's release count different products", () => {
    const block = contextBlock(dataset, en, "en");
    expect(block.lines[0]).toContain("Scopes differ");
    expect(block.lines[0]).toContain("SHARE_OF");
    expect(contextBlock(dataset, paneStrings("zh"), "zh").lines[0]).toContain("统计口径不同");
  });
});
