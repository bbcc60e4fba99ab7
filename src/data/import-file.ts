import { dataMessage, type DatasetContent, type Source } from "../core";
import { contentFromCsv } from "./import-csv";
import type { LocatedProblem } from "./located-problem";
import { readDatasetText } from "./read-dataset-text";

export type ImportRead =
  { ok: true; content: DatasetContent } | { ok: false; problems: LocatedProblem[] };

/** The largest file an import reads, in characters (the feed's limit is in bytes). */
export const MAX_IMPORT_CHARS = 2 * 1_048_576;

/**
 * Reads a file the user picked: a dataset JSON file or a CSV of figures, chosen by extension
 * (or, without one, by the first character). Everything it yields is marked user-supplied.
 */
export function readImportFile(name: string, text: string, today: Date): ImportRead {
  const located = (key: "fileTooLarge" | "unknownFileType", params = {}): ImportRead => ({
    ok: false,
    problems: [{ line: null, column: null, message: dataMessage(key, params) }],
  });
  if (text.length > MAX_IMPORT_CHARS) return located("fileTooLarge", { limit: 2 });
  const extension = /\.([a-z0-9]+)$/i.exec(name.trim())?.[1]?.toLowerCase();
  const kind = extension ?? (/^\uFEFF?\s*[{[]/.test(text) ? "json" : "csv");
  if (kind === "csv") return contentFromCsv(text, today);
  if (kind !== "json") return located("unknownFileType", { name: name.slice(0, 100) });
  const read = readDatasetText(text, today);
  return read.ok ? { ok: true, content: asUserSupplied(read.content) } : read;
}

/**
 * Gives every source of an imported dataset file the standing "user" under an id of its own,
 * so an import can never pass itself off as the add-in's primary or secondary sources.
 */
function asUserSupplied(content: DatasetContent): DatasetContent {
  const rename = (id: string) => (id.startsWith("user-") ? id : `user-${id}`.slice(0, 64));
  const renameAll = (ids: readonly string[]) => ids.map(rename);
  const sources = new Map<string, Source>(
    [...content.sources.values()].map((s) => [
      rename(s.id),
      { ...s, id: rename(s.id), standing: "user" },
    ]),
  );
  return {
    ...content,
    sources,
    figures: content.figures.map((f) => ({
      ...f,
      cny: f.cny && { ...f.cny, sourceIds: renameAll(f.cny.sourceIds) },
      usd: f.usd && { ...f.usd, sourceIds: renameAll(f.usd.sourceIds) },
      yoyPct: f.yoyPct && { ...f.yoyPct, sourceIds: renameAll(f.yoyPct.sourceIds) },
      history: f.history.map((h) => ({ ...h, sourceId: rename(h.sourceId) })),
    })),
    parks: content.parks.map((p) => ({ ...p, sourceIds: renameAll(p.sourceIds) })),
    notes: content.notes.map((n) => ({ ...n, sourceIds: renameAll(n.sourceIds) })),
  };
}
