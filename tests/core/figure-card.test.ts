import {
  lookupFigureCard,
  lookupParkCard,
  type FigureCard,
  type Language,
  type ParkCard,
} from "../../src/core";
import { bundled, datasetWith, zibo } from "../support/feed-datasets";

const ds = bundled();
const DATASET_EN = `${ds.version}, as of ${ds.asOf}`;
const PR_NEWSWIRE = {
  source: "New quality productive forces boost Zibo's open economy",
  publisher: "chinadaily.com.cn, distributed by PR Newswire",
  link: "https://www.prnewswire.com/apac/news-releases/new-quality-productive-forces-boost-zibos-open-economy-302149867.html",
};

function card(
  category: unknown,
  period: unknown,
  unit: unknown = null,
  region: unknown = null,
  lang: Language = "en",
): FigureCard {
  const result = lookupFigureCard(ds, category, period, unit, region, lang);
  if (!result.ok) throw new Error(JSON.stringify(result.error));
  return result.value;
}

/** The card as a reader sees it: field name → value. */
const fields = (c: FigureCard | ParkCard) =>
  Object.fromEntries(c.fields.map((f) => [f.label, f.value]));

describe("a figure card carries the number and everything a reader needs to trust it", () => {
  test("a reported figure: NEV 2024Q1 in million yuan", () => {
    const c = card("NEV", "2024Q1");
    expect(c.value).toBe(70);
    expect(c.title).toBe("New energy vehicles, Zibo, Q1 2024");
    expect(fields(c)).toEqual({
      Value: 70,
      Unit: "million yuan",
      Period: "2024Q1",
      "Period (Chinese)": "2024年第一季度",
      Region: "Zibo",
      Category: "New energy vehicles (NEV)",
      "Category (Chinese)": "新能源汽车",
      Kind: "reported",
      Source: PR_NEWSWIRE.source,
      "Source publisher": PR_NEWSWIRE.publisher,
      "Source date": "2024-05-20",
      "Source link": PR_NEWSWIRE.link,
      Dataset: DATASET_EN,
    });
  });

  test("a reported figure with its published year-on-year rate: TOTAL 2024Q1", () => {
    const c = card("新三样", "Q1 2024");
    const yoy = c.fields.find((f) => f.key === "yoy");
    expect(yoy).toMatchObject({ label: "Year-on-year %", value: 931.2, note: "reported" });
    expect(fields(c)).not.toHaveProperty("Working");
  });

  test("a derived figure: LIB_PV 2024Q1, with its working", () => {
    expect(fields(card("LIB_PV", "2024Q1"))).toEqual({
      Value: 10,
      Unit: "million yuan",
      Period: "2024Q1",
      "Period (Chinese)": "2024年第一季度",
      Region: "Zibo",
      Category: "Lithium-ion batteries and photovoltaic products together (LIB_PV)",
      "Category (Chinese)": "锂电池与光伏产品合计",
      Kind: "derived",
      Working:
        "TOTAL − NEV = 80 − 70; both inputs are rounded: it lies between 0 and 20 million yuan, since both inputs are rounded to 10 million",
      Source: PR_NEWSWIRE.source,
      "Source publisher": PR_NEWSWIRE.publisher,
      "Source date": "2024-05-20",
      "Source link": PR_NEWSWIRE.link,
      Dataset: DATASET_EN,
    });
  });

  test("a converted figure: NEV 2024Q1 in US dollars, derived at the source's own rate", () => {
    const c = card("NEV", "2024Q1", "USD");
    expect(c.value).toBeCloseTo((70 * 11.07) / 80, 10);
    expect(fields(c)).toEqual({
      Value: c.value,
      Unit: "million USD",
      Period: "2024Q1",
      "Period (Chinese)": "2024年第一季度",
      Region: "Zibo",
      Category: "New energy vehicles (NEV)",
      "Category (Chinese)": "新能源汽车",
      Kind: "converted",
      Working:
        "converted at the rate the source implies: 70 × 11.07 / 80, as the source gives 80 million yuan = 11.07 million USD (7.2267 yuan per USD); as its inputs are rounded, it lies between about 8.465 and 11.07 million USD",
      Source: PR_NEWSWIRE.source,
      "Source publisher": PR_NEWSWIRE.publisher,
      "Source date": "2024-05-20",
      "Source link": PR_NEWSWIRE.link,
      Dataset: DATASET_EN,
    });
  });

  test("a US dollar figure the source publishes stays reported", () => {
    const c = card("TOTAL", "2024Q1", "usd");
    expect(c.value).toBe(11.07);
    expect(fields(c)).toMatchObject({ Unit: "million USD", Kind: "reported" });
  });

  test("no field calls a derived or converted number reported, in either language", () => {
    for (const lang of ["en", "zh"] as const) {
      for (const [category, unit, kind] of [
        ["LIB_PV", null, lang === "en" ? "derived" : "推算值"],
        ["NEV", "USD", lang === "en" ? "converted" : "换算值"],
      ]) {
        const result = lookupFigureCard(ds, category, "2024Q1", unit, null, lang);
        if (!result.ok) throw new Error("no card");
        const values = result.value.fields.map((f) => f.value);
        expect(values).toContain(kind);
        expect(values).not.toContain(lang === "en" ? "reported" : "公布值");
        expect(result.value.fields.map((f) => f.label)).not.toContain(
          lang === "en" ? "Published" : "发布日期",
        );
      }
    }
  });

  test("a year-on-year rate computed from the year-ago figure is named derived, with its working", () => {
    const withYearAgo = datasetWith([zibo("NEV", "2023Q1", 50), zibo("NEV", "2024Q1", 70)]);
    const result = lookupFigureCard(withYearAgo, "NEV", "2024Q1", null, null, "en");
    if (!result.ok) throw new Error("no card");
    const yoy = result.value.fields.find((f) => f.key === "yoyDerived");
    expect(yoy?.label).toBe("Year-on-year % (derived)");
    expect(yoy?.value).toBeCloseTo(40, 10);
    expect(yoy?.note).toBe("derived: (70 / 50 − 1) × 100, from the 2023Q1 figure");
    expect(result.value.fields.some((f) => f.key === "yoy")).toBe(false);
  });

  test("other regions: China's 2023 total, with its own source", () => {
    const c = card("TOTAL", 2023, null, "全国");
    expect(fields(c)).toMatchObject({
      Value: 1060000,
      Period: "2023",
      "Period (Chinese)": "2023年全年",
      Region: "China",
      "Source publisher": "Xinhua",
      "Year-on-year %": 29.9,
    });
  });

  test("a span of months: Shandong January to September 2023, with the source's words", () => {
    const c = card("TOTAL", "2023年1-9月", null, "山东");
    expect(c.value).toBe(6310);
    expect(c.title).toBe(
      `Customs' "new three" (electric passenger vehicles, lithium-ion batteries, solar cells), Shandong province, January–September 2023`,
    );
    expect(fields(c)).toMatchObject({
      Period: "2023M01-M09",
      "Period (Chinese)": "2023年前三季度",
      Region: "Shandong province",
      Kind: "reported",
      "Year-on-year %": 40.6,
    });
    expect(String(fields(c)["Source's words"]).length).toBeGreaterThan(5);
  });

  test("a figure counted under another scope carries its scope note, in the reader's language", () => {
    const en = card("NEV", "2023Q1", null, "China");
    expect(fields(en).Scope).toBe(
      "electric passenger vehicles (电动载人汽车) as customs counts them: not by name the Zibo release's new energy vehicles",
    );
    const zh = card("NEV", "2023Q1", null, "China", "zh");
    expect(fields(zh)["统计口径"]).toBe(
      "海关统计的电动载人汽车，与淄博发布的“新能源汽车”并非同一名称口径",
    );
    expect(fields(card("NEV", "2024Q1"))).not.toHaveProperty("Scope");
  });

  test("a Shandong or China figure is labelled by its own scope, not by Zibo's definition", () => {
    const nev = fields(card("NEV", "2023Q1", null, "China"));
    expect(nev.Category).toBe("Electric passenger vehicles (NEV)");
    expect(nev["Category (Chinese)"]).toBe("电动载人汽车");
    const total = card("TOTAL", "2024Q1", null, "Shandong", "zh");
    expect(fields(total)["类别"]).toBe("海关口径的“新三样”");
    expect(fields(total)["类别（英文）"]).toMatch(
      /^Customs' "new three" \(electric .*\) \(TOTAL\)$/,
    );
    expect(total.title).toContain("海关口径的“新三样”");
    for (const c of [card("NEV", "2023Q1", null, "China", "zh"), total]) {
      expect(JSON.stringify(c.fields)).not.toContain('新能源汽车"');
    }
    // Zibo's own figures keep Zibo's names.
    expect(fields(card("NEV", "2024Q1")).Category).toBe("New energy vehicles (NEV)");
  });

  test("the number formats: millions with two decimals, a signed rate", () => {
    const c = card("TOTAL", "2024Q1");
    expect(c.numberFormat).toBe("#,##0.00");
    expect(c.fields.find((f) => f.key === "yoy")?.numberFormat).toBe("+#,##0.0;-#,##0.0;0.0");
  });
});

describe("Chinese labels", () => {
  test("a Chinese display language names every field in Chinese and keeps both category names", () => {
    const c = card("LIB_PV", "2024Q1", null, null, "zh");
    expect(c.title).toBe("淄博 锂电池与光伏产品合计 2024年第一季度");
    expect(fields(c)).toEqual({
      数值: 10,
      单位: "百万元",
      期间: "2024Q1",
      "期间（中文）": "2024年第一季度",
      地区: "淄博",
      "类别（英文）": "Lithium-ion batteries and photovoltaic products together (LIB_PV)",
      类别: "锂电池与光伏产品合计",
      类型: "推算值",
      推算方法:
        "TOTAL − NEV = 80 − 70；两项均为四舍五入后的公布值：其值在 0 至 20 百万元之间，因两项均只精确到 10 百万元",
      来源: PR_NEWSWIRE.source,
      来源发布方: PR_NEWSWIRE.publisher,
      来源日期: "2024-05-20",
      来源链接: PR_NEWSWIRE.link,
      数据集: `${ds.version}，截至 ${ds.asOf}`,
    });
    expect(c.sections).toEqual({ main: "数据", provenance: "出处" });
  });

  test("a Chinese reported rate is marked 公布值", () => {
    const yoy = card("TOTAL", "2024Q1", null, null, "zh").fields.find((f) => f.key === "yoy");
    expect(yoy).toMatchObject({ label: "同比增速（%）", note: "公布值" });
  });
});

describe("a figure card fails as EXPORTS does", () => {
  test.each([
    ["an unknown category", ["cars", "2024Q1", null, null], "invalidValue", "unknownCategory"],
    ["a bad period", ["NEV", "2024Q5", null, null], "invalidValue", "badPeriod"],
    ["an unknown unit", ["NEV", "2024Q1", "EUR", null], "invalidValue", "unknownUnit"],
    ["an unknown region", ["NEV", "2024Q1", null, "Jinan"], "invalidValue", "unknownRegion"],
    [
      "a figure published only combined",
      ["LIB", "2024Q1", null, null],
      "notAvailable",
      "notPublishedSeparately",
    ],
    ["a figure nobody publishes", ["NEV", "2022Q3", null, null], "notAvailable", "notPublished"],
    [
      "a region without that figure",
      ["NEV", "2024Q1", null, "China"],
      "notAvailable",
      "notPublished",
    ],
    ["no US dollars and no rate", ["TOTAL", "2023Q1", "USD", null], "notAvailable", "noUsd"],
    [
      "only the growth rate published",
      ["NEV", "2024Q1", null, "Shandong"],
      "notAvailable",
      "growthOnly",
    ],
  ])("%s", (_, [c, p, u, r], code, key) => {
    const result = lookupFigureCard(ds, c, p, u, r, "en");
    expect(result).toEqual({ ok: false, error: expect.objectContaining({ code, key }) });
  });
});

describe("a park card", () => {
  const park = (input: unknown, lang: Language = "en") => {
    const result = lookupParkCard(ds, input, lang);
    if (!result.ok) throw new Error(JSON.stringify(result.error));
    return result.value;
  };

  test("found by id, English or Chinese name, in any case or width", () => {
    for (const input of [
      "zero-carbon",
      "ZERO-CARBON",
      "Zero-carbon smart innovation industrial park",
      "零碳智慧创新产业园",
      " ｚｅｒｏ-carbon ",
    ]) {
      expect(park(input).name).toBe("Zero-carbon smart innovation industrial park");
    }
  });

  test("gives both names, focus, location and sources", () => {
    expect(fields(park("solid-state-battery"))).toEqual({
      Name: "Solid-state lithium battery industrial park",
      "Chinese name": "固态锂电池产业园",
      Id: "solid-state-battery",
      Focus: "Solid-state lithium batteries",
      Location: "Qilu Energy Storage Valley, Zibo High-tech Zone",
      Sources: `${PR_NEWSWIRE.publisher}, "${PR_NEWSWIRE.source}", 2024-05-20; 21spv.com, "Industry news item 184609 (repost) on the Qilu Energy Storage Valley parks"`,
      "Source links": `${PR_NEWSWIRE.link}; http://21spv.com/news/show.php?itemid=184609`,
      Dataset: DATASET_EN,
    });
  });

  test("in Chinese: the Chinese name shows, fields are named in Chinese", () => {
    const c = park("solid-state-battery", "zh");
    expect(c.name).toBe("固态锂电池产业园");
    expect(fields(c)).toMatchObject({
      名称: "固态锂电池产业园",
      英文名称: "Solid-state lithium battery industrial park",
      重点领域: "固态锂电池",
      位置: "淄博高新区齐鲁储能谷",
    });
  });

  test("an unknown park is #VALUE! listing the ids; an empty one says it is required", () => {
    const unknown = lookupParkCard(ds, "Geely", "en");
    expect(unknown).toMatchObject({
      ok: false,
      error: { code: "invalidValue", key: "unknownPark" },
    });
    expect(!unknown.ok && unknown.error.params.valid).toContain("zero-carbon");
    expect(lookupParkCard(ds, "", "en")).toMatchObject({
      ok: false,
      error: { key: "missingArgument" },
    });
  });
});
