import { isoDay, mergeContent } from "../core";
import type { DraftFile } from "../core";
import { contentFromFile, fileFromContent } from "./dataset-file";
import { validateDatasetFile } from "./load-dataset";
import { readDatasetText } from "./read-dataset-text";
import type { DatasetFile } from "./schema";

export type DraftMerge =
  | { ok: true; file: DatasetFile & { $schema?: string }; notes: string[] }
  | { ok: false; lines: string[] };

/**
 * A feed with a release's draft figures merged in, as an import merges them: a new figure is
 * added, a changed number is a revision (the old value kept in the history), and a figure the
 * feed already has with the same numbers keeps its source. `asOf` moves to the release's date
 * when that is later; `version` is the maintainer's to set.
 */
export async function mergeDraftIntoFeed(
  feedName: string,
  feedText: string,
  draft: DraftFile,
  today: Date,
): Promise<DraftMerge> {
  const feed = await readDatasetText(feedText, today);
  if (!feed.ok) {
    return {
      ok: false,
      lines: [`${feedName}: not a valid dataset file; run npm run data:check ${feedName}`],
    };
  }
  const notes: string[] = [];
  // The same page cited already keeps its entry; another page under the same id gets its own.
  const source = draft.sources[0]!;
  const existing = feed.content.sources.get(source.id);
  let id = source.id;
  if (existing && existing.url !== source.url) {
    for (let n = 2; feed.content.sources.has(id); n++) id = `${source.id}-${n}`.slice(0, 64);
    notes.push(`source id ${source.id} is taken by another page in ${feedName}; this one is ${id}`);
  }
  const sameSource = Boolean(existing && existing.url === source.url);
  const incoming = validateDatasetFile({
    format: 2,
    version: feed.content.version,
    asOf: feed.content.asOf,
    sources: sameSource ? [existing] : [{ ...source, id }],
    figures: draft.figures.map((f) => ({ ...f, source: id })),
    parks: [],
    notes: [],
  });
  if (!incoming.ok) {
    return {
      ok: false,
      lines: incoming.problems.map((p) => `draft: ${p.path}: ${p.message}`),
    };
  }
  const merged = mergeContent(feed.content, contentFromFile(incoming.file), {
    mode: "import",
    replacedOn: isoDay(today),
  });
  const published = source.published;
  const asOf = published > merged.content.asOf ? published : merged.content.asOf;
  const schema = /"\$schema"\s*:\s*"([^"]*)"/.exec(feedText)?.[1];
  const file = fileFromContent({ ...merged.content, asOf });
  return { ok: true, file: schema ? { $schema: schema, ...file } : file, notes };
}
