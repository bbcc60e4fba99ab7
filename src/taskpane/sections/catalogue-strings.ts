/*
 * What the catalogue says beyond its heading, in both languages. It comes with the folded
 * sections' code, so the pane's start carries none of it.
 */
import type { CatalogueMark, Language } from "../../core";

export interface CatalogueStrings {
  hint: string;
  search: string;
  /** The mark of an entry as a reader says it: "reported", "推算值", "growth rate only". */
  mark: Record<CatalogueMark, string>;
  scoped: string;
  /** How many entries the search shows, said when it changes. */
  shown: (n: number) => string;
  none: string;
  series: string;
  /** An entry's button as a screen reader names it: what it is, then where it belongs. */
  entryName: (p: { entry: string; region: string; category: string }) => string;
  seriesName: (p: { region: string; category: string }) => string;
}

export const CATALOGUE_STRINGS: Record<Language, CatalogueStrings> = {
  en: {
    hint: "Every span each region publishes, newest first. Choose one to write its formula in the selected cell, or write a whole series.",
    // Words no other field's label holds ("Category", "Period"), so each label names one field.
    search: "Search what is published (Shandong NEV, China 2023)",
    mark: {
      reported: "reported",
      derived: "derived",
      imported: "imported by you",
      growthOnly: "growth rate only",
    },
    scoped: "scoped",
    shown: (n) => `${n} ${n === 1 ? "entry" : "entries"} shown.`,
    none: "Nothing published matches the search.",
    series: "Write the whole series",
    entryName: (p) => `${p.entry}: ${p.region}, ${p.category}`,
    seriesName: (p) => `Write the whole series: ${p.region}, ${p.category}`,
  },
  zh: {
    hint: "各地区发布的每个时期，最新的在前。选择一项即在所选单元格写入其公式，或写入整个序列。",
    search: "搜索已发布的数据（山东 锂电池、全国 2023）",
    mark: { reported: "公布值", derived: "推算值", imported: "导入值", growthOnly: "仅有增速" },
    scoped: "口径不同",
    shown: (n) => `显示 ${n} 项。`,
    none: "没有与搜索相符的发布数据。",
    series: "写入整个序列",
    entryName: (p) => `${p.entry}：${p.region}，${p.category}`,
    seriesName: (p) => `写入整个序列：${p.region}，${p.category}`,
  },
};
