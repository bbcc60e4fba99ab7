import { periodShape, type Period } from "./periods";

/**
 * The latest period a file may hold on a given day: the span ending by the next quarter (a release can be dated
 * a little ahead), or for whole years the current one. Anything later is a typo or hostile.
 */
export function isTooFarAhead(period: Period, today: Date): boolean {
  const year = today.getUTCFullYear();
  if (periodShape(period) === "year") return period.year > year;
  // The last month of the quarter after today's.
  const limit = year * 12 + (Math.floor(today.getUTCMonth() / 3) + 2) * 3;
  return period.year * 12 + period.last > limit;
}

/** ISO date (YYYY-MM-DD) of a moment, in UTC. */
export function isoDay(moment: Date): string {
  return moment.toISOString().slice(0, 10);
}
