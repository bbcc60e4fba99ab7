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
      `derived: TOTAL − NEV = 80 − 70; both inputs are rounded. Source: ${PRIMARY}`,
    ],
    [
      "TOTAL 2023Q1, derived from the reported rate",
      "TOTAL",
      "2023Q1",
      `derived: 80 / (1 + 931.2 %): the base implied by 2024Q1's year-on-year rate. Source: ${PRIMARY}`,
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
    const result = lookupSource(bundled(), "NEV", "2024Q1", "ZIBO", "zh");
    expect(result).toEqual({
      ok: true,
      value:
        "chinadaily.com.cn, distributed by PR Newswire，“New quality productive forces boost Zibo's open economy”，2024-05-20，https://www.prnewswire.com/apac/news-releases/new-quality-productive-forces-boost-zibos-open-economy-302149867.html",
    });
  });

  test("a derived figure says how it was derived in Chinese", () => {
    const result = lookupSource(bundled(), "TOTAL", "2023Q1", "ZIBO", "zh");
    if (!result.ok) throw new Error(result.error.key);
    expect(result.value).toMatch(
      /^推算值：80 \/ \(1 \+ 931\.2%\)：由 2024Q1 的同比增速推算的上年同期基数。来源：chinadaily/,
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
      const result = lookupSource(ds, "TOTAL", "2024Q1", "ZIBO", lang);
      expect(result.ok && result.value).toContain("TOTAL − NEV, as the bureau's note says");
    }
  });
});
