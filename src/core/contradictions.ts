import { fmt } from "./cell-number";
import {
  figureKey,
  sameScope,
  type Contradiction,
  type ContradictionKind,
  type Figure,
} from "./dataset";
import type { Language } from "./messages";
import { makePeriod, periodKey, periodShape, periodWithin, type Period } from "./periods";
import { inEachLanguage } from "./localized";
import { regionName } from "./regions";

/** "NEV 2024Q1 (70)", "NEV 2024Q1（70）". */
const FIGURE_WITH_VALUE: Record<Language, (name: string, value: string) => string> = {
  en: (name, value) => `${name} (${value})`,
  zh: (name, value) => `${name}（${value}）`,
};

const LARGER_THAN: Record<Language, (a: string, b: string, why: string) => string> = {
  en: (a, b, why) => `${a} is larger than ${b}; ${why}`,
  zh: (a, b, why) => `${a}大于${b}；${why}`,
};

const PARTS = ["NEV", "LIB", "PV", "LIB_PV"] as const;

const WHY: Record<ContradictionKind, Record<Language, string>> = {
  partAboveTotal: { en: "a part cannot exceed its total", zh: "部分不能大于合计" },
  spanAboveTotal: {
    en: "a span cannot exceed a year-to-date total that contains it",
    zh: "其中一段不能大于包含它的年内累计值",
  },
  totalShrinks: {
    en: "a year-to-date total cannot shrink later in the year",
    zh: "年内累计值不会在年内减少",
  },
};

/**
 * Checks the figures a file gives (published, or derived by the file's author) against each other:
 * a part (NEV, LIB, PV, LIB_PV) never above TOTAL, a span never above a year-to-date total that
 * contains it, a year-to-date total never shrinking within a year; same region and scope only.
 * Exports are never negative, so each is a typo or a mix-up. The figures stay as published.
 */
export function findContradictions(figures: readonly Figure[]): Contradiction[] {
  const valued = figures.filter((f) => f.cny);
  const byKey = new Map(valued.map((f) => [figureKey(f.region, f.category, f.period), f]));
  const found: Contradiction[] = [];
  for (const part of valued) {
    if (!(PARTS as readonly string[]).includes(part.category)) continue;
    const total = byKey.get(figureKey(part.region, "TOTAL", part.period));
    if (!total || !sameScope(part, total) || part.cny!.value <= total.cny!.value) continue;
    const withholds = part.category === "NEV" ? [key(part, "LIB_PV", part.period)] : [];
    found.push(contradiction("partAboveTotal", part, total, withholds));
  }
  const groups = new Map<string, Figure[]>();
  for (const f of valued) {
    const group = `${f.region}|${f.category}|${f.scope?.en ?? ""}|${f.period.year}`;
    groups.set(group, [...(groups.get(group) ?? []), f]);
  }
  for (const group of groups.values()) {
    for (const inner of group) {
      for (const outer of group) {
        if (inner === outer || !periodWithin(inner.period, outer.period)) continue;
        if (inner.cny!.value <= outer.cny!.value) continue;
        const cumulative = inner.period.first === 1 && outer.period.first === 1;
        // The difference of the two totals would be negative: withheld.
        const gap = makePeriod(outer.period.year, inner.period.last + 1, outer.period.last);
        const withholds =
          cumulative && periodShape(gap) !== "span" ? [key(inner, inner.category, gap)] : [];
        found.push(
          contradiction(cumulative ? "totalShrinks" : "spanAboveTotal", inner, outer, withholds),
        );
      }
    }
  }
  return found;
}

/** "NEV 2024Q1 (70) is larger than TOTAL 2024Q1 (8); a part cannot exceed its total". */
function contradiction(
  kind: ContradictionKind,
  larger: Figure,
  smaller: Figure,
  withholds: string[],
): Contradiction {
  const words = (lang: Language) =>
    LARGER_THAN[lang](
      FIGURE_WITH_VALUE[lang](figureName(larger, lang), fmt(larger.cny!.value)),
      FIGURE_WITH_VALUE[lang](figureName(smaller, lang), fmt(smaller.cny!.value)),
      WHY[kind][lang],
    );
  return {
    kind,
    figures: [
      key(larger, larger.category, larger.period),
      key(smaller, smaller.category, smaller.period),
    ],
    withholds,
    text: inEachLanguage(words),
  };
}

/** Zibo is the add-in's subject; other regions are named: "Shandong province TOTAL 2023". */
function figureName(f: Figure, lang: Language): string {
  const place = f.region === "ZIBO" ? "" : `${regionName(f.region, lang)} `;
  return `${place}${f.category} ${periodKey(f.period)}`;
}

function key(f: Figure, category: Figure["category"], period: Period): string {
  return figureKey(f.region, category, period);
}
