// How far a derived number may lie from its computed value, as its inputs' published rounding
// allows. Kept apart from derive.ts, which loads with the data, since the shares use it at start.

/** What a range reads of a measure; named here so the dataset's types and this file stay apart. */
interface Measure {
  value: number;
  rounding?: number;
  range?: readonly [number, number];
}

/** The lowest and highest a number can be: its range, else its value ± its published rounding. */
export function bounds(m: Measure): readonly [number, number] {
  const r = m.rounding ?? 0;
  return m.range ?? [m.value - r, m.value + r];
}

/** A derived number's range, when any of its inputs is rounded (an exact input has none). */
export function rangeOf(
  a: Measure,
  b: Measure,
  range: readonly [number, number],
  c?: Measure,
): readonly [number, number] | undefined {
  const rounded = (m?: Measure) => !!m && (!!m.rounding || !!m.range);
  return rounded(a) || rounded(b) || rounded(c) ? range : undefined;
}

/** The range of a share, part / total × 100, as the two figures' roundings allow. */
export function shareRange(part: Measure, total: Measure): readonly [number, number] | undefined {
  const [low, high] = bounds(part);
  const [totalLow, totalHigh] = bounds(total);
  return totalLow > 0
    ? rangeOf(part, total, [(low / totalHigh) * 100, Math.min(100, (high / totalLow) * 100)])
    : undefined;
}

/** A range as the templates print it, to four significant figures. */
export function rangeParams(range: readonly [number, number] | undefined): Record<string, string> {
  return range ? { low: about(range[0]), high: about(range[1]) } : {};
}

/** A bound to four significant figures, as a reader says "about 812,100". */
export function about(n: number): string {
  return Number(n.toPrecision(4)).toLocaleString("en-US");
}
