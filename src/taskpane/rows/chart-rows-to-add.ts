import { comparePeriods, parsePeriodKey, periodKey, quarterOf, type Period } from "../../core";

/**
 * The rows a chart's table lacks: one per quarter of the exports table it reads that it does not
 * list yet, oldest first, each with the formulas of its first row moved to the new row (its
 * formulas refer to their own row's quarter cell, such as `$A2`). Null when that first row has no
 * such reference, as after the user rebuilt the table by hand: it is then left alone.
 */
export function chartRowsToAdd(
  chartRows: readonly (readonly unknown[])[],
  exportsPeriods: readonly unknown[],
  firstSheetRow: number,
): string[][] | null {
  const template = chartRows[0];
  if (!template) return null;
  const reference = /\$([A-Z]{1,3})(\d+)\b/.exec(String(template[1] ?? ""));
  if (!reference || Number(reference[2]) !== firstSheetRow) return null;
  const listed = new Set(chartRows.map((row) => String(row[0])));
  const missing = new Map<string, Period>();
  for (const value of exportsPeriods) {
    const period = parsePeriodKey(String(value));
    if (period && quarterOf(period) !== null && !listed.has(periodKey(period)))
      missing.set(periodKey(period), period);
  }
  const pattern = new RegExp(`\\$${reference[1]}${reference[2]}\\b`, "g");
  return [...missing.values()].sort(comparePeriods).map((period, i) => {
    const row = `$${reference[1]}${firstSheetRow + chartRows.length + i}`;
    return [
      periodKey(period),
      ...template.slice(1).map((formula) => String(formula).replace(pattern, row)),
    ];
  });
}

/**
 * The period column of a chart's table once `added` rows are appended, in time order; null when
 * appending keeps that order. A quarter published late (a back-filled 2023Q4 after 2024Q2) would
 * otherwise sit at the right end of the chart. Reordering the period cells is enough, since each
 * row's formulas read their own row's period. Null too when a cell is not a quarter: a table the
 * user edited is not reordered.
 */
export function chartPeriodOrder(
  chartRows: readonly (readonly unknown[])[],
  added: readonly (readonly string[])[],
): string[] | null {
  const cells = [...chartRows, ...added].map((row) => String(row[0]));
  const periods = cells.map(parsePeriodKey);
  if (periods.some((p) => p === null || quarterOf(p) === null)) return null;
  const sorted = [...(periods as Period[])].sort(comparePeriods).map(periodKey);
  return sorted.every((key, i) => key === cells[i]) ? null : sorted;
}
