import type { CategoryCode } from "./categories";
import { dataMessage, formatDataMessage, type DataMessage } from "./data-messages";
import { fmt } from "./cell-number";
import { inEachLanguage } from "./localized";
import type { Language } from "./messages";
import { regionName, type RegionCode } from "./regions";

/** Which figure a change is about; `period` in its canonical text (2024Q2, 2023). */
export interface FigureRef {
  region: RegionCode;
  category: CategoryCode;
  period: string;
}

/** A figure added or kept: its value, or for a growth-only figure its rate. */
export interface AddedFigure extends FigureRef {
  valueCnyMn: number | null;
  yoyPct?: number | null;
}

/** A changed number: CNY value, USD value or year-on-year rate; null where a side has none. */
export interface RevisedFigure extends FigureRef {
  field: "cny" | "usd" | "yoy";
  from: number | null;
  to: number | null;
}

export interface ResourcedFigure extends FigureRef {
  from: string;
  to: string;
}

/** A correction of a figure's words with the same numbers: "NEV 2024Q1: scope note added". */
export interface CorrectedFigure extends FigureRef {
  field: "scope" | "quote" | "derivation" | "kind";
  change: "added" | "changed" | "removed";
}

/** What a merge did, as data for the pane and tests; `describeChanges` renders it. */
export interface ChangeSummary {
  added: AddedFigure[];
  revised: RevisedFigure[];
  /** Same numbers, cited to another source. */
  resourced: ResourcedFigure[];
  /** Same numbers, words corrected (scope note, quote, derivation, kind). */
  corrected: CorrectedFigure[];
  /** Figures the new file lacks; kept, never dropped. */
  kept: AddedFigure[];
  /** Parks and notes added or rewritten. */
  textEntries: number;
}

export function hasChanges(s: ChangeSummary): boolean {
  return (
    s.added.length + s.revised.length + s.resourced.length + s.corrected.length + s.textEntries > 0
  );
}

/** "2024Q2 added: TOTAL 95, NEV 80; NEV 2024Q1 revised 70 → 72" as separate messages. */
export function changeMessages(s: ChangeSummary): DataMessage[] {
  const messages: DataMessage[] = [];
  const byPeriod = new Map<string, AddedFigure[]>();
  for (const a of s.added) byPeriod.set(a.period, [...(byPeriod.get(a.period) ?? []), a]);
  for (const [period, figures] of byPeriod) {
    const items = (lang: Language) =>
      figures.map((f) => `${figureName(f, lang)} ${addedValue(f)}`).join(", ");
    messages.push({
      key: "periodAdded",
      params: { period },
      localized: { items: inEachLanguage(items) },
    });
  }
  for (const r of s.revised) {
    const key = r.field === "cny" ? "revisedCny" : r.field === "usd" ? "revisedUsd" : "revisedYoy";
    messages.push({
      key,
      params: {
        period: r.period,
        from: r.from === null ? "–" : fmt(r.from),
        to: r.to === null ? "–" : fmt(r.to),
      },
      localized: { figure: inEachLanguage((lang) => figureName(r, lang)) },
    });
  }
  for (const r of s.resourced) {
    messages.push({
      key: "sourceChanged",
      params: { period: r.period, from: r.from, to: r.to },
      localized: { figure: inEachLanguage((lang) => figureName(r, lang)) },
    });
  }
  for (const c of s.corrected) {
    messages.push({
      key: "corrected",
      params: { period: c.period, field: c.field, change: c.change },
      localized: { figure: inEachLanguage((lang) => figureName(c, lang)) },
    });
  }
  if (s.textEntries > 0) messages.push(dataMessage("textEntriesChanged", { count: s.textEntries }));
  if (s.kept.length > 0) {
    const items = (lang: Language) =>
      s.kept.map((f) => `${figureName(f, lang)} ${f.period}`).join(", ");
    messages.push({ key: "keptMissing", params: {}, localized: { items: inEachLanguage(items) } });
  }
  return messages;
}

/** One line for the pane; "No changes." when nothing changed. */
export function describeChanges(s: ChangeSummary, lang: Language = "en"): string {
  const messages = changeMessages(s);
  if (messages.length === 0) return formatDataMessage(dataMessage("noChanges"), lang);
  return messages.map((m) => formatDataMessage(m, lang)).join("; ");
}

/** The value added, or a growth-only figure's signed rate ("+104.4 %"). */
function addedValue(f: AddedFigure): string {
  if (f.valueCnyMn !== null) return fmt(f.valueCnyMn);
  const pct = f.yoyPct ?? 0;
  return `${pct >= 0 ? "+" : ""}${fmt(pct)} %`;
}

/** Zibo is the add-in's subject; other regions are named, in the reader's language. */
function figureName(ref: FigureRef, lang: Language): string {
  if (ref.region === "ZIBO") return ref.category;
  return `${regionName(ref.region, lang)} ${ref.category}`;
}
