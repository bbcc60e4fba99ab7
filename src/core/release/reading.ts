import type { CategoryCode } from "../categories";
import type { ScopeNote } from "../dataset";
import type { Period } from "../periods";
import type { RegionCode } from "../regions";
import type { SkipCode } from "./reasons";

/** A figure a release gives, in the dataset's terms, with the sentence it was read from. */
export interface ReleaseFigure {
  region: RegionCode;
  category: CategoryCode;
  period: Period;
  valueCnyMn: number | null;
  valueUsdMn: number | null;
  yoyPct: number | null;
  scope: ScopeNote | null;
  /** The sentence as written: it contains every number of the figure. */
  quote: string;
  /** Where the sentence starts in the text. */
  at: number;
  /** The product word the figure was read from (电动汽车, 新三样, …). */
  product: string;
  /** The numbers as written (63.1亿元, 40.6%). */
  numbers: string[];
  /** What the sentence does not say itself: the region or the span from an earlier sentence, the year. */
  assumed: ("region" | "period" | "year")[];
}

/** A number the release gives that is not taken, and why. */
export interface SkippedNumber {
  sentence: string;
  at: number;
  number: string;
  reason: SkipCode;
  /** The word that decided it (预计, 进口, 机电产品, …), where there is one. */
  word?: string;
}

export interface ReleaseReading {
  figures: ReleaseFigure[];
  skipped: SkippedNumber[];
}
