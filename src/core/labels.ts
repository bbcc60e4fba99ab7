import type { ProvenanceKind } from "./provenance-kind";
import type { Language } from "./messages";
import { unitName, type Unit } from "./units";

/** Header rows and words the spilled tables show, in the display language. */
const labels = {
  en: {
    period: "Period",
    kind: "Kind",
    cumulative: "Year to date",
    growthHeader: (category: string) => `${category} year-on-year %`,
    yes: "yes",
    no: "no",
    reported: "reported",
    derived: "derived",
    imported: "imported",
    converted: "converted",
    unitCNY: "million yuan",
    unitUSD: "million USD",
    parkName: "Name",
    parkNameZh: "Chinese name",
    parkFocus: "Focus",
    info: (version: string, asOf: string) => `Dataset ${version}, as of ${asOf}`,
    infoImported: (figures: string, sources: string) =>
      `; imported figures in use: ${figures} (from ${sources})`,
    infoContradictions: (list: string) =>
      `; figures that contradict each other (kept as published; figures computed from them withheld): ${list}`,
  },
  zh: {
    period: "期间",
    kind: "类型",
    cumulative: "年内累计",
    growthHeader: (category: string) => `${category}同比增速（%）`,
    yes: "是",
    no: "否",
    reported: "公布值",
    derived: "推算值",
    imported: "导入值",
    converted: "换算值",
    unitCNY: "百万元",
    unitUSD: "百万美元",
    parkName: "英文名称",
    parkNameZh: "中文名称",
    parkFocus: "重点领域",
    info: (version: string, asOf: string) => `数据集 ${version}，截至 ${asOf}`,
    infoImported: (figures: string, sources: string) =>
      `；正在使用导入的数据：${figures}（来自 ${sources}）`,
    infoContradictions: (list: string) =>
      `；以下数据互相矛盾（保持公布原样，由其计算的数据暂不提供）：${list}`,
  },
} as const;

export type Labels = (typeof labels)[Language];

// Chinese sets the unit in full-width brackets with no space.
const withUnit: Record<Language, (category: string, unit: string) => string> = {
  en: (category, unit) => `${category} (${unit})`,
  zh: (category, unit) => `${category}（${unit}）`,
};

export function labelsFor(lang: Language): Labels {
  return labels[lang];
}

export function kindLabel(kind: ProvenanceKind, lang: Language): string {
  return labels[lang][kind];
}

/** The column header of a value column: `NEV (million yuan)`. */
export function valueHeader(category: string, unit: Unit, lang: Language): string {
  const u = unitName(unit, lang);
  return withUnit[lang](category, u);
}
