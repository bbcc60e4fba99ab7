/**
 * What a user sees in the cells for issue-sized details, through the built functions in both
 * languages: the words sources use for NEV, Chinese names in Chinese refusals, PARKS' headers,
 * YOY's and YOY_BASE's one rule, and a refusal of US dollars that names the span with a rate.
 */
import { callStreaming, installStandIns, isErrorValue } from "../support/custom-functions-stand-in";
import { fetchOnDemandCode, loadBundle } from "../support/load-bundle";

installStandIns();
const bundles = { en: loadBundle("en-US"), zh: loadBundle("zh-CN") };
beforeAll(() => Promise.all([fetchOnDemandCode(bundles.en), fetchOnDemandCode(bundles.zh)]));

type Lang = keyof typeof bundles;
/** The one cell (or the spill) a function answers, as Excel passes the arguments. */
function cell(lang: Lang, id: string, ...args: unknown[]): unknown {
  const fn = bundles[lang].get(id)!;
  const call = callStreaming(fn, ...args);
  call.cancel();
  const answer = call.results[0] as unknown[][];
  return answer.length === 1 && answer[0]!.length === 1 ? answer[0]![0] : answer;
}
const direct = (lang: Lang, id: string, ...args: unknown[]) =>
  (bundles[lang].get(id) as (...a: unknown[]) => unknown[][])(...args)[0]![0];
const m = (v: unknown) => [[v]];
const text = (v: unknown) => (isErrorValue(v) ? `${v.code} ${v.message}` : String(v));

describe("电动汽车, 电动载人汽车 and EV are NEV in every function that takes a category", () => {
  const calls: [string, (c: unknown) => unknown[]][] = [
    ["EXPORTS", (c) => [m(c), m("2024Q1"), null, null]],
    ["GROWTH", (c) => [m(c), m("2023M01-M09"), null]],
    ["SHARE", (c) => [m(c), m("2024Q1")]],
    ["REGION_EXPORTS", (c) => [m("China"), m(c), m("2023Q1"), null, null]],
    ["REGION_GROWTH", (c) => [m("Shandong"), m(c), m("2024Q1"), null]],
    ["SHARE_OF", (c) => [m("China"), m("2023Q1"), m(c)]],
    ["SOURCE", (c) => [m(c), m("2024Q1"), null, null]],
    ["FIGURE", (c) => [m(c), m("2023Q1"), null, m("China"), null]],
    ["LATEST", (c) => [c]],
    ["SERIES", (c) => [c, null, null, null, null, "China", null]],
  ];
  test.each(
    calls.flatMap(([id, args]) =>
      ["电动汽车", "电动载人汽车", "EV", " ev "].map((w) => [id, w, args] as const),
    ),
  )("%s(%p) answers as for NEV", (id, word, args) => {
    for (const lang of ["en", "zh"] as const) {
      const nev = cell(lang, id, ...args("NEV"));
      expect(text(cell(lang, id, ...args(word)))).toBe(text(nev));
      expect(text(nev)).not.toContain("Unknown category");
    }
  });

  test("the #N/A of Shandong's 电动汽车 value says what the rate counts, in both languages", () => {
    const args = [m("山东"), m("电动汽车"), m("2024Q1"), null, null];
    expect(text(cell("en", "REGION_EXPORTS", ...args))).toContain(
      "It counts electric vehicles (电动汽车)",
    );
    expect(text(cell("zh", "REGION_EXPORTS", ...args))).toContain(
      "统计口径：省级发布中的“电动汽车”",
    );
  });
});

describe("Chinese refusals list Chinese names", () => {
  test("an unknown category", () => {
    const zh = text(cell("zh", "EXPORTS", m("钢铁"), m("2024Q1"), null, null));
    expect(zh).toContain("新三样（TOTAL）、新能源汽车（NEV）、锂电池（LIB）、光伏产品（PV）");
  });

  test("an unknown park", () => {
    expect(text(cell("zh", "PARK", m("钢铁园")))).toContain("零碳智慧创新产业园（zero-carbon）");
  });

  test("an unknown unit", () => {
    const zh = text(cell("zh", "EXPORTS", m("NEV"), m("2024Q1"), m("磅"), null));
    expect(zh).toContain("可用单位：元（yuan）、万元（10,000 yuan）");
  });
});

test("PARKS in Chinese heads the English names 英文名称", () => {
  const rows = cell("zh", "PARKS") as string[][];
  expect(rows[0]).toEqual(["英文名称", "中文名称", "重点领域"]);
  expect(rows[1]![0]).toMatch(/^[A-Za-z]/);
});

describe("YOY and YOY_BASE refuse a negative export value alike", () => {
  test.each([
    ["YOY", -5, 10, "current is -5", "current 为 -5"],
    ["YOY", 5, -10, "base is -10", "base 为 -10"],
    ["YOY_BASE", -5, 10, "current is -5", "current 为 -5"],
  ])("%s(%p, %p) is #NUM!", (id, a, b, en, zh) => {
    expect(text(direct("en", id, m(a), m(b)))).toBe(
      `#NUM! ${en}: export values cannot be negative.`,
    );
    expect(text(direct("zh", id, m(a), m(b)))).toBe(`#NUM! ${zh}：出口额不能为负数。`);
  });

  test("=ZIBO.YOY_BASE(80,931.2) is still 7.758", () => {
    expect(direct("en", "YOY_BASE", m(80), m(931.2))).toBeCloseTo(7.758, 3);
  });
});

test("a refusal of US dollars names the span whose source gives a rate", () => {
  const args = [m("TOTAL"), m("2023Q1"), m("USD"), null];
  expect(text(cell("en", "EXPORTS", ...args))).toContain("Sources give one for: 2024Q1.");
  expect(text(cell("zh", "EXPORTS", ...args))).toContain("给出汇率的期间：2024Q1。");
  expect(text(cell("en", "EXPORTS", ...args))).not.toContain("gives no exchange rate");
});

test("SERIES from 2025 in Chinese has no stray spaces", () => {
  const zh = text(cell("zh", "SERIES", "TOTAL", "2025", null, null, null, null, null));
  expect(zh).toContain("在 2025 至最新期间之间");
});

test("a growth-only Shandong figure sends the reader to REGION_GROWTH, in both languages", () => {
  const args = [m("Shandong"), m("LIB"), m("2024Q1"), null, null];
  expect(text(cell("en", "REGION_EXPORTS", ...args))).toContain("REGION_GROWTH gives the rate");
  expect(text(cell("zh", "REGION_EXPORTS", ...args))).toContain("增速请用 REGION_GROWTH");
  expect(cell("en", "REGION_GROWTH", m("Shandong"), m("LIB"), m("2024Q1"), null)).toBe(104.4);
});
