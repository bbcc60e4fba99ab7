// The file readers' English comes with the readers (a chunk loaded on first use), so src/core's
// index, which the start runs, does not name it.
// eslint-disable-next-line no-restricted-imports
import { fileMessage } from "../core/file-message";
import { dataMessage, type DataMessageKey, type MessageParams } from "../core";
import type { ReadResult } from "./dataset-file";
import { lineLocator, offsetOfPath, scanJson } from "./json-scan";
import type { Problem } from "./load-dataset";
import type { LocatedProblem } from "./located-problem";
import { ProblemList } from "./problem-list";

/*
 * Placing the problems of a dataset file at their lines and columns, with the position scanner:
 * loaded only for a file with problems (see read-dataset-text.ts).
 */

/** A problem found after the schema; its sentence is made where it is located. */
export type Unlocated = { path: string; key: DataMessageKey; params: MessageParams };
export type At = (path: string) => { line: number; column: number };

export function locateAll(text: string, problems: Unlocated[]): ReadResult | Promise<ReadResult> {
  return locate(text, (at) => {
    const list = new ProblemList();
    for (const p of problems)
      list.add(() => ({ ...at(p.path), message: fileMessage(p.key, p.params) }));
    return fail(list.toArray());
  });
}

/**
 * Scans the text for the positions of its values and hands `then` a locator. Text the scanner
 * refuses (a syntax error, a repeated key, nesting too deep) is reported as that instead: it
 * explains whatever else is wrong.
 */
export function locate(
  text: string,
  then: (at: At, offsetOf: (path: string) => number) => ReadResult | Promise<ReadResult>,
): ReadResult | Promise<ReadResult> {
  const scan = scanJson(text);
  const locateOffset = lineLocator(text);
  if (!scan.ok) {
    const at = locateOffset(scan.offset);
    return fail([{ ...at, message: dataMessage("jsonSyntax", {}, { detail: scan.error }) }]);
  }
  const offsetOf = (path: string) => offsetOfPath(scan.offsets, path);
  return then((path) => locateOffset(offsetOf(path)), offsetOf);
}

/** Schema problems, each at its value's line and column, the decisive ones first. */
export function locatedSchemaProblems(
  text: string,
  problems: Problem[],
): ReadResult | Promise<ReadResult> {
  return locate(text, (at, offsetOf) => {
    const list = new ProblemList();
    for (const p of decisiveFirst(problems, offsetOf)) {
      list.add(() => ({
        ...at(p.path),
        message: dataMessage("schemaProblem", { path: p.path }, { detail: p.localized() }),
      }));
    }
    return fail(list.toArray());
  });
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
