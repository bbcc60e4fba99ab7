// The file readers' English comes with the readers (a chunk loaded on first use), so src/core's
// index, which the start runs, does not name it.
// eslint-disable-next-line no-restricted-imports
import { fileMessage } from "../core/file-message";
import type { DataMessage, DataMessageKey } from "../core";

/**
 * A strict, iterative JSON scanner: finds the first syntax error or excessive nesting with its
 * position, and otherwise records where every value starts, keyed by its path as the schema
 * reports it (`figures[2].period`), so problems can be shown with a line and column.
 * Iterative so that hostile nesting cannot exhaust the call stack.
 */
export type JsonScan =
  | { ok: true; offsets: ReadonlyMap<string, number> }
  | { ok: false; offset: number; error: DataMessage };

export const MAX_JSON_DEPTH = 32;

type JsonErrorKey = Extract<DataMessageKey, `json${string}` | "tooDeep">;

interface Frame {
  kind: "object" | "array";
  path: string;
  count: number;
  /** An object's keys so far: a repeated key would silently replace the first value. */
  keys: Set<string> | null;
}

const NUMBER = /-?(?:0|[1-9]\d*)(?:\.\d+)?(?:[eE][+-]?\d+)?/y;
const LITERAL = /true|false|null/y;
const ESCAPE = /\\(?:["\\/bfnrt]|u[0-9a-fA-F]{4})/y;

export function scanJson(text: string, maxDepth = MAX_JSON_DEPTH): JsonScan {
  const offsets = new Map<string, number>();
  const stack: Frame[] = [];
  let i = skipSpace(text, 0);
  let path = "";
  let expectValue = true;

  const fail = (offset: number, key: JsonErrorKey, params: Record<string, string> = {}): JsonScan =>
    failure(offset, key, params);

  // Reads `"key" :` at i; returns the key and the offset after the colon, or an error.
  const readKey = (frame: Frame): { key: string; next: number } | JsonScan => {
    if (text[i] !== '"') return fail(i, "jsonExpectedKey");
    const end = stringEnd(text, i);
    if (typeof end !== "number") return end;
    const key = JSON.parse(text.slice(i, end)) as string;
    if (frame.keys!.has(key)) return fail(i, "jsonDuplicateKey", { name: JSON.stringify(key) });
    frame.keys!.add(key);
    const colon = skipSpace(text, end);
    if (text[colon] !== ":") return fail(colon, "jsonExpectedColon");
    return { key, next: skipSpace(text, colon + 1) };
  };

  for (;;) {
    if (expectValue) {
      if (i >= text.length) return fail(i, "jsonEnded");
      offsets.set(path, i);
      const c = text[i];
      if (c === "{" || c === "[") {
        if (stack.length >= maxDepth) return failure(i, "tooDeep", { limit: maxDepth });
        const frame: Frame = {
          kind: c === "{" ? "object" : "array",
          path,
          count: 0,
          keys: c === "{" ? new Set() : null,
        };
        stack.push(frame);
        i = skipSpace(text, i + 1);
        if (text[i] === (c === "{" ? "}" : "]")) {
          stack.pop();
          i = skipSpace(text, i + 1);
          expectValue = false;
        } else if (frame.kind === "object") {
          const key = readKey(frame);
          if ("ok" in key) return key;
          path = childKey(frame.path, key.key);
          i = key.next;
        } else {
          path = `${frame.path}[0]`;
        }
        continue;
      }
      let end: number | JsonScan;
      if (c === '"') end = stringEnd(text, i);
      else
        end =
          matchAt(NUMBER, text, i) ??
          matchAt(LITERAL, text, i) ??
          fail(i, "jsonUnexpected", { char: JSON.stringify(c) });
      if (typeof end !== "number") return end;
      i = skipSpace(text, end);
      expectValue = false;
      continue;
    }
    const top = stack[stack.length - 1];
    if (!top) return i < text.length ? fail(i, "jsonTrailing") : { ok: true, offsets };
    const close = top.kind === "object" ? "}" : "]";
    if (text[i] === close) {
      stack.pop();
      i = skipSpace(text, i + 1);
      continue;
    }
    if (text[i] !== ",") return fail(i, "jsonExpectedComma", { close });
    top.count++;
    i = skipSpace(text, i + 1);
    if (top.kind === "object") {
      const key = readKey(top);
      if ("ok" in key) return key;
      path = childKey(top.path, key.key);
      i = key.next;
    } else {
      path = `${top.path}[${top.count}]`;
    }
    expectValue = true;
  }
}

export type LineColumn = { line: number; column: number };

/**
 * Finds 1-based lines and columns in one text: the line starts are indexed once, then each lookup
 * is a binary search, so locating every problem of a large file stays linear in its size.
 * A line ends at \n (a \r before it is part of the break).
 */
export function lineLocator(text: string): (offset: number) => LineColumn {
  const starts = [0];
  for (let k = text.indexOf("\n"); k !== -1; k = text.indexOf("\n", k + 1)) starts.push(k + 1);
  return (offset) => {
    // The last line start at or before the offset (a \n itself belongs to the line it ends).
    let lo = 0;
    let hi = starts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if (starts[mid]! <= offset) lo = mid;
      else hi = mid - 1;
    }
    return { line: lo + 1, column: offset - starts[lo]! + 1 };
  };
}

/** 1-based line and column of one offset; for many, build a `lineLocator` once. */
export function lineColumn(text: string, offset: number): LineColumn {
  return lineLocator(text)(offset);
}

/** The offset of a path's value, or of its nearest recorded ancestor. */
export function offsetOfPath(offsets: ReadonlyMap<string, number>, path: string): number {
  for (let p = path; ; p = parentPath(p)) {
    const offset = offsets.get(p);
    if (offset !== undefined) return offset;
    if (p === "") return 0;
  }
}

function parentPath(path: string): string {
  const cut = Math.max(path.lastIndexOf("."), path.lastIndexOf("["));
  return cut <= 0 ? "" : path.slice(0, cut);
}

function childKey(parent: string, key: string): string {
  return parent === "" ? key : `${parent}.${key}`;
}

function stringEnd(text: string, start: number): number | JsonScan {
  for (let j = start + 1; j < text.length;) {
    const code = text.charCodeAt(j);
    if (code === 0x22) return j + 1;
    if (code === 0x5c) {
      const end = matchAt(ESCAPE, text, j);
      if (end === null) return failure(j, "jsonBadEscape");
      j = end;
    } else if (code < 0x20) {
      return failure(j, "jsonControlChar");
    } else {
      j++;
    }
  }
  return failure(start, "jsonUnclosed");
}

function matchAt(re: RegExp, text: string, at: number): number | null {
  re.lastIndex = at;
  return re.exec(text) ? re.lastIndex : null;
}

function skipSpace(text: string, at: number): number {
  let k = at;
  while (k < text.length && " \t\n\r".includes(text[k]!)) k++;
  return k;
}

function failure(
  offset: number,
  key: JsonErrorKey,
  params: Record<string, string | number> = {},
): JsonScan {
  return { ok: false, offset, error: fileMessage(key, params) };
}
