import {
  dataMessage,
  isAsOfInFuture,
  isoDay,
  isTooFarAhead,
  parsePeriodKey,
  type DataMessage,
} from "../core";
import { contentFromFile, type ReadResult } from "./dataset-file";
import { nextTurn } from "./next-turn";
import { validateDatasetFile, type Problem } from "./load-dataset";
import type { At, Unlocated } from "./locate-problems";
import type { LocatedProblem } from "./located-problem";
import { hasRepeatedKeys } from "./repeated-keys";
import type { DatasetFile } from "./schema";

/**
 * Reads the text of a dataset file as untrusted input (feed, cache or import): strict JSON
 * syntax, no repeated property names, bounded nesting, the schema, an as-of date not after
 * `today` (beyond a small margin) and no period more than a quarter ahead of it. Problems carry
 * their line and column; the decisive ones (about the file as a whole) come first, and after 50
 * the rest are counted. A UTF-8 byte-order mark is allowed.
 *
 * A good file is parsed and validated once. Only a file with problems is scanned for the
 * positions of its values (the scanner is a chunk of its own, loaded then): the scan costs as
 * much as the rest of the read. A valid file is never nested deeper than the scanner allows, and
 * repeated keys are found by a cheap count, so skipping the scan lets nothing through.
 */
export function readDatasetText(raw: string, today: Date): Promise<ReadResult> {
  return read(raw, today, async () => undefined);
}

/**
 * The same read, giving the event loop a turn between its steps (syntax, schema, locating), so
 * that Excel can run the add-in's function calls while a large file is checked.
 */
export function readDatasetTextYielding(raw: string, today: Date): Promise<ReadResult> {
  return read(raw, today, nextTurn);
}

async function read(raw: string, today: Date, turn: () => Promise<void>): Promise<ReadResult> {
  const text = raw.replace(/^\uFEFF/, "");
  if (text.trim() === "")
    return fail([{ line: null, column: null, message: dataMessage("emptyFile") }]);
  let json: unknown;
  try {
    json = JSON.parse(text);
  } catch (e) {
    // The scanner accepts only what JSON.parse accepts, so it names the error and its place.
    const detail = (e as Error).message;
    return locate(text, () => fail([unlocated(dataMessage("jsonSyntax", { detail }))]));
  }
  await turn();
  const checked = validateDatasetFile(json);
  await turn();
  if (!checked.ok) return locatedSchemaProblems(text, checked.problems);
  // A repeated key is a syntax error the scanner reports; JSON.parse silently kept the last one.
  if (hasRepeatedKeys(text, json)) return locate(text, () => accepted(text, checked.file, today));
  return accepted(text, checked.file, today);
}

/** The checks after the schema: the as-of date and the periods against `today`. */
async function accepted(text: string, file: DatasetFile, today: Date): Promise<ReadResult> {
  if (isAsOfInFuture(file.asOf, today)) {
    const params = { asOf: file.asOf, today: isoDay(today) };
    return locateAll(text, [{ path: "asOf", key: "futureAsOf", params }]);
  }
  const future: Unlocated[] = [];
  file.figures.forEach((f, i) => {
    if (isTooFarAhead(parsePeriodKey(f.period)!, today))
      future.push({
        path: `figures[${i}].period`,
        key: "futurePeriod",
        params: { period: f.period },
      });
  });
  if (future.length > 0) return locateAll(text, future);
  return { ok: true, file, content: contentFromFile(file) };
}

/** The locating code, with the position scanner: a chunk of its own, loaded for a file with problems. */
const locating = () => import(/* webpackChunkName: "json-scan" */ "./locate-problems");

async function locate(
  text: string,
  then: (at: At, offsetOf: (path: string) => number) => ReadResult | Promise<ReadResult>,
): Promise<ReadResult> {
  return (await locating()).locate(text, then);
}

async function locateAll(text: string, problems: Unlocated[]): Promise<ReadResult> {
  return (await locating()).locateAll(text, problems);
}

async function locatedSchemaProblems(text: string, problems: Problem[]): Promise<ReadResult> {
  return (await locating()).locatedSchemaProblems(text, problems);
}

function unlocated(message: DataMessage): LocatedProblem {
  return { line: null, column: null, message };
}

function fail(problems: LocatedProblem[]): ReadResult {
  return { ok: false, problems };
}
