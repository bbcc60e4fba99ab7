import { lookupSource } from "../../src/core";
import { bundled, datasetWith, zibo } from "../support/feed-datasets";

const PRIMARY =
  'chinadaily.com.cn, distributed by PR Newswire, "New quality productive forces boost Zibo\'s open economy", 2024-05-20, https://www.prnewswire.com/apac/news-releases/new-quality-productive-forces-boost-zibos-open-economy-302149867.html';

describe("SOURCE: the citation of a figure, saying how a derived one was computed", () => {
  test.each([
    ["TOTAL 2024Q1, reported: publisher, title, date, address", "TOTAL", "2024Q1", PRIMARY],
    ["NEV 2024Q1, reported", "NEV", "2024Q1", PRIMARY],
    [
      "LIB_PV 2024Q1, derived by subtraction",
      "LIB_PV",
      "2024Q1",
      `derived: TOTAL − NEV = 80 − 70; both inputs are rounded: it lies between 0 and 20 million yuan, since both inputs are rounded to 10 million. Source: ${PRIMARY}`,
    ],
    [
      "TOTAL 2023Q1, derived from the reported rate",
      "TOTAL",
      "2023Q1",
      `derived: 80 / (1 + 931.2 %): the base implied by 2024Q1's year-on-year rate; as both are rounded, it lies between about 7.273 and 8.243. Source: ${PRIMARY}`,
    ],
  ])("%s", (_, category, period, expected) => {
    expect(lookupSource(bundled(), category, period)).toEqual({ ok: true, value: expected });
  });

  test.each([
    ["LIB alone is not published", "LIB", "2024Q1", "notPublishedSeparately"],
    ["nothing is published for 2019Q4", "TOTAL", "2019Q4", "notPublished"],
    ["an unknown category", "cars", "2024Q1", "unknownCategory"],
  ])("%s", (_, category, period, key) => {
    const result = lookupSource(bundled(), category, period);
    expect(result.ok ? null : result.error.key).toBe(key);
  });
});

describe("SOURCE in Chinese: the same sources, the working and the words around them in Chinese", () => {
  test("a reported figure cites the same source, in Chinese punctuation", () => {
    const result = lookupSource(bundled(), "NEV", "2024Q1", null, "ZIBO", "zh");
    expect(result).toEqual({
      ok: true,
      value:
        "chinadaily.com.cn, distributed by PR Newswire，“New quality productive forces boost Zibo's open economy”，2024-05-20，https://www.prnewswire.com/apac/news-releases/new-quality-productive-forces-boost-zibos-open-economy-302149867.html",
    });
  });

  test("a derived figure says how it was derived in Chinese", () => {
    const result = lookupSource(bundled(), "TOTAL", "2023Q1", null, "ZIBO", "zh");
    if (!result.ok) throw new Error(result.error.key);
    expect(result.value).toMatch(
      /^推算值：80 \/ \(1 \+ 931\.2%\)：由 2024Q1 的同比增速推算的上年同期基数；因两者均经四舍五入，其值约在 7\.273 至 8\.243 之间。来源：chinadaily/,
    );
  });

  test("a maintainer's free-text working from a data file is kept as written", () => {
    const ds = datasetWith([
      zibo("TOTAL", "2024Q1", 80, {
        kind: "derived",
        derivation: "TOTAL − NEV, as the bureau's note says",
      }),
    ]);
    for (const lang of ["en", "zh"] as const) {
      const result = lookupSource(ds, "TOTAL", "2024Q1", null, "ZIBO", lang);
      expect(result.ok && result.value).toContain("TOTAL − NEV, as the bureau's note says");
    }
  });
});

describe("SOURCE with a unit cites the figure EXPORTS gives in that unit", () => {
  test.each([
    ["NEV", "2024Q1", "70 × 11.07 / 80", "8.465 and 11.07", "8.465 至 11.07"],
    ["LIB_PV", "2024Q1", "10 × 11.07 / 80", "0 and 2.952", "0 至 2.952"],
    ["新能源汽车", "Q1 2024", "70 × 11.07 / 80", "8.465 and 11.07", "8.465 至 11.07"],
  ])(
    "%s %s in USD is converted at the rate the source implies, with its range",
    (c, p, working, range, rangeZh) => {
      const en = lookupSource(bundled(), c, p, "USD");
      expect(en).toEqual({
        ok: true,
        value: `converted at the rate the source implies: ${working}, as the source gives 80 million yuan = 11.07 million USD (7.2267 yuan per USD); as its inputs are rounded, it lies between about ${range} million USD. Source: ${PRIMARY}`,
      });
      const zh = lookupSource(bundled(), c, p, "百万美元", "ZIBO", "zh");
      expect(zh.ok && zh.value).toMatch(
        new RegExp(
          `^换算值：按来源隐含的汇率换算：${working.replace(/[.*]/g, "\\$&")}，来源公布 80 百万元 = 11\\.07 百万美元（7\\.2267 元/美元）；因输入值经四舍五入，其值约在 ${rangeZh.replace(/[.]/g, "\\$&")} 百万美元之间。来源：chinadaily`,
        ),
      );
    },
  );

  test("a dollar figure the source reports is cited as published, not derived", () => {
    expect(lookupSource(bundled(), "TOTAL", "2024Q1", "USD")).toEqual({ ok: true, value: PRIMARY });
  });

  test("CNY, an empty unit and no unit all cite the yuan figure", () => {
    for (const unit of ["CNY", "", null, undefined, "百万元"]) {
      expect(lookupSource(bundled(), "NEV", "2024Q1", unit)).toEqual({ ok: true, value: PRIMARY });
    }
  });

  test("an unknown unit is #VALUE! with the unit message; a dollar figure with no rate is #N/A", () => {
    const bad = lookupSource(bundled(), "NEV", "2024Q1", "EUR");
    expect(bad.ok ? null : bad.error.key).toBe("unknownUnit");
    const noRate = lookupSource(datasetWith([zibo("NEV", "2024Q1", 70)]), "NEV", "2024Q1", "USD");
    expect(noRate.ok ? null : noRate.error.key).toBe("noUsd");
  });
});
