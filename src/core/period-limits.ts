import { comparePeriods, type Period } from "./periods";

/**
 * The latest period a file may hold on a given day: the next quarter (a release can be dated
 * a little ahead), or for whole years the current one. Anything later is a typo or hostile.
 */
export function isTooFarAhead(period: Period, today: Date): boolean {
  const year = today.getUTCFullYear();
  if (period.quarter === null) return period.year > year;
  const quarter = Math.floor(today.getUTCMonth() / 3) + 1;
  const next: Period =
    quarter === 4 ? { year: year + 1, quarter: 1 } : { year, quarter: (quarter + 1) as 2 | 3 | 4 };
  return comparePeriods(period, next) > 0;
}

/** ISO date (YYYY-MM-DD) of a moment, in UTC. */
export function isoDay(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}
