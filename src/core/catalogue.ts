/*
 * "What is published" (数据目录): every span each region publishes for each category, newest
 * first, marked reported, derived, imported or growth only (and scoped where the source counts something
 * else by name), with the formula that gives it. Office-free: the pane draws it and searches it.
 */
import { CATEGORIES, CATEGORY_CODES } from "./categories";
import type { Dataset, Figure } from "./dataset";
import { provenanceKind } from "./provenance-kind";
import { comparePeriods, periodKey, periodLabel } from "./periods";
import { REGIONS, REGION_CODES, type RegionCode } from "./regions";
import type { CategoryCode } from "./categories";
import { normalizeText } from "./text";

export type CatalogueMark = "reported" | "derived" | "imported" | "growthOnly";

export interface CatalogueEntry {
  region: RegionCode;
  category: CategoryCode;
  period: string;
  mark: CatalogueMark;
  /** The source counts something other than the Zibo release's category by name. */
  scoped: boolean;
  /** The formula that answers it: a value, or the rate where only the rate is published. */
  formula: string;
  /** Every name of the entry in either language, normalized, for the search box. */
  words: string;
}

function markOf(ds: Dataset, f: Figure): CatalogueMark {
  if (!f.cny) return "growthOnly";
  // Read from the figure's provenance: a converted yuan figure is still one the add-in worked out.
  const kind = provenanceKind(ds, f.cny);
  return kind === "converted" ? "derived" : kind;
}

function formulaOf(f: Figure, mark: CatalogueMark): string {
  const period = periodKey(f.period);
  const fn = mark === "growthOnly" ? "GROWTH" : "EXPORTS";
  if (f.region === "ZIBO") return `=ZIBO.${fn}("${f.category}","${period}")`;
  const region = REGIONS[f.region].name.en.split(" ")[0];
  return `=ZIBO.REGION_${fn}("${region}","${f.category}","${period}")`;
}

/** By region (Zibo, Shandong, China), then category, then span, newest first. */
export function catalogueEntries(ds: Dataset): CatalogueEntry[] {
  const figures = [...ds.figures].sort(
    (a, b) =>
      REGION_CODES.indexOf(a.region) - REGION_CODES.indexOf(b.region) ||
      CATEGORY_CODES.indexOf(a.category) - CATEGORY_CODES.indexOf(b.category) ||
      comparePeriods(b.period, a.period),
  );
  return figures.map((f) => {
    const mark = markOf(ds, f);
    const region = REGIONS[f.region];
    const category = CATEGORIES[f.category];
    const words = [
      region.code,
      region.name.en,
      region.name.zh,
      ...region.aliases,
      category.code,
      category.name.en,
      category.name.zh,
      ...category.aliases,
      periodKey(f.period),
      periodLabel(f.period, "en"),
      periodLabel(f.period, "zh"),
      mark,
    ];
    return {
      region: f.region,
      category: f.category,
      period: periodKey(f.period),
      mark,
      scoped: f.scope !== null,
      formula: formulaOf(f, mark),
      words: normalizeText(words.join(" | ")),
    };
  });
}

/** Entries whose names hold every word of the query, in either language (`山东 锂电池`, `China 2023`). */
export function searchCatalogue(
  entries: readonly CatalogueEntry[],
  query: string,
): CatalogueEntry[] {
  const terms = normalizeText(query).split(" ").filter(Boolean);
  return entries.filter((e) => terms.every((t) => e.words.includes(t)));
}
