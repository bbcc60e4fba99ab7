import { fail, ok, type Result } from "./result";

/** A range as Excel passes it: rows of cell values. */
export type Matrix = readonly (readonly unknown[])[];

/** More cells than any sensible spill; beyond it the whole answer is one error, not a frozen sheet. */
export const MAX_CELLS = 100_000;

const mismatch = fail<never>("notAvailable", "rangeSizeMismatch");

/**
 * Reads an argument as a range. Excel passes a range parameter as rows of values and a single
 * value as [[value]]; anything else (an omitted argument, a bare value, a flat list) is read the
 * way a user would mean it, so no input makes the call throw.
 */
export function toMatrix(input: unknown): Matrix {
  if (!Array.isArray(input)) return [[input]];
  if (input.length === 0) return [[null]];
  if (!input.every(Array.isArray)) return [input];
  return input.some((row: unknown[]) => row.length > 0) ? input : [[null]];
}

/**
 * Applies `fn` cell by cell, pairing the arguments as Excel's own functions do: an argument with
 * one row (or column) is reused along that direction, so a column of categories and a row of
 * periods make a grid; a position that a shorter range lacks gets #N/A.
 */
export function broadcast<T>(
  inputs: readonly unknown[],
  fn: (...cells: unknown[]) => Result<T>,
): Result<Result<T>[][]> {
  // Most formulas pass single cells: answer them without building shapes.
  if (inputs.every(isSingleCell)) return ok([[fn(...inputs.map(singleValue))]]);
  const shapes = inputs.map((input) => {
    const m = toMatrix(input);
    return { m, rows: m.length, cols: m.reduce((w, row) => Math.max(w, row.length), 0) };
  });
  const rows = shapes.reduce((n, s) => Math.max(n, s.rows), 1);
  const cols = shapes.reduce((n, s) => Math.max(n, s.cols), 1);
  if (rows * cols > MAX_CELLS) {
    return fail("invalidValue", "tooManyCells", { cells: rows * cols, limit: MAX_CELLS });
  }
  const grid: Result<T>[][] = [];
  const cells: unknown[] = new Array(shapes.length);
  for (let r = 0; r < rows; r++) {
    const line: Result<T>[] = [];
    for (let c = 0; c < cols; c++) {
      let complete = true;
      shapes.forEach((s, i) => {
        const row = s.rows === 1 ? s.m[0] : s.m[r];
        const col = s.cols === 1 ? 0 : c;
        if (row === undefined || col >= s.cols) complete = false;
        else cells[i] = plainCell(row[col]);
      });
      line.push(complete ? fn(...cells) : mismatch);
    }
    grid.push(line);
  }
  return ok(grid);
}

function isSingleCell(input: unknown): boolean {
  return (
    !Array.isArray(input) ||
    (input.length === 1 && Array.isArray(input[0]) && input[0].length === 1)
  );
}

function singleValue(input: unknown): unknown {
  return plainCell(Array.isArray(input) ? (input[0] as unknown[])[0] : input);
}

/**
 * A cell as the plain value it shows. Excel passes a data type (a FIGURE or PARK card, a stock)
 * to a function whole, so =ZIBO.YOY(A1, A2) over two FIGURE cells reads their numbers, and a
 * PARK card reads as the park's name.
 */
export function plainCell(cell: unknown): unknown {
  if (typeof cell !== "object" || cell === null || Array.isArray(cell)) return cell ?? null;
  const value = cell as { type?: unknown; basicValue?: unknown; text?: unknown };
  if (value.type === "Entity" && typeof value.text === "string") return value.text;
  return value.basicValue ?? null;
}
