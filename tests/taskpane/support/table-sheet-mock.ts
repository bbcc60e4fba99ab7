import { OfficeMockObject } from "office-addin-mock";
import { INSERTED_TABLES_SETTING } from "../../../src/taskpane/excel";
import { layoutBlock, type InsertBlock } from "../../../src/taskpane/rows";
import { columnName } from "./excel-mock";

/**
 * One worksheet holding tables the add-in inserted, for the refresh that rewrites them. Unlike
 * excel-mock's, its ranges read and write one grid of cells, so a test sees where text lands once
 * rows move: TableRowCollection.add and TableRow.delete push the cells under a table down and pull
 * them up in the table's columns, and a range taken earlier follows its cells, as Excel's do.
 * Cells hold what was written, read as Excel reads text typed into a cell not formatted as text
 * ("@"): 2024-05-20 becomes a date serial, TRUE a logical, 0012 the number 12, 50% 0.5. Reads keep
 * office-addin-mock's rule: readable after load and sync.
 */
export interface TableSheetOptions {
  /** Blocks as an insert lays them out, from their top-left cell, with their tables' names. */
  blocks: { at: string; block: InsertBlock; names: string[] }[];
  /** The inserted-tables setting, as a list to store as JSON. */
  record: object[];
}

export interface TableSheet {
  context: OfficeMockObject;
  cell(a1: string): unknown;
  setCell(a1: string, value: unknown): void;
  /** A table's address and what its data rows hold. */
  table(name: string): {
    address: string;
    values: unknown[][];
    numberFormats: unknown[][];
    /** What was written through valuesAsJson (data types), cell by cell; undefined where nothing. */
    json: unknown[][];
  };
  /** The inserted-tables setting as last written, parsed. */
  savedRecord(): {
    name: string;
    datasetVersion: string;
    fingerprint?: string;
    citation?: { lines: string[] };
  }[];
}

interface Box {
  row: number;
  column: number;
  rows: number;
  columns: number;
}

const key = (row: number, column: number) => `${row},${column}`;

/** What Excel makes of a string written into a cell formatted "General". */
export function asGeneral(value: unknown): unknown {
  if (typeof value !== "string") return value;
  const text = value.trim();
  if (/^(true|false)$/i.test(text)) return text.toLowerCase() === "true";
  if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(text)) return Number(text);
  if (/^[+-]?(\d+\.?\d*|\.\d+)%$/.test(text)) return Number(text.slice(0, -1)) / 100;
  const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(text);
  if (date) {
    const [, y, m, d] = date.map(Number);
    return Date.UTC(y, m - 1, d) / 86_400_000 + 25_569;
  }
  return value;
}

function parseA1(a1: string): { row: number; column: number } {
  const m = /^([A-Z]+)(\d+)$/.exec(a1);
  if (!m) throw new Error(`not a cell address: ${a1}`);
  const column = [...m[1]].reduce((n, ch) => n * 26 + ch.charCodeAt(0) - 64, 0) - 1;
  return { row: Number(m[2]) - 1, column };
}

function a1Of({ row, column, rows, columns }: Box): string {
  const first = `${columnName(column)}${row + 1}`;
  return rows === 1 && columns === 1
    ? first
    : `${first}:${columnName(column + columns - 1)}${row + rows}`;
}

export function tableSheetMock(options: TableSheetOptions): TableSheet {
  let cells = new Map<string, unknown>();
  let formats = new Map<string, unknown>();
  let json = new Map<string, unknown>();
  const tables = new Map<string, Box>();
  const ranges: SheetRange[] = [];
  const settings = new Map<string, string>([
    [INSERTED_TABLES_SETTING, JSON.stringify(options.record)],
  ]);

  /** Moves what sits at or below `fromRow` in the given columns by `by` rows. */
  function shift(fromRow: number, span: Box, by: number): void {
    const inSpan = (box: Box) =>
      box.column >= span.column && box.column + box.columns <= span.column + span.columns;
    const move = (grid: Map<string, unknown>) =>
      new Map(
        [...grid].map(([k, value]) => {
          const [row, column] = k.split(",").map(Number);
          const moves = row >= fromRow && inSpan({ row, column, rows: 1, columns: 1 });
          return [key(moves ? row + by : row, column), value];
        }),
      );
    cells = move(cells);
    formats = move(formats);
    json = move(json);
    for (const box of [...tables.values(), ...ranges.map((r) => r.box)]) {
      if (box.row >= fromRow && inSpan(box)) box.row += by;
    }
  }

  /** Deletes one row of cells in the given columns, pulling the cells under it up. */
  function deleteRow(row: number, span: Box): void {
    for (let c = span.column; c < span.column + span.columns; c++) {
      cells.delete(key(row, c));
      formats.delete(key(row, c));
      json.delete(key(row, c));
    }
    shift(row + 1, span, -1);
  }

  class SheetRange {
    private readonly pending = new Set<string>();
    private readonly loaded = new Map<string, unknown>();

    constructor(readonly box: Box) {
      if (box.rows < 1 || box.columns < 1) throw new Error("a range has at least one cell");
      ranges.push(this);
    }

    load(properties: string): this {
      for (const p of properties.split(",")) this.pending.add(p.trim());
      return this;
    }

    resolve(): void {
      for (const p of this.pending) this.loaded.set(p, this.read(p));
      this.pending.clear();
    }

    private read(property: string): unknown {
      if (property === "values") return this.grid((r, c) => cells.get(key(r, c)) ?? "");
      if (property === "rowCount") return this.box.rows;
      throw new Error(`the mock cannot load ${property}`);
    }

    private loadedValue<T>(property: string): T {
      if (!this.loaded.has(property)) throw new Error(`${property} read before load and sync`);
      return this.loaded.get(property) as T;
    }

    private grid(at: (row: number, column: number) => unknown): unknown[][] {
      const { row, column, rows, columns } = this.box;
      return Array.from({ length: rows }, (_, r) =>
        Array.from({ length: columns }, (_, c) => at(row + r, column + c)),
      );
    }

    private write(target: Map<string, unknown>, grid: unknown[][]): void {
      const { row, column, rows, columns } = this.box;
      if (grid.length !== rows || grid.some((line) => line.length !== columns)) {
        throw new Error(`a ${grid.length}-row grid written to ${a1Of(this.box)}`);
      }
      grid.forEach((line, r) => line.forEach((v, c) => target.set(key(row + r, column + c), v)));
    }

    get values(): unknown[][] {
      return this.loadedValue("values");
    }
    set values(grid: unknown[][]) {
      const { row, column } = this.box;
      this.write(
        cells,
        grid.map((line, r) =>
          line.map((v, c) => (formats.get(key(row + r, column + c)) === "@" ? v : asGeneral(v))),
        ),
      );
      // Plain values replace whatever data type a cell held, as in Excel.
      this.write(
        json,
        grid.map((line) => line.map(() => undefined)),
      );
    }
    get rowCount(): number {
      return this.loadedValue("rowCount");
    }
    set numberFormat(grid: unknown[][]) {
      this.write(formats, grid);
    }
    set valuesAsJson(grid: unknown[][]) {
      this.write(json, grid);
    }
    set hyperlink(_link: unknown) {}

    getCell(r: number, c: number) {
      return new SheetRange({
        row: this.box.row + r,
        column: this.box.column + c,
        rows: 1,
        columns: 1,
      });
    }
    getOffsetRange(r: number, c: number) {
      return new SheetRange({ ...this.box, row: this.box.row + r, column: this.box.column + c });
    }
    getResizedRange(r: number, c: number) {
      return new SheetRange({
        ...this.box,
        rows: this.box.rows + r,
        columns: this.box.columns + c,
      });
    }
    getColumn(c: number) {
      return new SheetRange({ ...this.box, column: this.box.column + c, columns: 1 });
    }
    getRowsBelow(count = 1) {
      return new SheetRange({ ...this.box, row: this.box.row + this.box.rows, rows: count });
    }
  }

  for (const { at, block, names } of options.blocks) {
    const origin = parseA1(at);
    const layout = layoutBlock(block);
    layout.placements.forEach(({ table, rowOffset }, i) => {
      const box = {
        row: origin.row + rowOffset,
        column: origin.column,
        rows: 1 + table.rows.length,
        columns: table.headers.length,
      };
      const range = new SheetRange(box);
      range.numberFormat = [
        table.headers.map(() => "@"),
        ...table.rows.map(() => [...table.numberFormats]),
      ];
      range.values = [[...table.headers], ...table.rows.map((row) => [...row])];
      tables.set(names[i], { ...box });
    });
    block.lines.forEach((line, i) => {
      cells.set(key(origin.row + layout.lineOffsets[i], origin.column), line);
    });
  }

  function tableProxy(name: string) {
    const box = tables.get(name)!;
    return {
      getHeaderRowRange: () => new SheetRange({ ...box, rows: 1 }),
      getDataBodyRange: () => new SheetRange({ ...box, row: box.row + 1, rows: box.rows - 1 }),
      rows: {
        add(_index: unknown, values: unknown[][]) {
          const end = box.row + box.rows;
          shift(end, box, values.length);
          box.rows += values.length;
          new SheetRange({ ...box, row: end, rows: values.length }).values = values;
        },
        getItemAt: (index: number) => ({
          delete() {
            deleteRow(box.row + 1 + index, box);
            box.rows -= 1;
          },
        }),
      },
    };
  }

  const setting = new OfficeMockObject({ value: settings.get(INSERTED_TABLES_SETTING) });
  setting.isNullObject = false;
  const context = new OfficeMockObject({
    workbook: {
      settings: {
        getItemOrNullObject: () => setting,
        add: (k: string, value: string) => settings.set(k, value),
      },
      tables: {
        items: [...tables.keys()].map((name) => ({ name })),
        getItem: tableProxy,
      },
    },
  });
  const collection = context.workbook.tables;
  collection.load = () => OfficeMockObject.prototype.load.call(collection, "items");
  const syncTree = context.sync.bind(context);
  context.sync = async () => {
    await syncTree();
    await setting.sync();
    for (const range of ranges) range.resolve();
  };

  return {
    context,
    cell: (a1) => {
      const { row, column } = parseA1(a1);
      return cells.get(key(row, column)) ?? "";
    },
    setCell: (a1, value) => {
      const { row, column } = parseA1(a1);
      cells.set(key(row, column), value);
    },
    table(name) {
      const box = tables.get(name)!;
      const body = { ...box, row: box.row + 1, rows: box.rows - 1 };
      const grid = (from: Map<string, unknown>) =>
        Array.from({ length: body.rows }, (_, r) =>
          Array.from({ length: body.columns }, (_, c) =>
            from.get(key(body.row + r, body.column + c)),
          ),
        );
      return {
        address: a1Of(box),
        values: grid(cells),
        numberFormats: grid(formats),
        json: grid(json),
      };
    },
    savedRecord: () => JSON.parse(settings.get(INSERTED_TABLES_SETTING)!),
  };
}
