/*
 * Release texts in every form releases write, text in and figures out. A figure reads
 * "REGION CATEGORY PERIOD cny usd yoy" ("-" where the release gives none), then "[scope]"
 * when the words carry a scope note; a number not taken reads "number: reason".
 */
import { periodKey } from "../../src/core";
import { readRelease, skipReason, type ReleaseReading } from "../../src/core/release";

function figures(reading: ReleaseReading): string[] {
  return reading.figures.map((f) =>
    [
      f.region,
      f.category,
      periodKey(f.period),
      f.valueCnyMn ?? "-",
      f.valueUsdMn ?? "-",
      f.yoyPct ?? "-",
      ...(f.scope ? ["[scope]"] : []),
    ].join(" "),
  );
}

function skipped(reading: ReleaseReading): string[] {
  return reading.skipped.map((s) => `${s.number}: ${s.reason}`);
}

type Row = [form: string, text: string, published: string, figures: string[], skipped?: string[]];

const REGIONS: Row[] = [
  ["淄博市", "一季度，淄博市“新三样”出口0.8亿元。", "2024-05-20", ["ZIBO TOTAL 2024Q1 80 - -"]],
  ["淄博", "一季度淄博新三样出口0.8亿元。", "2024-05-20", ["ZIBO TOTAL 2024Q1 80 - -"]],
  [
    "山东省",
    "一季度山东省新三样出口28.9亿元。",
    "2024-05-20",
    ["SHANDONG TOTAL 2024Q1 2890 - - [scope]"],
  ],
  [
    "山东",
    "一季度山东新三样出口28.9亿元。",
    "2024-05-20",
    ["SHANDONG TOTAL 2024Q1 2890 - - [scope]"],
  ],
  [
    "全省",
    "一季度全省新三样出口28.9亿元。",
    "2024-05-20",
    ["SHANDONG TOTAL 2024Q1 2890 - - [scope]"],
  ],
  [
    "我国",
    "一季度我国新三样出口2646.9亿元。",
    "2024-05-20",
    ["CHINA TOTAL 2024Q1 264690 - - [scope]"],
  ],
  [
    "全国",
    "一季度全国新三样出口2646.9亿元。",
    "2024-05-20",
    ["CHINA TOTAL 2024Q1 264690 - - [scope]"],
  ],
  [
    "中国",
    "一季度中国新三样出口2646.9亿元。",
    "2024-05-20",
    ["CHINA TOTAL 2024Q1 264690 - - [scope]"],
  ],
  [
    "carried to a later sentence",
    "淄博市商务局发布一季度外贸数据。一季度新三样出口0.8亿元。其中新能源汽车出口0.7亿元。",
    "2024-05-20",
    ["ZIBO TOTAL 2024Q1 80 - -", "ZIBO NEV 2024Q1 70 - -"],
  ],
  [
    "a later sentence's own region wins",
    "一季度淄博新三样出口0.8亿元。全省新三样出口28.9亿元。",
    "2024-05-20",
    ["ZIBO TOTAL 2024Q1 80 - -", "SHANDONG TOTAL 2024Q1 2890 - - [scope]"],
  ],
  [
    "a region compared against is not the subject",
    "一季度山东新三样出口增长90.2%，增速高于全国。",
    "2024-05-20",
    ["SHANDONG TOTAL 2024Q1 - - 90.2 [scope]"],
  ],
  ["another city", "一季度青岛新三样出口10亿元。", "2024-05-20", [], ["10亿元: otherPlace"]],
  ["no region anywhere", "一季度新三样出口0.8亿元。", "2024-05-20", [], ["0.8亿元: noRegion"]],
];

const PRODUCTS: Row[] = [
  ["新三样", "一季度淄博新三样出口0.8亿元。", "2024-05-20", ["ZIBO TOTAL 2024Q1 80 - -"]],
  ["电动汽车", "一季度淄博电动汽车出口0.7亿元。", "2024-05-20", ["ZIBO NEV 2024Q1 70 - - [scope]"]],
  [
    "电动载人汽车",
    "一季度淄博电动载人汽车出口0.7亿元。",
    "2024-05-20",
    ["ZIBO NEV 2024Q1 70 - - [scope]"],
  ],
  ["新能源汽车", "一季度淄博新能源汽车出口0.7亿元。", "2024-05-20", ["ZIBO NEV 2024Q1 70 - -"]],
  ["锂电池", "一季度淄博锂电池出口500万元。", "2024-05-20", ["ZIBO LIB 2024Q1 5 - -"]],
  ["锂离子蓄电池", "一季度淄博锂离子蓄电池出口500万元。", "2024-05-20", ["ZIBO LIB 2024Q1 5 - -"]],
  ["光伏产品", "一季度淄博光伏产品出口500万元。", "2024-05-20", ["ZIBO PV 2024Q1 5 - -"]],
  [
    "太阳能电池",
    "一季度淄博太阳能电池出口500万元。",
    "2024-05-20",
    ["ZIBO PV 2024Q1 5 - - [scope]"],
  ],
  [
    "其中 list with 分别, values and rates",
    "一季度淄博新三样出口0.8亿元，其中新能源汽车、锂电池和光伏产品分别出口0.7亿元、600万元和400万元，分别增长10%、20%和-5%。",
    "2024-05-20",
    [
      "ZIBO TOTAL 2024Q1 80 - -",
      "ZIBO NEV 2024Q1 70 - 10",
      "ZIBO LIB 2024Q1 6 - 20",
      "ZIBO PV 2024Q1 4 - -5",
    ],
  ],
  [
    "a list and one rate for each (均)",
    "一季度淄博锂电池、光伏产品出口均增长20%。",
    "2024-05-20",
    ["ZIBO LIB 2024Q1 - - 20", "ZIBO PV 2024Q1 - - 20"],
  ],
  [
    "a list with one value for two products is their total",
    "一季度淄博锂电池和光伏产品合计出口0.1亿元。",
    "2024-05-20",
    ["ZIBO LIB_PV 2024Q1 10 - -"],
  ],
  [
    "a list whose numbers do not pair up",
    "一季度淄博锂电池、光伏产品和电动汽车出口分别增长10%、20%。",
    "2024-05-20",
    [],
    ["10%: listMismatch", "20%: listMismatch"],
  ],
  [
    "one number for two products that are no total the dataset keeps",
    "一季度淄博电动汽车、锂电池出口0.9亿元。",
    "2024-05-20",
    [],
    ["0.9亿元: severalProducts"],
  ],
];

const PERIODS: Row[] = [
  ["一季度", "一季度，淄博新三样出口增长5%。", "2024-05-20", ["ZIBO TOTAL 2024Q1 - - 5"]],
  ["第二季度", "第二季度，淄博新三样出口增长5%。", "2024-08-20", ["ZIBO TOTAL 2024Q2 - - 5"]],
  ["三季度", "三季度，淄博新三样出口增长5%。", "2024-10-20", ["ZIBO TOTAL 2024Q3 - - 5"]],
  [
    "四季度 (last year's, published in January)",
    "四季度，淄博新三样出口增长5%。",
    "2025-01-20",
    ["ZIBO TOTAL 2024Q4 - - 5"],
  ],
  ["上半年", "上半年，淄博新三样出口增长5%。", "2024-07-20", ["ZIBO TOTAL 2024H1 - - 5"]],
  ["下半年", "2024年下半年，淄博新三样出口增长5%。", "2025-01-20", ["ZIBO TOTAL 2024H2 - - 5"]],
  ["前三季度", "前三季度，淄博新三样出口增长5%。", "2024-10-20", ["ZIBO TOTAL 2024M01-M09 - - 5"]],
  ["1-5月", "1-5月，淄博新三样出口增长5%。", "2024-06-20", ["ZIBO TOTAL 2024M01-M05 - - 5"]],
  ["1至5月", "1至5月，淄博新三样出口增长5%。", "2024-06-20", ["ZIBO TOTAL 2024M01-M05 - - 5"]],
  ["前5个月", "前5个月，淄博新三样出口增长5%。", "2024-06-20", ["ZIBO TOTAL 2024M01-M05 - - 5"]],
  ["前两个月", "前两个月，淄博新三样出口增长5%。", "2024-03-20", ["ZIBO TOTAL 2024M01-M02 - - 5"]],
  ["5月份", "5月份，淄博新三样出口增长5%。", "2024-06-20", ["ZIBO TOTAL 2024M05 - - 5"]],
  [
    "全年 (published in January: last year)",
    "全年，淄博新三样出口增长5%。",
    "2025-01-20",
    ["ZIBO TOTAL 2024 - - 5"],
  ],
  ["2024年", "2024年，淄博新三样出口增长5%。", "2025-01-20", ["ZIBO TOTAL 2024 - - 5"]],
  [
    "2024年1-5月",
    "2024年1-5月，淄博新三样出口增长5%。",
    "2024-06-20",
    ["ZIBO TOTAL 2024M01-M05 - - 5"],
  ],
  ["今年", "今年一季度，淄博新三样出口增长5%。", "2024-05-20", ["ZIBO TOTAL 2024Q1 - - 5"]],
  ["去年", "去年全年，淄博新三样出口增长5%。", "2024-05-20", ["ZIBO TOTAL 2023 - - 5"]],
  [
    "a span without a year takes the year named before it",
    "2023年，淄博外贸平稳。前三季度，淄博新三样出口增长5%。",
    "2024-05-20",
    ["ZIBO TOTAL 2023M01-M09 - - 5"],
  ],
  [
    "a date is not a span, nor a year named",
    "2024年5月20日，淄博市发布数据：一季度淄博新三样出口增长5%。",
    "2024-05-20",
    ["ZIBO TOTAL 2024Q1 - - 5"],
  ],
  [
    "a span not over when published",
    "今年全年，淄博新三样出口增长5%。",
    "2024-05-20",
    [],
    ["5%: notOver"],
  ],
  [
    "the base (去年同期) is not the span",
    "一季度淄博新三样出口0.8亿元，去年同期为776万元。",
    "2024-05-20",
    ["ZIBO TOTAL 2024Q1 80 - -"],
    ["776万元: yearAgo"],
  ],
];

const AMOUNTS: Row[] = [
  ["出口总值", "一季度淄博新三样出口总值8000万元。", "2024-05-20", ["ZIBO TOTAL 2024Q1 80 - -"]],
  ["万元", "一季度淄博新三样出口8000万元。", "2024-05-20", ["ZIBO TOTAL 2024Q1 80 - -"]],
  ["亿元", "一季度淄博新三样出口0.8亿元。", "2024-05-20", ["ZIBO TOTAL 2024Q1 80 - -"]],
  [
    "万亿元",
    "2023年，我国新三样出口1.06万亿元。",
    "2024-01-12",
    ["CHINA TOTAL 2023 1060000 - - [scope]"],
  ],
  [
    "万美元 with 折合",
    "一季度淄博新三样出口8000万元，折合1107万美元，同比增长931.2%。",
    "2024-05-20",
    ["ZIBO TOTAL 2024Q1 80 11.07 931.2"],
  ],
  [
    "亿美元 with 折合人民币",
    "一季度淄博新三样出口0.11亿美元，折合人民币0.8亿元。",
    "2024-05-20",
    ["ZIBO TOTAL 2024Q1 80 11 -"],
  ],
  [
    "dollars alone",
    "一季度淄博新三样出口1107万美元，增长931.2%。",
    "2024-05-20",
    [],
    ["1107万美元: usdOnly", "931.2%: usdOnly"],
  ],
  [
    "a change in value is not a value",
    "一季度淄博新三样出口比去年同期增加0.7亿元。",
    "2024-05-20",
    [],
    ["0.7亿元: change"],
  ],
  [
    "a bound is not a value",
    "一季度淄博新三样出口超过0.8亿元。",
    "2024-05-20",
    [],
    ["0.8亿元: approximate"],
  ],
  [
    "a count is not an amount",
    "一季度淄博新能源汽车出口1.2万辆，增长30%。",
    "2024-05-20",
    ["ZIBO NEV 2024Q1 - - 30"],
  ],
];

const GROWTH: Row[] = [
  ["增长 X%", "一季度淄博新三样出口增长90.2%。", "2024-05-20", ["ZIBO TOTAL 2024Q1 - - 90.2"]],
  ["下降 X%", "一季度淄博新三样出口下降5.5%。", "2024-05-20", ["ZIBO TOTAL 2024Q1 - - -5.5"]],
  [
    "增长 X倍",
    "一季度淄博新三样出口0.8亿元，增长9.312倍。",
    "2024-05-20",
    ["ZIBO TOTAL 2024Q1 80 - 931.2"],
  ],
  ["增长1.2倍", "一季度淄博新三样出口增长1.2倍。", "2024-05-20", ["ZIBO TOTAL 2024Q1 - - 120"]],
  ["同比", "一季度淄博新三样出口同比增长12%。", "2024-05-20", ["ZIBO TOTAL 2024Q1 - - 12"]],
  ["增速", "一季度淄博新三样出口增速为12%。", "2024-05-20", ["ZIBO TOTAL 2024Q1 - - 12"]],
  [
    "a rate with no amount is a growth-only figure",
    "一季度淄博电动汽车出口增长65.3%。",
    "2024-05-20",
    ["ZIBO NEV 2024Q1 - - 65.3 [scope]"],
  ],
  [
    "a rate against the quarter before is not year on year",
    "二季度淄博新三样出口环比增长8%。",
    "2024-08-20",
    [],
    ["8%: notYearOnYear"],
  ],
  [
    "percentage points are not a rate",
    "一季度淄博新三样出口增长90.2%，拉动全市出口增长1.8个百分点。",
    "2024-05-20",
    ["ZIBO TOTAL 2024Q1 - - 90.2"],
  ],
];

const REFUSED: Row[] = [
  ["预计", "预计今年淄博新三样出口增长20%。", "2024-05-20", [], ["20%: forecast"]],
  [
    "有望 (the real figure before it is kept)",
    "一季度淄博新三样出口0.8亿元，全年有望突破3亿元。",
    "2024-05-20",
    ["ZIBO TOTAL 2024Q1 80 - -"],
    ["3亿元: forecast"],
  ],
  ["力争", "力争全年淄博新三样出口达到5亿元。", "2024-05-20", [], ["5亿元: forecast"]],
  ["目标", "今年淄博新三样出口目标为5亿元。", "2024-05-20", [], ["5亿元: forecast"]],
  [
    "进口",
    "一季度淄博锂电池进口0.3亿元，增长5%。",
    "2024-05-20",
    [],
    ["0.3亿元: imports", "5%: imports"],
  ],
  [
    "机电产品",
    "一季度淄博机电产品出口50亿元，增长8%。",
    "2024-05-20",
    [],
    ["50亿元: otherGoods", "8%: otherGoods"],
  ],
  ["外贸", "一季度淄博外贸进出口200亿元。", "2024-05-20", [], ["200亿元: allTrade"]],
  [
    "占比",
    "一季度淄博新三样出口0.8亿元，占全市出口的比重为0.6%，占比提高。",
    "2024-05-20",
    ["ZIBO TOTAL 2024Q1 80 - -"],
    ["0.6%: share"],
  ],
  [
    "exports to one market, named before the product",
    "一季度淄博对欧盟出口“新三样”0.3亿元，增长1.5倍。",
    "2024-05-20",
    [],
    ["0.3亿元: partOfExports", "1.5倍: partOfExports"],
  ],
  [
    "exports of one kind of firm",
    "一季度淄博民营企业出口“新三样”0.6亿元。",
    "2024-05-20",
    [],
    ["0.6亿元: partOfExports"],
  ],
  [
    "exports to one market",
    "一季度淄博新三样对欧盟出口0.3亿元。",
    "2024-05-20",
    [],
    ["0.3亿元: partOfExports"],
  ],
];

describe.each([
  ["regions", REGIONS],
  ["products", PRODUCTS],
  ["periods", PERIODS],
  ["amounts", AMOUNTS],
  ["growth", GROWTH],
  ["what is not a published export figure", REFUSED],
])("release text: %s", (_group, rows) => {
  it.each(rows.map((r) => [r[0], r] as const))(
    "%s",
    (_form, [, text, published, want, notTaken]) => {
      const reading = readRelease(text, published);
      expect(figures(reading)).toEqual(want);
      expect(skipped(reading)).toEqual(notTaken ?? []);
    },
  );
});

describe("release text: what the reader is told", () => {
  it("words every reason in both languages", () => {
    const reading = readRelease("预计今年淄博新三样出口增长20%。", "2024-05-20");
    expect(skipReason(reading.skipped[0]!.reason, "en")).toBe(
      "a forecast or a goal, not a published figure",
    );
    expect(skipReason(reading.skipped[0]!.reason, "zh")).toBe("预测或目标，不是已公布的数据");
  });

  it("says what the sentence did not name itself", () => {
    const reading = readRelease(
      "一季度，淄博新三样出口0.8亿元。新能源汽车出口0.7亿元。",
      "2024-05-20",
    );
    expect(reading.figures.map((f) => f.assumed)).toEqual([["year"], ["region", "period", "year"]]);
  });

  it("keeps the fuller of a figure repeated in the headline and the story", () => {
    const reading = readRelease(
      "一季度淄博新三样出口增长931.2%\n一季度，淄博新三样出口0.8亿元，同比增长931.2%。",
      "2024-05-20",
    );
    expect(figures(reading)).toEqual(["ZIBO TOTAL 2024Q1 80 - 931.2"]);
    expect(skipped(reading)).toEqual(["931.2%: repeat"]);
  });

  it("leaves out a figure that contradicts one found earlier, and says so", () => {
    const reading = readRelease(
      "一季度，淄博新三样出口0.8亿元。一季度，淄博新三样出口0.9亿元。",
      "2024-05-20",
    );
    expect(figures(reading)).toEqual(["ZIBO TOTAL 2024Q1 80 - -"]);
    expect(skipped(reading)).toEqual(["0.9亿元: conflict"]);
  });
});

describe("release text: trade in both directions", () => {
  it("takes the exports of a sentence that also gives imports and their total", () => {
    const reading = readRelease(
      "一季度，淄博新三样进出口1.1亿元，其中出口0.8亿元，进口0.3亿元。",
      "2024-05-20",
    );
    expect(figures(reading)).toEqual(["ZIBO TOTAL 2024Q1 80 - -"]);
    expect(skipped(reading)).toEqual(["1.1亿元: allTrade", "0.3亿元: imports"]);
  });
});
