// The file readers' English comes with the readers (a chunk loaded on first use), so src/core's
// index, which the start runs, does not name it.
// eslint-disable-next-line no-restricted-imports
import { fileMessage } from "../core/file-message";
import { isoDay, type DatasetContent, type DataMessage, type Source } from "../core";
import { decodeFile } from "./decode-file";
import type { LocatedProblem } from "./located-problem";
import { readDatasetTextYielding } from "./read-dataset-text";

export type ImportRead =
  | { ok: true; content: DatasetContent; notices: DataMessage[] }
  | { ok: false; problems: LocatedProblem[] };

/** The largest file an import reads, in characters (the feed's limit is in bytes). */
export const MAX_IMPORT_CHARS = 2 * 1_048_576;

/**
 * Reads a file the user picked, as its bytes (in any encoding `decodeFile` knows) or as text: a
 * dataset JSON file or a CSV of figures, chosen by extension (.csv, and .txt or .tsv as Excel
 * saves tab-separated "Unicode Text"; without one, by the first character). Everything it
 * yields is marked user-supplied.
 */
export async function readImportFile(
  name: string,
  content: string | ArrayBuffer | Uint8Array,
  today: Date,
): Promise<ImportRead> {
  const located = (key: "fileTooLarge" | "unknownFileType", params = {}): ImportRead => ({
    ok: false,
    problems: [{ line: null, column: null, message: fileMessage(key, params) }],
  });
  const size = typeof content === "string" ? content.length : content.byteLength;
  if (size > MAX_IMPORT_CHARS) return located("fileTooLarge", { limit: 2 });
  const decoded = decodeFile(content);
  if (!decoded.ok) {
    return { ok: false, problems: [{ line: null, column: null, message: decoded.message }] };
  }
  const { text, notices } = decoded;
  const extension = /\.([a-z0-9]+)$/i.exec(name.trim())?.[1]?.toLowerCase();
  const kind = extension ?? (/^\uFEFF?\s*[{[]/.test(text) ? "json" : "csv");
  if (kind === "csv" || kind === "txt" || kind === "tsv") {
    // The CSV reader (with its parser) is a chunk of its own, loaded on the first CSV import.
    const { contentFromCsvYielding } = await import(
      /* webpackChunkName: "import-csv" */ "./import-csv"
    );
    const read = await contentFromCsvYielding(text, today);
    return read.ok ? { ok: true, content: fromFile(read.content, name, today), notices } : read;
  }
  if (kind !== "json") return located("unknownFileType", { name: name.slice(0, 100) });
  const read = await readDatasetTextYielding(text, today);
  return read.ok
    ? { ok: true, content: fromFile(asUserSupplied(read.content), name, today), notices }
    : read;
}

/** Records on every source the file supplied which file it was and the day it was imported. */
function fromFile(content: DatasetContent, name: string, today: Date): DatasetContent {
  const file = name.trim().split(/[\\/]/).pop()!.slice(0, 200) || "imported";
  const importedOn = isoDay(today);
  const sources = new Map<string, Source>(
    [...content.sources].map(([id, s]) => [id, { ...s, file, importedOn }]),
  );
  return { ...content, sources };
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
