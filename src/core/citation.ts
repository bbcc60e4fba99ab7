import { leadMeasure, type Dataset, type Figure, type Measure, type Source } from "./dataset";
import { fmt } from "./cell-number";
import { formatDerivation } from "./derivation-text";
import { figureInUnit, isLatest, lookupExports, valueIn } from "./lookup";
import type { Language } from "./messages";
import type { RegionCode } from "./regions";
import { ok, type Result } from "./result";
import { periodKey } from "./periods";
import { provenanceOf } from "./provenance";
import { currencyOf, unitName } from "./units";

/** The words around a citation; the sources themselves read as they were published. */
const words = {
  en: {
    source: (s: Source) => `${s.publisher}, "${s.title}", ${s.published ?? "undated"}, ${s.url}`,
    separator: "; ",
    derived: (how: string, cited: string) => `derived: ${how}. Source: ${cited}`,
    // The working begins "converted at the rate …": the kind is its first word.
    converted: (how: string, cited: string) => `${how}. Source: ${cited}`,
    imported: (cited: string) => `imported by you. Source: ${cited}`,
    // A file's source is its own words: no publisher is put in its mouth.
    file: (s: Source) =>
      `the file "${s.file ?? "imported"}" (imported on ${s.importedOn ?? "a date not recorded"}), whose own words cite "${s.title}", ${s.published ?? "undated"}, ${s.url}`,
    computed: "computed from the sources below",
    growthOnly: (pct: string) => `growth rate only (${pct} %), no value published. Source: `,
    scope: (note: string) => `. Scope: ${note}`,
    unit: (name: string) => `Unit: ${name}. `,
    latest: (period: string) => `Latest: ${period}. `,
    asOf: (date: string) => `As known on ${date}. `,
  },
  zh: {
    source: (s: Source) => `${s.publisher}，“${s.title}”，${s.published ?? "日期不详"}，${s.url}`,
    separator: "；",
    derived: (how: string, cited: string) => `推算值：${how}。来源：${cited}`,
    converted: (how: string, cited: string) => `换算值：${how}。来源：${cited}`,
    imported: (cited: string) => `导入值（由您导入）。来源：${cited}`,
    file: (s: Source) =>
      `文件“${s.file ?? "导入文件"}”（${s.importedOn ?? "导入日期未记录"}导入），文件所注来源：“${s.title}”，${s.published ?? "日期不详"}，${s.url}`,
    computed: "由以下来源的数据计算",
    growthOnly: (pct: string) => `仅公布同比增速（${pct}%），未公布数值。来源：`,
    scope: (note: string) => `。统计口径：${note}`,
    unit: (name: string) => `单位：${name}。`,
    latest: (period: string) => `最新一期：${period}。`,
    asOf: (date: string) => `截至 ${date} 已知的数据。`,
  },
} as const;

/** A source as a reader cites it: publisher, "title", date, address. */
export function formatSource(source: Source, lang: Language = "en"): string {
  return words[lang].source(source);
}

/**
 * Where a number comes from, read from its provenance: its sources; for an imported number the
 * file and the file's own words; for a derived or converted one how it was computed first.
 */
export function citeMeasure(ds: Dataset, measure: Measure, lang: Language = "en"): string {
  const w = words[lang];
  const p = provenanceOf(ds, measure);
  const cited = p.sources
    .map((s) => (s.standing === "user" ? w.file(s) : w.source(s)))
    .join(w.separator);
  if (p.kind === "reported") return cited;
  if (p.kind === "imported") return w.imported(cited);
  const how = p.working ? formatDerivation(p.working, lang, p.range) : w.computed;
  return w[p.kind](how, cited);
}

/**
 * The citation of a figure: of its value in million yuan, or of its rate when only the rate is
 * published, followed by its scope note when the source counts something else by name.
 */
export function citeFigure(ds: Dataset, figure: Figure, lang: Language = "en"): string {
  const w = words[lang];
  const lead = leadMeasure(figure);
  const pct = figure.yoyPct
    ? `${figure.yoyPct.value >= 0 ? "+" : ""}${fmt(figure.yoyPct.value)}`
    : "";
  const cited = (figure.cny ? "" : w.growthOnly(pct)) + citeMeasure(ds, lead, lang);
  return withScope(figure, cited, lang);
}

function withScope(figure: Figure, cited: string, lang: Language): string {
  return figure.scope ? cited + words[lang].scope(figure.scope[lang]) : cited;
}

/**
 * `=ZIBO.SOURCE(category, period, [unit])`: the citation of the value EXPORTS gives for the same
 * inputs, so a dollar figure converted at a source's rate is cited as derived, with the working.
 * A growth-only figure is cited for its rate, whatever the unit: the rate is all there is.
 */
export function lookupSource(
  ds: Dataset,
  categoryInput: unknown,
  periodInput: unknown,
  unitInput: unknown = null,
  region: RegionCode = "ZIBO",
  lang: Language = "en",
): Result<string> {
  if (isLatest(periodInput)) {
    // The span EXPORTS resolves "latest" to, named first.
    const found = lookupExports(ds, categoryInput, periodInput, unitInput, region);
    if (!found.ok) return found;
    const period = periodKey(found.value.figure.period);
    const cited = lookupSource(ds, categoryInput, period, unitInput, region, lang);
    return cited.ok ? ok(words[lang].latest(period) + cited.value) : cited;
  }
  const asked = figureInUnit(ds, categoryInput, periodInput, unitInput, region);
  if (!asked.ok) return asked;
  const { figure, unit } = asked.value;
  // A unit other than the published millions is named first: the citation says what the number counts.
  const millions = unit === "CNY" || unit === "USD";
  const named = (text: string) =>
    ok(millions ? text : words[lang].unit(unitName(unit, lang)) + text);
  if (currencyOf(unit) === "CNY" || !figure.cny) return named(citeFigure(ds, figure, lang));
  const found = valueIn(figure, unit, ds);
  if (!found.ok) return found;
  return named(withScope(figure, citeMeasure(ds, found.value.measure, lang), lang));
}

/** A citation of a figure as known on a date (`as_of`) says so first; `date` null: as known now. */
export function citedAsOf(
  cited: Result<string>,
  date: string | null,
  lang: Language,
): Result<string> {
  return cited.ok && date ? ok(words[lang].asOf(date) + cited.value) : cited;
}
