import { buildDataset, dataMessage, type Dataset, type DataMessage } from "../core";
import { contentFromFile } from "./dataset-file";
import { datasetFileSchema, type DatasetFile } from "./schema";
import { validatorText } from "./validator-text";

/** One thing wrong with a dataset file, located by its JSON path (`figures[2].period`). */
export interface Problem {
  path: string;
  /** The validator's sentence, in English. */
  message: string;
  /** The same in both languages; built on demand, as only the first problems are shown. */
  localized: () => DataMessage;
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
      problems: [
        {
          path: "",
          message: `not valid JSON: ${(e as Error).message}`,
          localized: () => dataMessage("jsonSyntax", { detail: (e as Error).message }),
        },
      ],
    };
  }
  return datasetFromJson(json);
}

/** Validates parsed JSON against the schema and builds the model, derived figures included. */
export function datasetFromJson(json: unknown): LoadResult {
  const file = validateDatasetFile(json);
  return file.ok ? { ok: true, dataset: buildDataset(contentFromFile(file.file)) } : file;
}

/** Checks parsed JSON against the schema, keeping the file form (for merges and the cache). */
export function validateDatasetFile(
  json: unknown,
): { ok: true; file: DatasetFile } | { ok: false; problems: Problem[] } {
  // The input is kept in each issue so that the Chinese sentence can name what was received.
  const parsed = datasetFileSchema.safeParse(json, { reportInput: true });
  // Format 1 is a subset of format 2: its quarters and years are already canonical period text.
  if (parsed.success) return { ok: true, file: { ...parsed.data, format: 2 } };
  const problems = parsed.error.issues.map((issue) => ({
    path: formatPath(issue.path),
    message: issue.message,
    localized: () => validatorText(issue),
  }));
  return { ok: false, problems };
}

function formatPath(path: readonly PropertyKey[]): string {
  return path
    .map((p, i) => (typeof p === "number" ? `[${p}]` : `${i === 0 ? "" : "."}${String(p)}`))
    .join("");
}
