import { parseCategoryCached } from "../parse-cache";
import type { CategoryCode } from "../categories";
import type { Dataset } from "../dataset";
import { comparePeriods, periodKey, type Period } from "../periods";
import type { RegionCode } from "../regions";
import { fail, ok, type Result } from "../result";

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
