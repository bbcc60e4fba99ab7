/*
 * Every sentence quoted in the project's sources (shared/data/SOURCES.md), read as `data:draft`
 * reads it: each gives exactly the figures listed there, with their spans, scopes and values.
 */
import { draftFile, readRelease, type SkipCode } from "../../src/core/release";
import bundled from "../../src/data/zibo-new-three.json";

type Scope = "customs" | "customsEV" | "provincialEV";
type Expected = [
  region: string,
  category: string,
  period: string,
  valueCnyMn: number | null,
  yoyPct: number | null,
  scope?: Scope,
];

const SCOPE_EN: Record<Scope, string> = {
  customs:
    'customs\' "new three": electric passenger vehicles, lithium-ion batteries and solar cells',
  customsEV:
    "electric passenger vehicles (电动载人汽车) as customs counts them: not by name the Zibo release's new energy vehicles",
  provincialEV:
    "electric vehicles (电动汽车) as the provincial release names them: not by name the Zibo release's new energy vehicles",
};

interface Case {
  source: string;
  published: string;
  /** Sentences of the page before the quoted one, where the quote itself names no region or span. */
  before?: string;
  quote: string;
  figures: Expected[];
  /** Numbers in the quote that are not taken, and why. */
  skipped?: [number: string, reason: SkipCode][];
}

const CASES: Case[] = [
  {
    source: "齐鲁网 2023-12-20",
    published: "2023-12-20",
    quote:
      "据海关统计，今年前三季度，山东外贸“新三样”出口值63.1亿元，同比大幅增长40.6%，其中锂离子蓄电池、电动载人汽车实现出口倍增，增幅分别为109.9%、144.2%。",
    figures: [
      ["SHANDONG", "TOTAL", "2023M01-M09", 6310, 40.6, "customs"],
      ["SHANDONG", "LIB", "2023M01-M09", null, 109.9],
      ["SHANDONG", "NEV", "2023M01-M09", null, 144.2, "customsEV"],
    ],
  },
  {
    source: "鲁网 2024-01-18",
    published: "2024-01-18",
    quote:
      "据海关统计，2023年，山东外贸“新三样”出口值达到93.9亿元，同比大幅增长47.3%，其中锂离子蓄电池、电动载人汽车增幅均超过了100%。",
    figures: [["SHANDONG", "TOTAL", "2023", 9390, 47.3, "customs"]],
    skipped: [["100%", "approximate"]],
  },
  {
    source: "鲁网 2024-01-18, its headline",
    published: "2024-01-18",
    quote: "2023年山东省机电产品出口值达8938.3亿元 对全省出口增长贡献度达到278.8%",
    figures: [],
    skipped: [
      ["8938.3亿元", "otherGoods"],
      ["278.8%", "contribution"],
    ],
  },
  {
    source: "iqilu.com 2024-04-17",
    published: "2024-04-17",
    quote:
      "一季度山东外贸“新三样”出口28.9亿元，增长90.2%，其中锂电池、电动汽车和光伏产品出口分别增长104.4%、65.3%和95.7%。",
    figures: [
      ["SHANDONG", "TOTAL", "2024Q1", 2890, 90.2, "customs"],
      ["SHANDONG", "LIB", "2024Q1", null, 104.4],
      ["SHANDONG", "NEV", "2024Q1", null, 65.3, "provincialEV"],
      ["SHANDONG", "PV", "2024Q1", null, 95.7],
    ],
  },
  {
    source: "iqilu.com 2024-04-17, its headline (a forecast)",
    published: "2024-04-17",
    quote: "山东发布一季度外贸“成绩单” 全年“新三样”出口有望突破百亿",
    figures: [],
    skipped: [["百亿", "forecast"]],
  },
  {
    source: "中国日报网 2023-04-14, total",
    published: "2023-04-14",
    quote:
      "一季度，中国电动载人汽车、锂电池、太阳能电池，也就是大家俗称的“新三样”，合计出口2646.9亿元，同比增长66.9%",
    figures: [["CHINA", "TOTAL", "2023Q1", 264690, 66.9, "customs"]],
  },
  {
    source: "中国日报网 2023-04-14, electric passenger vehicles (China from the sentence before)",
    published: "2023-04-14",
    before:
      "一季度，中国电动载人汽车、锂电池、太阳能电池，也就是大家俗称的“新三样”，合计出口2646.9亿元，同比增长66.9%。",
    quote: "一季度，电动载人汽车出口647.5亿元，增长了122.3%",
    figures: [
      ["CHINA", "TOTAL", "2023Q1", 264690, 66.9, "customs"],
      ["CHINA", "NEV", "2023Q1", 64750, 122.3, "customsEV"],
    ],
  },
  {
    source: "南宫市商务局 2023-07-25 (region and span from the page's lead)",
    published: "2023-07-25",
    before: "今年上半年，我国货物贸易进出口总值20.1万亿元，同比增长2.1%。",
    quote:
      "电动载人汽车、锂电池、太阳能电池等新三样产品，合计出口增长61.6%，拉动整体出口增长1.8个百分点。",
    figures: [["CHINA", "TOTAL", "2023H1", null, 61.6, "customs"]],
  },
  {
    source: "中国经济网 2024-01-15 (region and year from the page's lead)",
    published: "2024-01-15",
    before: "据海关统计，2023年，我国货物贸易进出口总值41.76万亿元，同比增长0.2%。",
    quote: "“新三样”产品合计出口1.06万亿元，增长了29.9%。",
    figures: [["CHINA", "TOTAL", "2023", 1060000, 29.9, "customs"]],
  },
  {
    source: "中国经济网 2024-01-15, the sentence naming the products",
    published: "2024-01-15",
    before: "2023年，我国外贸进出口总值41.76万亿元。",
    quote: "电动载人汽车、锂离子蓄电池和太阳能电池“新三样”产品合计出口1.06万亿元，增长了29.9%。",
    figures: [["CHINA", "TOTAL", "2023", 1060000, 29.9, "customs"]],
  },
  {
    source: "新华网 2024-06-27",
    published: "2024-06-27",
    quote: "前5个月全省机电产品出口增长9.6%，其中“新三样”增长57.4%",
    figures: [["SHANDONG", "TOTAL", "2024M01-M05", null, 57.4, "customs"]],
    skipped: [["9.6%", "otherGoods"]],
  },
];

function expectedFigure([region, category, period, cny, yoy, scope]: Expected) {
  return {
    region,
    category,
    period,
    ...(cny === null ? {} : { valueCnyMn: cny }),
    ...(yoy === null ? {} : { yoyPct: yoy }),
    ...(scope ? { scopeEn: SCOPE_EN[scope] } : {}),
  };
}

describe("the sentences the dataset's figures were read from", () => {
  it.each(CASES.map((c) => [c.source, c] as const))("%s", (_name, c) => {
    const text = c.before ? `${c.before}\n${c.quote}` : c.quote;
    const reading = readRelease(text, c.published);
    const draft = draftFile(reading.figures, {
      published: c.published,
      url: "https://example.org/release",
      title: "Release",
    });
    expect(
      draft.figures.map((f) => ({
        region: f.region,
        category: f.category,
        period: f.period,
        ...(f.valueCnyMn === undefined ? {} : { valueCnyMn: f.valueCnyMn }),
        ...(f.yoyPct === undefined ? {} : { yoyPct: f.yoyPct }),
        ...(f.scopeEn ? { scopeEn: f.scopeEn } : {}),
      })),
    ).toEqual(c.figures.map(expectedFigure));
    // Each figure quotes its own sentence, which contains its numbers as written.
    for (const [i, f] of draft.figures.entries()) {
      expect(text).toContain(f.quote);
      for (const n of reading.figures[i]!.numbers) expect(f.quote).toContain(n);
    }
    const inQuote = reading.skipped.filter((s) => c.quote.includes(s.sentence));
    expect(inQuote.map((s) => [s.number, s.reason])).toEqual(c.skipped ?? []);
  });

  it("gives the figures the dataset holds from these pages, with the same quotes and scope notes", () => {
    const caseOf = (quote: string) =>
      CASES.find((k) => k.quote.startsWith(quote.replace(/。$/, "")));
    const held = bundled.figures.filter((f) => "quote" in f && f.quote && caseOf(f.quote));
    expect(held.length).toBeGreaterThan(0);
    for (const figure of held) {
      const c = caseOf(figure.quote!);
      const text = c!.before ? `${c!.before}\n${c!.quote}` : c!.quote;
      const found = draftFile(readRelease(text, c!.published).figures, {
        published: c!.published,
        url: "https://example.org/release",
        title: "Release",
      }).figures.find(
        (f) =>
          f.region === figure.region &&
          f.category === figure.category &&
          f.period === figure.period,
      );
      expect(found).toMatchObject({
        quote: figure.quote,
        ...("valueCnyMn" in figure ? { valueCnyMn: figure.valueCnyMn } : {}),
        ...("yoyPct" in figure ? { yoyPct: figure.yoyPct } : {}),
        // A scope note the dataset gives is given; a provincial total also says it is customs'.
        ...("scopeEn" in figure ? { scopeEn: figure.scopeEn, scopeZh: figure.scopeZh } : {}),
      });
    }
  });

  it("says which sentence names no region, when the page's lead is not given", () => {
    const reading = readRelease("“新三样”产品合计出口1.06万亿元，增长了29.9%。", "2024-01-15");
    expect(reading.figures).toEqual([]);
    expect(reading.skipped.map((s) => s.reason)).toEqual(["noRegion", "noRegion"]);
  });
});
