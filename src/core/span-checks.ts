import { dataMessage, type DataMessage } from "./data-messages";
import type { Figure } from "./dataset";
import { fmt } from "./cell-number";
import { periodKey, periodWithin } from "./periods";

/**
 * Spans of one region, category and scope that contradict each other: a span larger than a span
 * that contains it (a quarter above its year-to-date total), or a year-to-date total that shrinks
 * from one month to a later one. Exports are never negative, so either is a typo or a mix-up.
 */
export function inconsistentSpans(figures: readonly Figure[]): DataMessage[] {
  const groups = new Map<string, Figure[]>();
  for (const f of figures) {
    if (!f.cny) continue;
    const key = `${f.region}|${f.category}|${f.scope?.en ?? ""}|${f.period.year}`;
    groups.set(key, [...(groups.get(key) ?? []), f]);
  }
  const problems: DataMessage[] = [];
  for (const group of groups.values()) {
    for (const inner of group) {
      for (const outer of group) {
        if (inner === outer || !periodWithin(inner.period, outer.period)) continue;
        if (inner.cny!.value <= outer.cny!.value) continue;
        const cumulative = inner.period.first === 1 && outer.period.first === 1;
        problems.push(
          dataMessage(cumulative ? "totalShrinks" : "spanExceedsTotal", {
            figure: inner.region === "ZIBO" ? inner.category : `${inner.region} ${inner.category}`,
            inner: periodKey(inner.period),
            innerValue: fmt(inner.cny!.value),
            outer: periodKey(outer.period),
            outerValue: fmt(outer.cny!.value),
          }),
        );
      }
    }
  }
  return problems;
}
