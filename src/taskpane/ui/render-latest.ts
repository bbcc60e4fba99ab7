import {
  CATEGORIES,
  CLAUSE_SEPARATOR,
  displayNumber,
  newestFigures,
  provenanceKind,
  type Dataset,
} from "../../core";
import type { PaneStrings } from "../strings";
import { byId, el } from "./dom";

/** The answer first: Zibo's newest figures, each with whether it is reported or derived. */
export function renderLatest(dataset: Dataset, s: PaneStrings): void {
  const newest = newestFigures(dataset);
  const heading = byId("latest-heading");
  const list = byId("latest-figures");
  if (!newest) {
    heading.textContent = s.latestNone;
    list.replaceChildren();
    return;
  }
  heading.textContent = s.latestHeading({ period: newest.period });
  list.replaceChildren(
    ...newest.figures.flatMap((f) => {
      const c = CATEGORIES[f.category];
      // A growth-only figure publishes a rate and no value: it shows the rate alone.
      const parts = f.cny
        ? [
            s.latestValue({
              value: displayNumber(f.cny.value),
              kind: s.table.kind[provenanceKind(dataset, f.cny)],
            }),
          ]
        : [];
      if (f.yoyPct) {
        const yoy = displayNumber(f.yoyPct.value);
        parts.push(s.latestYoy({ yoy: f.yoyPct.value > 0 ? `+${yoy}` : yoy }));
      }
      return [
        el("dt", { text: `${f.category} · ${c.name[s.language]}` }),
        el("dd", { text: parts.join(CLAUSE_SEPARATOR[s.language]) }),
      ];
    }),
  );
}
