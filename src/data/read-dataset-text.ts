import {
  dataMessage,
  isTooFarAhead,
  parsePeriodKey,
  type DatasetContent,
  type DataMessage,
} from "../core";
import { contentFromFile } from "./dataset-file";
import { validateDatasetFile, type Problem } from "./load-dataset";
import type { LocatedProblem } from "./located-problem";
import type { DatasetFile } from "./schema";

export type ReadResult =
  | { ok: true; file: DatasetFile; content: DatasetContent }
  | { ok: false; problems: LocatedProblem[] };

/**
 * Reads the text of a dataset file as untrusted input (feed, cache or import): strict JSON
 * syntax, bounded nesting, the schema, and no period more than a quarter ahead of `today`.
 * Every problem carries its line and column. A UTF-8 byte-order mark is allowed.
 *
 * A good file is parsed and validated once. Only a file with problems is scanned for the
 * positions of its values (the scanner is a chunk of its own, loaded then): the scan costs as
 * much as the rest of the read. A valid file is never nested deeper than the scanner allows, so
 * skipping the scan rejects nothing it would have caught.
 */
export async function readDatasetText(raw: string, today: Date): Promise<ReadResult> {
  const text = raw.replace(/^\uFEFF/, "");
  if (text.trim() === "")
    return fail([{ line: null, column: null, message: dataMessage("emptyFile") }]);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch {
    return locatedSyntaxError(text);
  }
  const checked = validateDatasetFile(json);
  if (!checked.ok) return locatedSchemaProblems(text, checked.problems);
  const future = checked.file.figures.flatMap((f, i) =>
    isTooFarAhead(parsePeriodKey(f.period)!, today)
      ? [
          {
            path: `figures[${i}].period`,
            message: dataMessage("futurePeriod", { period: f.period }),
          },
        ]
      : [],
  );
  if (future.length > 0) return locate(text, future);
  return { ok: true, file: checked.file, content: contentFromFile(checked.file) };
}

const scanner = () => import(/* webpackChunkName: "json-scan" */ "./json-scan");

/** The scanner's reason and position for text that JSON.parse refused. */
async function locatedSyntaxError(text: string): Promise<ReadResult> {
  const { lineColumn, scanJson } = await scanner();
  const scan = scanJson(text);
  // The scanner accepts only what JSON.parse accepts, so it finds the error too.
  const at = scan.ok ? { line: null, column: null } : lineColumn(text, scan.offset);
  const detail = scan.ok ? "not valid JSON" : scan.error;
  return fail([{ ...at, message: dataMessage("jsonSyntax", { detail }) }]);
}

/** Schema problems, each at the line and column of its value; a nesting error comes first. */
function locatedSchemaProblems(text: string, problems: readonly Problem[]): Promise<ReadResult> {
  return locate(
    text,
    problems.map((p) => ({
      path: p.path,
      message: dataMessage("schemaProblem", { path: p.path, detail: p.message }),
    })),
  );
}

async function locate(
  text: string,
  problems: readonly { path: string; message: DataMessage }[],
): Promise<ReadResult> {
  const { lineColumn, offsetOfPath, scanJson } = await scanner();
  const scan = scanJson(text);
  if (!scan.ok) {
    // Too deeply nested for the scanner (the schema refuses such a file anyway): say that.
    const at = lineColumn(text, scan.offset);
    return fail([{ ...at, message: dataMessage("jsonSyntax", { detail: scan.error }) }]);
  }
  return fail(
    problems.map((p) => ({
      ...lineColumn(text, offsetOfPath(scan.offsets, p.path)),
      message: p.message,
    })),
  );
}

function fail(problems: LocatedProblem[]): ReadResult {
  return { ok: false, problems };
}
