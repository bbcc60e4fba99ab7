import { textsIn, type Localized } from "./localized";
import type { Language, MessageParams } from "./messages";
import { parsePeriodKey, periodLabel } from "./periods";
import { rangeParams } from "./ranges";
import { regionName } from "./regions";

/**
 * How a derived number was computed. The core's own arithmetic names a template and its operands
 * (`localized` ones are words, such as a period's label, given in each language), so the working
 * reads in the reader's language; a data file's derivation is a maintainer's free text and is shown
 * as written.
 */
export type Derivation =
  | {
      key: DerivationKey;
      params: MessageParams;
      localized?: Readonly<Record<string, Localized>>;
    }
  | { text: string };

type Template = (p: MessageParams) => string;

/** A period given by its key ("2023M01-M09") as a reader says it ("2023年前三季度"). */
function label(key: string | number, lang: Language): string {
  const period = parsePeriodKey(String(key));
  return period ? periodLabel(period, lang) : String(key);
}

/** The range a rounded input allows, where the working has one (`low`, `high`). */
function between(p: MessageParams, lang: Language, unit: string): string {
  if (p.low === undefined) return "";
  return lang === "en"
    ? `; as its inputs are rounded, it lies between about ${p.low} and ${p.high}${unit}`
    : `；因输入值经四舍五入，其值约在 ${p.low} 至 ${p.high}${unit}之间`;
}

const en = {
  libPvFromTotal: (p) =>
    `TOTAL − NEV = ${p.total} − ${p.nev}; both inputs are rounded` +
    (p.low === undefined
      ? ""
      : `: it lies between ${p.low} and ${p.high} million yuan, since both inputs are rounded to ${p.step} million`),
  differenceOfTotals: (p) =>
    `${p.later} − ${p.earlier}: the cumulative ${p.laterPeriod} total less the cumulative ${p.earlierPeriod} total, both reported` +
    between(p, "en", " million yuan"),
  yearAgoBase: (p) =>
    `${p.current} / (1 + ${p.pct} %): the base implied by ${p.period}'s year-on-year rate` +
    (p.low === undefined
      ? ""
      : `; as both are rounded, it lies between about ${p.low} and ${p.high}`),
  usdAtSourceRate: (p) =>
    `converted at the rate the source implies: ${p.cny} × ${p.pairUsd} / ${p.pairCny}, as the source gives ${p.pairCny} million yuan = ${p.pairUsd} million USD (${p.rate} yuan per USD)` +
    between(p, "en", " million USD"),
  growthFromYearAgo: (p) =>
    `(${p.current} / ${p.base} − 1) × 100, from the ${p.basePeriod} figure` +
    between(p, "en", " %"),
  shareOfTotal: (p) =>
    `${p.category} / TOTAL × 100 = ${p.part} / ${p.total} × 100` + between(p, "en", " %"),
  shareOfRegion: (p) =>
    `${p.part} / ${p.total} × 100: Zibo's ${p.category} ${p.period} as a share of ${regionName(p.region, "en")}'s` +
    between(p, "en", " %"),
  shareOfRegionScopes: (p) =>
    `${p.part} / ${p.total} × 100: Zibo's ${p.category} ${p.period} as a share of ${regionName(p.region, "en")}'s; the scopes differ: Zibo's figure counts ${p.partScope || "what its release names it"}, ${regionName(p.region, "en")}'s counts ${p.totalScope || "what its source names it"}` +
    between(p, "en", " %"),
} satisfies Record<string, Template>;

export type DerivationKey = keyof typeof en;

const zh: Record<DerivationKey, Template> = {
  libPvFromTotal: (p) =>
    `TOTAL − NEV = ${p.total} − ${p.nev}；两项均为四舍五入后的公布值` +
    (p.low === undefined
      ? ""
      : `：其值在 ${p.low} 至 ${p.high} 百万元之间，因两项均只精确到 ${p.step} 百万元`),
  differenceOfTotals: (p) =>
    `${p.later} − ${p.earlier}：${label(p.laterPeriod, "zh")}累计值减去${label(p.earlierPeriod, "zh")}累计值，两项均为公布值` +
    between(p, "zh", " 百万元"),
  yearAgoBase: (p) =>
    `${p.current} / (1 + ${p.pct}%)：由 ${p.period} 的同比增速推算的上年同期基数` +
    (p.low === undefined ? "" : `；因两者均经四舍五入，其值约在 ${p.low} 至 ${p.high} 之间`),
  usdAtSourceRate: (p) =>
    `按来源隐含的汇率换算：${p.cny} × ${p.pairUsd} / ${p.pairCny}，来源公布 ${p.pairCny} 百万元 = ${p.pairUsd} 百万美元（${p.rate} 元/美元）` +
    between(p, "zh", " 百万美元"),
  growthFromYearAgo: (p) =>
    `(${p.current} / ${p.base} − 1) × 100，基于 ${p.basePeriod} 的数据` + between(p, "zh", "%"),
  shareOfTotal: (p) =>
    `${p.category} 占 TOTAL 的比重：${p.part} / ${p.total} × 100` + between(p, "zh", "%"),
  shareOfRegion: (p) =>
    `${p.part} / ${p.total} × 100：淄博 ${p.category} ${p.period} 占${regionName(p.region, "zh")}的比重` +
    between(p, "zh", "%"),
  shareOfRegionScopes: (p) =>
    `${p.part} / ${p.total} × 100：淄博 ${p.category} ${p.period} 占${regionName(p.region, "zh")}的比重；统计口径不同：淄博的数据为${p.partScope || "其发布稿所称的范围"}，${regionName(p.region, "zh")}的数据为${p.totalScope || "其来源所称的范围"}` +
    between(p, "zh", "%"),
};

const templates: Record<Language, Record<DerivationKey, Template>> = { en, zh };

/** The working of a derived number in a reader's language. */
export function formatDerivation(
  derivation: Derivation,
  lang: Language,
  range?: readonly [number, number],
): string {
  if ("text" in derivation) return derivation.text;
  // A range worked out where the number is shown (a share's) reads as one the rule gave.
  const params = {
    ...rangeParams(range),
    ...derivation.params,
    ...textsIn(derivation.localized, lang),
  };
  return templates[lang][derivation.key](params);
}

/** Every template key, so tests can check each reads in both languages. */
export const DERIVATION_KEYS = Object.keys(en) as DerivationKey[];
