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
import { lineLocator, offsetOfPath, scanJson } from "./json-scan";
import { nextTurn } from "./next-turn";
import { validateDatasetFile, type Problem } from "./load-dataset";
import type { LocatedProblem } from "./located-problem";
import { ProblemList } from "./problem-list";
import type { DatasetFile } from "./schema";

export type ReadResult =
  | { ok: true; file: DatasetFile; content: DatasetContent }
  | { ok: false; problems: LocatedProblem[] };

/**
 * Reads the text of a dataset file as untrusted input (feed, cache or import): strict JSON
 * syntax, bounded nesting, the schema, an as-of date not after `today` (beyond a small margin)
 * and no period more than a quarter ahead of it. Problems carry their line and column; the
 * decisive ones (about the file as a whole) come first, and after 50 the rest are counted.
 * A UTF-8 byte-order mark is allowed.
 */
export function readDatasetText(raw: string, today: Date): ReadResult {
  const steps = readSteps(raw, today);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
  }
}

/**
 * The same read, giving the event loop a turn between its steps (syntax, schema, locating), so
 * that Excel can run the add-in's function calls while a large file is checked.
 */
export async function readDatasetTextYielding(raw: string, today: Date): Promise<ReadResult> {
  const steps = readSteps(raw, today);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await nextTurn();
  }
}

function* readSteps(raw: string, today: Date): Generator<void, ReadResult> {
  const text = raw.replace(/^\uFEFF/, "");
  if (text.trim() === "")
    return fail([{ line: null, column: null, message: dataMessage("emptyFile") }]);
  const locateOffset = lineLocator(text);
  const scan = scanJson(text);
  if (!scan.ok) {
    const at = locateOffset(scan.offset);
    return fail([{ ...at, message: dataMessage("jsonSyntax", {}, { detail: scan.error }) }]);
  }
  yield;
  const locate = (path: string, message: DataMessage): LocatedProblem => ({
    ...locateOffset(offsetOfPath(scan.offsets, path)),
    message,
  });
  const checked = validateDatasetFile(JSON.parse(text));
  yield;
  if (!checked.ok) {
    const list = new ProblemList();
    for (const p of decisiveFirst(checked.problems, (path) => offsetOfPath(scan.offsets, path))) {
      list.add(() =>
        locate(p.path, dataMessage("schemaProblem", { path: p.path }, { detail: p.localized() })),
      );
    }
    return fail(list.toArray());
  }
  if (isAsOfInFuture(checked.file.asOf, today)) {
    const params = { asOf: checked.file.asOf, today: isoDay(today) };
    return fail([locate("asOf", dataMessage("futureAsOf", params))]);
  }
  const future = new ProblemList();
  checked.file.figures.forEach((f, i) => {
    if (isTooFarAhead(parsePeriodKey(f.period)!, today))
      future.add(() =>
        locate(`figures[${i}].period`, dataMessage("futurePeriod", { period: f.period })),
      );
  });
  if (future.count > 0) return fail(future.toArray());
  yield;
  return { ok: true, file: checked.file, content: contentFromFile(checked.file) };
}

/**
 * Problems with the file as a whole (its format, version, date, a missing list) first, since one
 * of them often explains the rest; then the others in the order they appear in the file.
 */
function decisiveFirst(problems: Problem[], offsetOf: (path: string) => number): Problem[] {
  const topLevel = (p: Problem) => !/[.[]/.test(p.path);
  const keyed = problems.map((p) => ({ p, top: topLevel(p), offset: offsetOf(p.path) }));
  keyed.sort((a, b) => Number(b.top) - Number(a.top) || a.offset - b.offset);
  return keyed.map((k) => k.p);
}

function fail(problems: LocatedProblem[]): ReadResult {
  return { ok: false, problems };
}
