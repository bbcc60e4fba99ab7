import {
  deriveFigures,
  makeDataset,
  parsePeriodKey,
  type Dataset,
  type Figure,
  type Measure,
  type Source,
} from "../core";
import { datasetFileSchema, type DatasetFile } from "./schema";

/** One thing wrong with a dataset file, located by its JSON path (`figures[2].period`). */
export interface Problem {
  path: string;
  message: string;
}

export type LoadResult = { ok: true; dataset: Dataset } | { ok: false; problems: Problem[] };

/** Parses and validates the text of a dataset file; a UTF-8 byte-order mark is allowed. */
export function datasetFromText(text: string): LoadResult {
  let json: unknown;
  try {
    json = JSON.parse(text.replace(/^\uFEFF/, ""));
  } catch (e) {
    return {
      ok: false,
      problems: [{ path: "", message: `not valid JSON: ${(e as Error).message}` }],
    };
  }
  return datasetFromJson(json);
}

/** Validates parsed JSON against the schema and builds the model, derived figures included. */
export function datasetFromJson(json: unknown): LoadResult {
  const parsed = datasetFileSchema.safeParse(json);
  if (!parsed.success) {
    const problems = parsed.error.issues.map((issue) => ({
      path: formatPath(issue.path),
      message: issue.message,
    }));
    return { ok: false, problems };
  }
  return { ok: true, dataset: toModel(parsed.data) };
}

function toModel(file: DatasetFile): Dataset {
  const sources = new Map<string, Source>(file.sources.map((s) => [s.id, s]));
  const given: Figure[] = file.figures.map((f) => {
    const measure = (value: number): Measure => ({
      value,
      kind: f.kind,
      sourceIds: [f.source],
      // A maintainer's working is free text, shown as written in either language.
      ...(f.derivation ? { derivation: { text: f.derivation } } : {}),
    });
    return {
      region: f.region,
      category: f.category,
      // The schema has checked the period's form and range.
      period: parsePeriodKey(f.period)!,
      cny: measure(f.valueCnyMn),
      usd: f.valueUsdMn === undefined ? null : measure(f.valueUsdMn),
      yoyPct: f.yoyPct === undefined ? null : measure(f.yoyPct),
      history: (f.history ?? []).map((h) => ({
        valueCnyMn: h.valueCnyMn,
        sourceId: h.source,
        replacedOn: h.replacedOn,
      })),
    };
  });
  return makeDataset({
    version: file.version,
    asOf: file.asOf,
    sources,
    figures: deriveFigures(given),
    parks: file.parks.map(({ sources: sourceIds, ...park }) => ({ ...park, sourceIds })),
    notes: file.notes.map(({ sources: sourceIds, ...note }) => ({ ...note, sourceIds })),
  });
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === "number" ? `[${p}]` : `${i === 0 ? "" : "."}${String(p)}`))
    .join("");
}
