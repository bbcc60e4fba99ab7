import type { ChangeSummary, FigureRef } from "./change-summary";
import type { DatasetContent } from "./dataset-content";
import {
  figureKey,
  leadMeasure,
  type CorrectedField,
  type Figure,
  type Measure,
  type Revision,
} from "./dataset";
import { periodKey } from "./periods";
import { compareCodes } from "./text";

/**
 * `feed`: the incoming file is a complete dataset; figures it lacks are kept and reported.
 * `import`: the incoming file is a partial addition; figures it lacks are simply kept, and a
 * figure it repeats with the same numbers keeps its published source.
 */
export type MergeMode = "feed" | "import";

export interface MergeOptions {
  mode: MergeMode;
  /** ISO date recorded with every value a revision replaces. */
  replacedOn: string;
}

export interface MergeOutcome {
  content: DatasetContent;
  changes: ChangeSummary;
}

/**
 * Merges a new dataset file into the current one. A new figure is added; a changed number is a
 * revision (the new value wins, the old CNY value goes into the figure's history with its source
 * and the date); nothing disappears: a figure the new file lacks is kept. Works on given figures
 * only; the caller rebuilds derived ones with `buildDataset`.
 */
export function mergeContent(
  current: DatasetContent,
  incoming: DatasetContent,
  options: MergeOptions,
): MergeOutcome {
  const changes: ChangeSummary = {
    added: [],
    revised: [],
    resourced: [],
    corrected: [],
    kept: [],
    textEntries: 0,
  };
  const merged = new Map(current.figures.map((f) => [keyOf(f), f]));
  const incomingKeys = new Set<string>();

  for (const next of incoming.figures) {
    const key = keyOf(next);
    incomingKeys.add(key);
    const previous = merged.get(key);
    if (!previous) {
      merged.set(key, next);
      changes.added.push({
        ...refOf(next),
        valueCnyMn: valueOf(next.cny),
        yoyPct: valueOf(next.yoyPct),
      });
      continue;
    }
    merged.set(key, mergeFigure(previous, next, options, changes));
  }

  if (options.mode === "feed") {
    for (const f of current.figures) {
      const userSupplied =
        current.sources.get(leadMeasure(f).sourceIds[0] ?? "")?.standing === "user";
      if (!incomingKeys.has(keyOf(f)) && !userSupplied) {
        changes.kept.push({ ...refOf(f), valueCnyMn: valueOf(f.cny) });
      }
    }
  }

  const parks = mergeById(current.parks, incoming.parks, options.mode, changes);
  const notes = mergeById(current.notes, incoming.notes, options.mode, changes);
  const feed = options.mode === "feed";
  return {
    content: {
      version: feed ? incoming.version : current.version,
      asOf: feed && incoming.asOf > current.asOf ? incoming.asOf : current.asOf,
      sources: new Map([...current.sources, ...incoming.sources]),
      figures: [...merged.values()],
      parks,
      notes,
    },
    changes,
  };
}

function mergeFigure(
  previous: Figure,
  next: Figure,
  options: MergeOptions,
  changes: ChangeSummary,
): Figure {
  const ref = refOf(previous);
  const cnyChanged = valueOf(previous.cny) !== valueOf(next.cny);
  // A measure the new file leaves out stays while the CNY value it belongs to stands.
  const usd = next.usd ?? (cnyChanged ? null : previous.usd);
  const yoyPct = next.yoyPct ?? (cnyChanged ? null : previous.yoyPct);
  const revisedUsd = valueOf(previous.usd) !== valueOf(usd);
  const revisedYoy = valueOf(previous.yoyPct) !== valueOf(yoyPct);

  if (cnyChanged) {
    changes.revised.push({
      ...ref,
      field: "cny",
      from: valueOf(previous.cny),
      to: valueOf(next.cny),
    });
  }
  if (revisedUsd) {
    changes.revised.push({ ...ref, field: "usd", from: valueOf(previous.usd), to: valueOf(usd) });
  }
  if (revisedYoy) {
    changes.revised.push({
      ...ref,
      field: "yoy",
      from: valueOf(previous.yoyPct),
      to: valueOf(yoyPct),
    });
  }

  // A growth-only figure had no value to keep in the history.
  const oldValue: Revision | null = previous.cny && {
    valueCnyMn: previous.cny.value,
    sourceId: previous.cny.sourceIds[0] ?? "",
    replacedOn: options.replacedOn,
  };
  // A file that already records the replaced value (a saved copy, a careful maintainer) keeps its date.
  const recorded = next.history.some(
    (h) =>
      !h.corrected && h.valueCnyMn === oldValue?.valueCnyMn && h.sourceId === oldValue?.sourceId,
  );
  const replaced = cnyChanged && oldValue && !recorded ? [oldValue] : [];
  let history = unionHistory(previous.history, next.history, replaced);

  if (!cnyChanged && !revisedUsd && !revisedYoy) {
    const from = leadMeasure(previous).sourceIds.join(", ");
    const to = leadMeasure(next).sourceIds.join(", ");
    // A correction of words with the same numbers is a revision too: applied, kept, listed.
    const corrections = wordCorrections(previous, next, options.mode);
    if (corrections.length > 0) {
      history = unionHistory(
        history,
        corrections.map((c) => ({
          ...(previous.cny ? { valueCnyMn: previous.cny.value } : {}),
          sourceId: leadMeasure(previous).sourceIds[0] ?? "",
          replacedOn: options.replacedOn,
          corrected: c.field,
          was: c.was,
        })),
      );
      for (const c of corrections)
        changes.corrected.push({ ...ref, field: c.field, change: c.change });
    }
    // An import that repeats a published number does not take over its citation.
    if (from === to || options.mode === "import") {
      if (corrections.length === 0) return { ...previous, history };
      if (options.mode === "feed") return { ...next, usd, yoyPct, history };
      // An import adds or corrects a scope note or quote; the measures (and citation) stay.
      const quote = next.quote ?? previous.quote;
      return {
        ...previous,
        scope: next.scope ?? previous.scope,
        ...(quote === undefined ? {} : { quote }),
        history,
      };
    }
    changes.resourced.push({ ...ref, from, to });
  }
  return { ...next, usd, yoyPct, history };
}

interface WordCorrection {
  field: CorrectedField;
  change: "added" | "changed" | "removed";
  was: string;
}

/**
 * The words of a figure a new file corrects with the same numbers. A scope note or quote is added
 * or changed, never dropped by a file that leaves it out (a format-1 file or a CSV row cannot hold
 * them); an import corrects only those two, a feed also the derivation text and the kind.
 */
function wordCorrections(previous: Figure, next: Figure, mode: MergeMode): WordCorrection[] {
  const words: [CorrectedField, string, string][] = [
    [
      "scope",
      previous.scope ? `${previous.scope.en} | ${previous.scope.zh}` : "",
      next.scope ? `${next.scope.en} | ${next.scope.zh}` : "",
    ],
    ["quote", previous.quote ?? "", next.quote ?? ""],
  ];
  if (mode === "feed") {
    const lead = (f: Figure) => leadMeasure(f);
    const derivation = (f: Figure) => {
      const d = lead(f).derivation;
      return d && "text" in d ? d.text : d ? d.key : "";
    };
    words.push(["derivation", derivation(previous), derivation(next)]);
    words.push(["kind", lead(previous).kind, lead(next).kind]);
  }
  const corrections: WordCorrection[] = [];
  for (const [field, was, now] of words) {
    // Words a file leaves out are kept: an older format (or a CSV row) cannot hold them.
    if (
      was === now ||
      (now === "" && (mode === "import" || field === "scope" || field === "quote"))
    )
      continue;
    const change = was === "" ? "added" : now === "" ? "removed" : "changed";
    corrections.push({ field, change, was });
  }
  return corrections;
}

function unionHistory(...lists: (readonly Revision[])[]): Revision[] {
  const seen = new Map<string, Revision>();
  for (const r of lists.flat()) {
    seen.set(
      `${r.valueCnyMn}|${r.sourceId}|${r.replacedOn}|${r.corrected ?? ""}|${r.was ?? ""}`,
      r,
    );
  }
  return [...seen.values()].sort((a, b) => compareCodes(a.replacedOn, b.replacedOn));
}

/** Parks and notes by id; the same rule as figures: an import repeating a text keeps its sources. */
function mergeById<T extends { id: string; sourceIds: readonly string[] }>(
  current: readonly T[],
  incoming: readonly T[],
  mode: MergeMode,
  changes: ChangeSummary,
): T[] {
  const byId = new Map(current.map((entry) => [entry.id, entry]));
  const text = (entry: T) => JSON.stringify({ ...entry, sourceIds: [] });
  for (const entry of incoming) {
    const previous = byId.get(entry.id);
    if (previous && JSON.stringify(previous) === JSON.stringify(entry)) continue;
    if (previous && mode === "import" && text(previous) === text(entry)) continue;
    changes.textEntries++;
    byId.set(entry.id, entry);
  }
  return [...byId.values()];
}

function valueOf(measure: Measure | null): number | null {
  return measure ? measure.value : null;
}

function keyOf(f: Figure): string {
  return figureKey(f.region, f.category, f.period);
}

function refOf(f: Figure): FigureRef {
  return { region: f.region, category: f.category, period: periodKey(f.period) };
}
