/*
 * `SERIES(…, form)`: a category's spans in the form an analyst needs — discrete quarters, year-to-
 * date totals, or growth rates — each row still saying whether it is reported or derived — and
 * the table SERIES spills. Loaded on the first SERIES: the functions start without it.
 */
import { sameScope, type Figure, type Dataset } from "./dataset";
import { isLatest } from "./lookup";
import { makePeriod, parsePeriodKey, periodKey, quarterOf } from "./periods";
import { regionName, type RegionCode } from "./regions";
import { fail, ok, type Result } from "./result";
import { lookupSeries, newestRow, type Series, type SeriesRow } from "./series";
import { provenanceKind } from "./provenance-kind";
import { normalizeText } from "./text";
import { inUnit } from "./units";
import { kindLabel, labelsFor, valueHeader } from "./labels";
import type { Language } from "./messages";

export type SeriesForm = "published" | "quarters" | "ytd" | "growth";

const FORMS: Record<string, SeriesForm> = {
  published: "published",
  公布: "published",
  quarters: "quarters",
  quarterly: "quarters",
  q: "quarters",
  按季度: "quarters",
  季度: "quarters",
  ytd: "ytd",
  "year to date": "ytd",
  cumulative: "ytd",
  累计: "ytd",
  年内累计: "ytd",
  growth: "growth",
  yoy: "growth",
  增速: "growth",
  同比: "growth",
  同比增速: "growth",
};

export function parseSeriesForm(input: unknown): Result<SeriesForm> {
  if (input == null || (typeof input === "string" && input.trim() === "")) return ok("published");
  const form = FORMS[normalizeText(String(input))];
  if (form) return ok(form);
  const text = String(input).slice(0, 60);
  return fail("invalidValue", "said", {
    en: `Unknown form "${text}". Use published, quarters (按季度), ytd (累计) or growth (增速).`,
    zh: `未知形式“${text}”。请使用公布（published）、按季度（quarters）、累计（ytd）或增速（growth）。`,
  });
}

/** SERIES in a form: the published rows (with `from`, `to` and `unit` applied), then the form's. */
export function seriesInForm(
  ds: Dataset,
  category: unknown,
  from: unknown,
  to: unknown,
  unit: unknown,
  formInput: unknown,
  region: RegionCode,
): Result<Series> {
  const form = parseSeriesForm(formInput);
  if (!form.ok) return form;
  const published = lookupSeries(ds, category, isLatest(from) ? null : from, to, unit, region);
  if (!published.ok) return published;
  const series = published.value;
  const rows =
    form.value === "quarters"
      ? series.rows.filter((r) => quarterOf(parsePeriodKey(r.period)!) !== null)
      : form.value === "ytd"
        ? yearToDate(series)
        : form.value === "growth"
          ? growthRows(ds, series.rows)
          : series.rows;
  const shaped = { ...series, rows, growth: form.value === "growth" };
  if (rows.length === 0) {
    const where = `${regionName(region, "en")}'s ${series.category}`;
    return fail("notAvailable", "said", {
      en: `No ${form.value} rows for ${where} in this range.`,
      zh: `${regionName(region, "zh")} ${series.category} 在此范围内没有该形式（${form.value}）的数据。`,
    });
  }
  return isLatest(from) ? newestRow(shaped) : ok(shaped);
}

/** Rates where a span has one: reported, or derived from the year-ago value. */
function growthRows(ds: Dataset, rows: readonly SeriesRow[]): SeriesRow[] {
  return rows.flatMap((r) => {
    const yoy = r.figure?.yoyPct;
    return yoy ? [{ ...r, value: ok(yoy.value), kind: provenanceKind(ds, yoy) }] : [];
  });
}

/**
 * Totals from January: those published (a first quarter is one), and where a year has none for a
 * span, the sum of its reported quarters from the first, all of one scope.
 */
function yearToDate(series: Series): SeriesRow[] {
  const rows = series.rows.filter((r) => parsePeriodKey(r.period)!.first === 1);
  const have = new Set(rows.map((r) => r.period));
  const quarters = series.rows.filter(
    (r) => r.kind === "reported" && r.figure?.cny && quarterOf(r.figure.period) !== null,
  );
  const byYear = new Map<number, Figure[]>();
  for (const r of quarters) {
    const f = r.figure!;
    byYear.set(f.period.year, [...(byYear.get(f.period.year) ?? []), f]);
  }
  for (const [year, figures] of byYear) {
    const run: Figure[] = [];
    for (let q = 1; q <= 4; q++) {
      const f = figures.find((x) => quarterOf(x.period) === q);
      if (!f || (run[0] && !sameScope(run[0], f))) break;
      run.push(f);
      const span = makePeriod(year, 1, q * 3);
      if (run.length < 2 || have.has(periodKey(span))) continue;
      const millions = run.reduce((sum, x) => sum + x.cny!.value, 0);
      rows.push({
        period: periodKey(span),
        value: ok(inUnit(millions, series.unit)),
        kind: "derived",
        cumulative: true,
      });
    }
  }
  return rows.sort((a, b) => order(a.period) - order(b.period));
}

/** By end month, shorter spans first, as SERIES orders its rows. */
function order(key: string): number {
  const p = parsePeriodKey(key)!;
  return (p.year * 12 + p.last) * 100 - (p.last - p.first);
}

/** The table SERIES spills: a header row naming the region, category and unit, then the rows. */
export function seriesTable(
  series: Series,
  region: RegionCode,
  lang: Language,
): (string | Result<number>)[][] {
  const l = labelsFor(lang);
  const { category, unit, growth } = series;
  const named = region === "ZIBO" ? category : `${regionName(region, lang)} ${category}`;
  return [
    [
      l.period,
      growth ? l.growthHeader(named) : valueHeader(named, unit, lang),
      l.kind,
      l.cumulative,
    ],
    ...series.rows.map((row) => [
      row.period,
      row.value,
      row.kind ? kindLabel(row.kind, lang) : "",
      row.cumulative ? l.yes : l.no,
    ]),
  ];
}
