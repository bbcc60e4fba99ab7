import {
  formatDerivation,
  leadMeasure,
  parsePeriodKey,
  periodKey,
  type DatasetContent,
  type Figure,
  type Measure,
  type Source,
} from "../core";
import type { LocatedProblem } from "./located-problem";
import type { DatasetFile } from "./schema";

/** The model of a validated dataset file: the figures it gives, nothing computed yet. */
export function contentFromFile(file: DatasetFile): DatasetContent {
  const given: Figure[] = file.figures.map((f) => {
    const measure = (value: number, rounding?: number): Measure => ({
      value,
      kind: f.kind,
      sourceIds: [f.source],
      ...(rounding ? { rounding } : {}),
      // A maintainer's working is free text, shown as written in either language.
      ...(f.derivation ? { derivation: { text: f.derivation } } : {}),
    });
    return {
      region: f.region,
      category: f.category,
      // The schema has checked the period's form and range.
      period: parsePeriodKey(f.period)!,
      cny: f.valueCnyMn === undefined ? null : measure(f.valueCnyMn, f.roundingCnyMn),
      usd: f.valueUsdMn === undefined ? null : measure(f.valueUsdMn),
      yoyPct: f.yoyPct === undefined ? null : measure(f.yoyPct, f.roundingYoyPct),
      scope: f.scopeEn && f.scopeZh ? { en: f.scopeEn, zh: f.scopeZh } : null,
      ...(f.quote ? { quote: f.quote } : {}),
      history: (f.history ?? []).map(({ source, ...h }) => ({ ...h, sourceId: source })),
    };
  });
  return {
    version: file.version,
    asOf: file.asOf,
    sources: new Map<string, Source>(file.sources.map((s) => [s.id, s])),
    figures: given,
    // The file names each language's text by a suffix (nameEn, nameZh); the model keys it by language.
    parks: file.parks.map((p) => ({
      id: p.id,
      name: { en: p.nameEn, zh: p.nameZh },
      focus: { en: p.focusEn, zh: p.focusZh },
      location: { en: p.locationEn, zh: p.locationZh },
      sourceIds: p.sources,
    })),
    notes: file.notes.map((n) => ({
      id: n.id,
      title: { en: n.titleEn, zh: n.titleZh },
      text: { en: n.textEn, zh: n.textZh },
      sourceIds: n.sources,
    })),
  };
}

/** The dataset file format this version writes (and the latest it reads). */
export const DATASET_FORMAT = 2;

/** Writes content back in the file format: what the offline cache stores and re-validates. */
export function fileFromContent(content: DatasetContent): DatasetFile {
  return {
    format: DATASET_FORMAT,
    version: content.version,
    asOf: content.asOf,
    sources: [...content.sources.values()].map((s) => ({ ...s })),
    figures: content.figures.map((f) => ({
      region: f.region,
      category: f.category,
      period: periodKey(f.period),
      ...(f.cny ? { valueCnyMn: f.cny.value } : {}),
      ...(f.usd ? { valueUsdMn: f.usd.value } : {}),
      ...(f.yoyPct ? { yoyPct: f.yoyPct.value } : {}),
      kind: leadMeasure(f).kind,
      ...(leadMeasure(f).derivation
        ? { derivation: formatDerivation(leadMeasure(f).derivation!, "en") }
        : {}),
      source: leadMeasure(f).sourceIds[0] ?? "",
      ...(f.quote ? { quote: f.quote } : {}),
      ...(f.cny?.rounding ? { roundingCnyMn: f.cny.rounding } : {}),
      ...(f.yoyPct?.rounding ? { roundingYoyPct: f.yoyPct.rounding } : {}),
      ...(f.scope ? { scopeEn: f.scope.en, scopeZh: f.scope.zh } : {}),
      ...(f.history.length > 0
        ? {
            history: f.history.map(({ sourceId, ...h }) => ({ ...h, source: sourceId })),
          }
        : {}),
    })),
    parks: content.parks.map((p) => ({
      id: p.id,
      nameEn: p.name.en,
      nameZh: p.name.zh,
      focusEn: p.focus.en,
      focusZh: p.focus.zh,
      locationEn: p.location.en,
      locationZh: p.location.zh,
      sources: [...p.sourceIds],
    })),
    notes: content.notes.map((n) => ({
      id: n.id,
      titleEn: n.title.en,
      titleZh: n.title.zh,
      textEn: n.text.en,
      textZh: n.text.zh,
      sources: [...n.sourceIds],
    })),
  };
}

/** A dataset file read as untrusted text: the file and its model, or the problems found in it. */
export type ReadResult =
  | { ok: true; file: DatasetFile; content: DatasetContent }
  | { ok: false; problems: LocatedProblem[] };
