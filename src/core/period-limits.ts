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

/** Days an as-of date may run ahead of the clock: time zones, and a release dated for the morning. */
export const AS_OF_MARGIN_DAYS = 2;

/**
 * True when a dataset's as-of date (YYYY-MM-DD) is later than today plus the margin. Such a date
 * is a typo (2204 for 2024), and accepting it would make every correct file after it look older.
 */
export function isAsOfInFuture(asOf: string, today: Date): boolean {
  const latest = new Date(today.getTime() + AS_OF_MARGIN_DAYS * 86_400_000);
  return asOf > isoDay(latest);
}
