import {
  dataMessage,
  isAsOfInFuture,
  isoDay,
  isTooFarAhead,
  parsePeriodKey,
  type DatasetContent,
  type DataMessage,
} from "../core";
import { contentFromFile } from "./dataset-file";
import { lineColumn, offsetOfPath, scanJson } from "./json-scan";
import { validateDatasetFile } from "./load-dataset";
import type { LocatedProblem } from "./located-problem";
import type { DatasetFile } from "./schema";

export type ReadResult =
  | { ok: true; file: DatasetFile; content: DatasetContent }
  | { ok: false; problems: LocatedProblem[] };

/**
 * Reads the text of a dataset file as untrusted input (feed, cache or import): strict JSON
 * syntax, bounded nesting, the schema, an as-of date not after `today` (beyond a small margin)
 * and no period more than a quarter ahead of it.
 * Every problem carries its line and column. A UTF-8 byte-order mark is allowed.
 */
export function readDatasetText(raw: string, today: Date): ReadResult {
  const text = raw.replace(/^\uFEFF/, "");
  if (text.trim() === "")
    return fail([{ line: null, column: null, message: dataMessage("emptyFile") }]);
  const scan = scanJson(text);
  if (!scan.ok) {
    const at = lineColumn(text, scan.offset);
    return fail([{ ...at, message: dataMessage("jsonSyntax", { detail: scan.error }) }]);
  }
  const locate = (path: string, message: DataMessage): LocatedProblem => ({
    ...lineColumn(text, offsetOfPath(scan.offsets, path)),
    message,
  });
  const checked = validateDatasetFile(JSON.parse(text));
  if (!checked.ok) {
    return fail(
      checked.problems.map((p) =>
        locate(p.path, dataMessage("schemaProblem", { path: p.path, detail: p.message })),
      ),
    );
  }
  if (isAsOfInFuture(checked.file.asOf, today)) {
    const params = { asOf: checked.file.asOf, today: isoDay(today) };
    return fail([locate("asOf", dataMessage("futureAsOf", params))]);
  }
  const future = checked.file.figures.flatMap((f, i) =>
    isTooFarAhead(parsePeriodKey(f.period)!, today)
      ? [locate(`figures[${i}].period`, dataMessage("futurePeriod", { period: f.period }))]
      : [],
  );
  if (future.length > 0) return fail(future);
  return { ok: true, file: checked.file, content: contentFromFile(checked.file) };
}

function fail(problems: LocatedProblem[]): ReadResult {
  return { ok: false, problems };
}
