import { CATEGORIES, type CategoryCode } from "./categories";
import type { Dataset, Figure, Measure, Source } from "./dataset";
import { formatDerivation } from "./derivation-text";
import { kindLabel } from "./labels";
import type { Localized } from "./localized";
import { provenanceOf } from "./provenance";
import { lookupExportsCached } from "./cached-lookups";
import type { Language } from "./messages";
import { periodKey, periodLabel } from "./periods";
import { parseRegion } from "./parse-region";
import { regionName, type RegionCode } from "./regions";
import { ok, type Result } from "./result";
import { isLatest } from "./lookup";
import { inUnit, unitName, type Unit } from "./units";

/**
 * A figure's card: the number and, as labelled fields, everything a reader needs to trust it.
 * Office-free: the functions turn it into Excel's formatted-number value, the pane into a table
 * column. Field labels are in the display language, because Excel shows them on the card and
 * takes them in field access (`=A1.Source`, `=A1.来源`).
 */
export interface FigureCard {
  title: string;
  value: number;
  /** The Excel number format of the value. */
  numberFormat: string;
  fields: CardField[];
  /** Section headings of the card, in the display language. */
  sections: { main: string; provenance: string };
  /** The sources behind the value, for the card's attribution links. */
  sources: readonly Source[];
}

export type FigureFieldKey =
  | "value"
  | "unit"
  | "period"
  | "periodZh"
  | "region"
  | "category"
  | "categoryZh"
  | "kind"
  | "working"
  | "file"
  | "importedOn"
  | "yoy"
  | "yoyDerived"
  | "scope"
  | "quote"
  | "source"
  | "publisher"
  | "sourceDate"
  | "link"
  | "dataset"
  | "vintage";

export interface CardField<K extends string = FigureFieldKey> {
  key: K;
  /** The field's name on the card and in field access, in the display language. */
  label: string;
  value: string | number;
  /** Excel number format of a numeric field. */
  numberFormat?: string;
  /** A line the card shows under the field: how a derived rate was computed. */
  note?: string;
  section: "main" | "provenance";
}

export const MILLIONS_FORMAT = "#,##0.00";

/** Enough decimals that a figure in a large unit (0.7 亿元, 0.1107 亿美元) shows its digits. */
export function unitNumberFormat(unit: Unit): string {
  if (/_1$/.test(unit)) return "#,##0.##";
  if (/_100M$/.test(unit)) return "#,##0.0000";
  if (/_BN$/.test(unit)) return "#,##0.00000";
  return MILLIONS_FORMAT;
}
export const PERCENT_CHANGE_FORMAT = "+#,##0.0;-#,##0.0;0.0";

/**
 * Field names. A derived year-on-year rate has its own name, so that neither the card nor
 * `=A1.[…]` can pass it off as a published one.
 */
const fieldLabels: Record<Language, Record<FigureFieldKey, string>> = {
  en: {
    value: "Value",
    unit: "Unit",
    period: "Period",
    periodZh: "Period (Chinese)",
    region: "Region",
    category: "Category",
    categoryZh: "Category (Chinese)",
    kind: "Kind",
    working: "Working",
    file: "Imported from file",
    importedOn: "Imported on",
    yoy: "Year-on-year %",
    yoyDerived: "Year-on-year % (derived)",
    scope: "Scope",
    quote: "Source's words",
    source: "Source",
    publisher: "Source publisher",
    sourceDate: "Source date",
    link: "Source link",
    dataset: "Dataset",
    vintage: "As known on",
  },
  zh: {
    value: "数值",
    unit: "单位",
    period: "期间",
    periodZh: "期间（中文）",
    region: "地区",
    category: "类别（英文）",
    categoryZh: "类别",
    kind: "类型",
    working: "推算方法",
    file: "导入文件",
    importedOn: "导入日期",
    yoy: "同比增速（%）",
    yoyDerived: "同比增速（%，推算值）",
    scope: "统计口径",
    quote: "来源原文",
    source: "来源",
    publisher: "来源发布方",
    sourceDate: "来源日期",
    link: "来源链接",
    dataset: "数据集",
    vintage: "截至日期（已知数据）",
  },
};

/** What the formula asked beyond the figure itself, which the card states: the span "latest" became. */
export interface CardAsked {
  latest?: boolean;
  /** The ISO date of the vintage the card shows, for `as_of`. */
  asOf?: string;
}

const words = {
  en: {
    latestNote: 'the newest span with a value, asked as "latest"',
    figure: "Figure",
    provenance: "Where it comes from",
    undated: "undated",
    computed: "computed from the sources below",
    byYou: "the file's own words (imported by you)",
    separator: "; ",
    title: (category: string, region: string, period: string) =>
      `${category}, ${region}, ${period}`,
    dataset: (version: string, asOf: string) => `${version}, as of ${asOf}`,
    derivedNote: (how: string) => `derived: ${how}`,
  },
  zh: {
    latestNote: "“最新”所指的最新一期有数值的期间",
    figure: "数据",
    provenance: "出处",
    undated: "日期不详",
    computed: "由以下来源的数据计算",
    byYou: "文件所注（由您导入）",
    separator: "；",
    title: (category: string, region: string, period: string) => `${region} ${category} ${period}`,
    dataset: (version: string, asOf: string) => `${version}，截至 ${asOf}`,
    derivedNote: (how: string) => `推算值：${how}`,
  },
} as const;

/**
 * What a figure's own source calls its category: a Shandong or China figure whose scope note names
 * customs' "new three" or electric (passenger) vehicles is labelled so, not by Zibo's definition.
 */
const SCOPE_NAMES: [CategoryCode, string, Localized][] = [
  [
    "TOTAL",
    "海关口径",
    {
      en: 'Customs\' "new three" (electric passenger vehicles, lithium-ion batteries, solar cells)',
      zh: "海关口径的“新三样”",
    },
  ],
  ["NEV", "电动载人汽车", { en: "Electric passenger vehicles", zh: "电动载人汽车" }],
  ["NEV", "电动汽车", { en: "Electric vehicles", zh: "电动汽车" }],
];

function categoryName(figure: Figure): Localized {
  const scoped = SCOPE_NAMES.find(
    ([code, term]) => code === figure.category && figure.scope?.zh.includes(term),
  );
  return scoped?.[2] ?? CATEGORIES[figure.category].name;
}

function working(measure: Measure, lang: Language): string {
  return measure.derivation ? formatDerivation(measure.derivation, lang) : words[lang].computed;
}

/** The card of one figure in one unit: the number the cell holds, then its provenance. */
export function figureCard(
  ds: Dataset,
  figure: Figure,
  measure: Measure,
  unit: Unit,
  lang: Language,
  asked: CardAsked = {},
): FigureCard {
  const w = words[lang];
  const labels = fieldLabels[lang];
  const category = { ...CATEGORIES[figure.category], name: categoryName(figure) };
  const sources = measure.sourceIds
    .map((id) => ds.sources.get(id))
    .filter((s): s is Source => s !== undefined);
  const list = (pick: (s: Source) => string) => sources.map(pick).join(w.separator);
  const fields: CardField[] = [];
  const add = (
    key: FigureFieldKey,
    value: string | number,
    section: CardField["section"],
    extra: Pick<CardField, "numberFormat" | "note"> = {},
  ) => fields.push({ key, label: labels[key], value, section, ...extra });

  const value = inUnit(measure.value, unit);
  const numberFormat = unitNumberFormat(unit);
  add("value", value, "main", { numberFormat });
  add("unit", unitName(unit, lang), "main");
  add("period", periodKey(figure.period), "main", asked.latest ? { note: w.latestNote } : {});
  add("periodZh", periodLabel(figure.period, "zh"), "main");
  add("region", regionName(figure.region, lang), "main");
  add("category", `${category.name.en} (${category.code})`, "main");
  add("categoryZh", category.name.zh, "main");
  // Every label of the number is read from its provenance.
  const p = provenanceOf(ds, measure);
  add("kind", kindLabel(p.kind, lang), "main");
  if (p.kind === "derived" || p.kind === "converted")
    add("working", working(measure, lang), "main");
  if (p.kind === "imported") {
    add("file", p.file ?? "", "main");
    if (p.importedOn) add("importedOn", p.importedOn, "main");
  }
  const yoy = figure.yoyPct;
  if (yoy) {
    const derived = yoy.kind === "derived";
    add(derived ? "yoyDerived" : "yoy", yoy.value, "main", {
      numberFormat: PERCENT_CHANGE_FORMAT,
      note: derived
        ? w.derivedNote(working(yoy, lang))
        : kindLabel(provenanceOf(ds, yoy).kind, lang),
    });
  }
  if (figure.scope) add("scope", figure.scope[lang], "main");
  const provenance = (key: FigureFieldKey, value: string) => add(key, value, "provenance");
  if (figure.quote) provenance("quote", figure.quote);
  const titles = list((s) => s.title);
  // An imported file's source has no publisher but the file: its address is not named as one.
  const publishers = list((s) => (s.standing === "user" ? w.byYou : s.publisher));
  const dates = list((s) => s.published ?? w.undated);
  const links = list((s) => s.url);
  provenance("source", titles);
  provenance("publisher", publishers);
  provenance("sourceDate", dates);
  provenance("link", links);
  provenance("dataset", w.dataset(ds.version, ds.asOf));
  if (asked.asOf) provenance("vintage", asked.asOf);

  return {
    title: w.title(
      category.name[lang],
      regionName(figure.region, lang),
      periodLabel(figure.period, lang),
    ),
    value,
    numberFormat,
    fields,
    sections: { main: w.figure, provenance: w.provenance },
    sources,
  };
}

/**
 * `=ZIBO.FIGURE(category, period, [unit], [region])`: the figure EXPORTS answers, as a card.
 * Errors are EXPORTS' own (#N/A for a figure no source publishes), so the two never disagree.
 */
export function lookupFigureCard(
  ds: Dataset,
  categoryInput: unknown,
  periodInput: unknown,
  unitInput: unknown,
  regionInput: unknown,
  lang: Language,
  asOf?: string,
): Result<FigureCard> {
  const region = isBlank(regionInput) ? ok<RegionCode>("ZIBO") : parseRegion(regionInput);
  if (!region.ok) return region;
  const found = lookupExportsCached(ds, categoryInput, periodInput, unitInput, region.value);
  if (!found.ok) return found;
  const { figure, measure, unit } = found.value;
  return ok(cachedCard(ds, figure, measure, unit, lang, { latest: isLatest(periodInput), asOf }));
}

/**
 * One card per dataset, measure and language, shared by every cell that shows it: a refresh
 * re-answers thousands of live cells, most of them the same few figures. Cards are never mutated.
 */
const cards = new WeakMap<Dataset, Map<Measure, Record<string, FigureCard>>>();

function cachedCard(
  ds: Dataset,
  figure: Figure,
  measure: Measure,
  unit: Unit,
  lang: Language,
  asked: CardAsked,
): FigureCard {
  let byMeasure = cards.get(ds);
  if (!byMeasure) cards.set(ds, (byMeasure = new Map()));
  let byLang = byMeasure.get(measure);
  if (!byLang) byMeasure.set(measure, (byLang = {}));
  const key = `${lang}|${unit}|${asked.latest ? "latest" : ""}|${asked.asOf ?? ""}`;
  return (byLang[key] ??= figureCard(ds, figure, measure, unit, lang, asked));
}

function isBlank(input: unknown): boolean {
  return input == null || (typeof input === "string" && input.trim() === "");
}
