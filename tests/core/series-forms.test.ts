import { formatMessage, lookupSeries, type Series } from "../../src/core";
import { parseSeriesForm, seriesInForm } from "../../src/core/series-forms";
import { bundled, datasetWith, zibo } from "../support/feed-datasets";

const rows = (s: { ok: true; value: Series } | { ok: false; error: { key: string } }) =>
  s.ok
    ? s.value.rows.map((r) => [
        r.period,
        r.value.ok ? Number(r.value.value.toFixed(4)) : r.value.error.key,
        r.kind,
      ])
    : s.error.key;

describe("SERIES by region and form", () => {
  test("Shandong's quarters: 2023Q4 derived by difference, 2024Q1 reported, no year-to-date totals", () => {
    const quarters = rows(
      seriesInForm(bundled(), "TOTAL", "2023Q2", null, null, "按季度", "SHANDONG"),
    );
    expect(quarters).toEqual([
      ["2023Q4", 3080, "derived"],
      ["2024Q1", 2890, "reported"],
    ]);
  });

  test("Shandong as published keeps the year-to-date totals 6,310 and 9,390", () => {
    const published = rows(lookupSeries(bundled(), "TOTAL", "2023Q2", null, null, "SHANDONG"));
    expect(published).toEqual(
      expect.arrayContaining([
        ["2023M01-M09", 6310, "reported"],
        ["2023", 9390, "reported"],
      ]),
    );
  });

  test("ytd: totals from January only; growth: the rates", () => {
    expect(rows(seriesInForm(bundled(), "TOTAL", 2023, null, "亿元", "累计", "SHANDONG"))).toEqual([
      ["2023Q1", 15.1945, "derived"], // the year-ago base 2024Q1's rate implies
      ["2023M01-M09", 63.1, "reported"],
      ["2023", 93.9, "reported"],
      ["2024Q1", 28.9, "reported"],
      // January–May 2024 is published as a growth rate only: the row says so, with no total.
      ["2024M01-M05", "growthOnly", "reported"],
    ]);
    expect(rows(seriesInForm(bundled(), "NEV", null, null, null, "增速", "SHANDONG"))).toEqual([
      ["2023M01-M09", 144.2, "reported"],
      ["2024Q1", 65.3, "reported"],
    ]);
  });

  test("ytd sums reported quarters of one year where no total is published, marked derived", () => {
    const ds = datasetWith([
      zibo("TOTAL", "2024Q1", 80),
      zibo("TOTAL", "2024Q2", 90),
      zibo("TOTAL", "2024Q3", 100),
    ]);
    expect(rows(seriesInForm(ds, "TOTAL", 2024, null, null, "ytd", "ZIBO"))).toEqual([
      ["2024Q1", 80, "reported"],
      ["2024H1", 170, "derived"],
      ["2024M01-M09", 270, "derived"],
    ]);
  });

  test('"latest" as from: the newest row of the form', () => {
    expect(rows(seriesInForm(bundled(), "TOTAL", "latest", null, null, "growth", "CHINA"))).toEqual(
      [["2023", 29.9, "reported"]],
    );
  });

  test("forms in either language; an unknown form is #VALUE!", () => {
    expect(parseSeriesForm("Quarters")).toEqual({ ok: true, value: "quarters" });
    expect(parseSeriesForm("同比")).toEqual({ ok: true, value: "growth" });
    expect(parseSeriesForm(null)).toEqual({ ok: true, value: "published" });
    const unknown = seriesInForm(bundled(), "TOTAL", null, null, null, "monthly", "ZIBO");
    expect(
      !unknown.ok && [
        unknown.error.code,
        formatMessage(unknown.error.key, unknown.error.params, "zh"),
      ],
    ).toEqual([
      "invalidValue",
      "未知形式“monthly”。请使用公布（published）、按季度（quarters）、累计（ytd）或增速（growth）。",
    ]);
  });
});
