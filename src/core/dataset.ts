import type { CategoryCode } from "./categories";
import type { Derivation } from "./derivation-text";
import type { Localized } from "./localized";
import { comparePeriods, periodKey, type Period } from "./periods";
import type { RegionCode } from "./regions";
import { compareCodes } from "./text";

/** `reported`: a source publishes the number. `derived`: computed from reported numbers, saying how. */
export type Kind = "reported" | "derived";

export interface Source {
  id: string;
  title: string;
  publisher: string;
  url: string;
  /** ISO date (YYYY-MM-DD) the source was published, when known. */
  published?: string;
  /** primary: the project's seed release; secondary: other public reports; user: supplied in an import. */
  standing: "primary" | "secondary" | "user";
  /** For a source an import supplied: the file's name, and the ISO date it was imported. */
  file?: string;
  importedOn?: string;
}

/** One number with its provenance. */
export interface Measure {
  value: number;
  kind: Kind;
  /** How a derived number was computed, in words a reader can check (see formatDerivation). */
  derivation?: Derivation;
  sourceIds: readonly string[];
  /** How the number was rounded where published: the true number lies within ± this much. */
  rounding?: number;
  /** For a derived number, the lowest and highest its inputs' rounding allows. */
  range?: readonly [number, number];
  /** For a number the add-in derived: the numbers it was computed from (never saved). */
  inputs?: readonly Measure[];
}

/** What a correction that leaves the numbers alone changed. */
export type CorrectedField = "scope" | "quote" | "derivation" | "kind";

/**
 * A value a later release replaced, or a correction of a figure's words (its scope note, quote,
 * derivation or kind) with the same numbers; kept so that nothing disappears silently.
 */
export interface Revision {
  /** The CNY value replaced; for a correction of words, the value it stood with (none if growth-only). */
  valueCnyMn?: number;
  sourceId: string;
  /** ISO date the replacement was recorded. */
  replacedOn: string;
  /** For a correction of words: which words, and what they were ("" where there were none). */
  corrected?: CorrectedField;
  was?: string;
}

/** What a figure counts when its source's product scope differs by name from the Zibo release's. */
export type ScopeNote = Localized;

export interface Figure {
  region: RegionCode;
  category: CategoryCode;
  /** The span of months the figure covers, exactly as published. */
  period: Period;
  /** Exports in million yuan; null when the source publishes only the growth rate. */
  cny: Measure | null;
  /** Exports in million US dollars, where published or convertible at the source's own rate. */
  usd: Measure | null;
  /** Year-on-year change in percent (931.2 means +931.2 %). */
  yoyPct: Measure | null;
  /** The source's product scope, where it is not the Zibo release's by name. */
  scope: ScopeNote | null;
  /** The source's own words for the figure, where recorded. */
  quote?: string;
  history: readonly Revision[];
}

/** The measure that says whether a figure is reported or derived: its value, else its rate. */
export function leadMeasure(f: Figure): Measure {
  return (f.cny ?? f.yoyPct)!;
}

export interface Park {
  id: string;
  name: Localized;
  focus: Localized;
  location: Localized;
  sourceIds: readonly string[];
}

export interface Note {
  id: string;
  title: Localized;
  text: Localized;
  sourceIds: readonly string[];
}

export interface Dataset {
  version: string;
  /** ISO date of the newest information the dataset holds. */
  asOf: string;
  sources: ReadonlyMap<string, Source>;
  /** Reported and derived figures, sorted by region, category, period. */
  figures: readonly Figure[];
  parks: readonly Park[];
  notes: readonly Note[];
  /** Published figures that contradict each other, with the derived figures withheld for it. */
  contradictions?: readonly Contradiction[];
}

export function figureKey(region: RegionCode, category: CategoryCode, period: Period): string {
  return `${region}|${category}|${periodKey(period)}`;
}

/** Assembles a dataset with its figures sorted (figureAt indexes them on first use). */
export function makeDataset(parts: Dataset): Dataset {
  const figures = [...parts.figures].sort(
    (a, b) =>
      compareCodes(a.region, b.region) ||
      compareCodes(a.category, b.category) ||
      comparePeriods(a.period, b.period),
  );
  return { ...parts, figures };
}

/** Figures count the same thing only when their scope notes agree (none on either, or the same). */
export function sameScope(a: Figure, b: Figure): boolean {
  return (a.scope?.en ?? "") === (b.scope?.en ?? "");
}

/** Why two published figures cannot both be right. */
export type ContradictionKind = "partAboveTotal" | "spanAboveTotal" | "totalShrinks";

/**
 * Two published figures that cannot both be right, in words in both languages, and the derived
 * figures withheld because they would be computed from the pair (by `figureKey`).
 */
export interface Contradiction {
  kind: ContradictionKind;
  /** The larger figure and the figure it should not exceed, by `figureKey`. */
  figures: readonly [string, string];
  withholds: readonly string[];
  /** The sentence, in each language. */
  text: Localized;
}
