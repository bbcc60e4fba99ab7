import { parseCategoryCached } from "../parse-cache";
import type { CategoryCode } from "../categories";
import type { Dataset } from "../dataset";
import { comparePeriods, periodKey, type Period } from "../periods";
import type { RegionCode } from "../regions";
import { fail, ok, type Result } from "../result";
import { normalizeText } from "../text";

/**
 * `=ZIBO.LATEST([category])`: the latest period with a figure, as its text (`2024Q1`). Without a
 * category, the latest period with a figure of any category.
 */
export function latestPeriod(
  ds: Dataset,
  categoryInput: unknown,
  region: RegionCode = "ZIBO",
): Result<string> {
  let category: CategoryCode | null = null;
  if (!isOmitted(categoryInput)) {
    const parsed = parseCategoryCached(categoryInput);
    if (!parsed.ok) return parsed;
    category = parsed.value;
  }
  let latest: Period | null = null;
  for (const f of ds.figures) {
    if (f.region !== region || (category !== null && f.category !== category)) continue;
    if (latest === null || comparePeriods(f.period, latest) > 0) latest = f.period;
  }
  if (latest === null) {
    return fail("notAvailable", "noFigures", { category: category ?? "", region });
  }
  return ok(periodKey(latest));
}

/** An omitted optional argument arrives as null; an empty cell as null or "". */
export function isOmitted(input: unknown): boolean {
  return (
    input === null || input === undefined || (typeof input === "string" && input.trim() === "")
  );
}

/** Words for "the newest span": `latest`, `最新`, as a period in every function that takes one. */
const LATEST_WORDS = new Set(["latest", "newest", "最新", "最新一期", "最近一期"]);

export function isLatest(input: unknown): boolean {
  return typeof input === "string" && LATEST_WORDS.has(normalizeText(input));
}

/**
 * A function's answer for the newest span of a region's category that has one (a value for
 * EXPORTS, a rate for GROWTH): `answer` is asked span by span, newest first, with the span's
 * canonical text. Where no span answers, the newest span's own error says why.
 */
export function newestAnswer<T>(
  ds: Dataset,
  categoryInput: unknown,
  region: RegionCode,
  answer: (period: string) => Result<T>,
): Result<T> {
  const category = parseCategoryCached(categoryInput);
  if (!category.ok) return category;
  let newest: Result<T> | null = null;
  // Figures are sorted by region, category and period: the newest of each come last.
  for (let i = ds.figures.length - 1; i >= 0; i--) {
    const f = ds.figures[i]!;
    if (f.region !== region || f.category !== category.value) continue;
    const found = answer(periodKey(f.period));
    if (found.ok) return found;
    newest ??= found;
  }
  return newest ?? fail("notAvailable", "noFigures", { category: category.value, region });
}
