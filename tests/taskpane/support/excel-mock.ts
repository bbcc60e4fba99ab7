import { OfficeMockObject } from "office-addin-mock";

/**
 * A workbook described for office-addin-mock, which has no Excel model of its own. Ranges are
 * created on demand at real cell positions and kept by address, so a test asserts what was written
 * where ("Sheet1!B2:L6"). Reads keep the mock's rule: a property is readable only after load and
 * sync. Everything is in one place so the tests read as behaviour, not as set-up.
 */
export interface WorkbookMockOptions {
  /** The selected cell; B2 of Sheet1 unless given. */
  selection?: { sheet: string; row: number; column: number };
  /**
   * Cells that already hold something, by 0-based position on the selection's sheet: what
   * `formulas` reads there, and what `values` reads when it differs (a spilled cell has a value
   * but no formula of its own).
   */
  occupied?: { row: number; column: number; formula: string | number; value?: unknown }[];
  tableNames?: string[];
  definedNames?: string[];
  sheetNames?: string[];
  /** The value of the inserted-tables setting; absent when undefined. */
  setting?: unknown;
}

export interface WorkbookMock {
  context: OfficeMockObject;
  /** The range at an address ("Sheet1!B2:L6"), created when the code under test asked for it. */
  range(address: string): OfficeMockObject;
  /** Ranges the code asked for, by address. */
  addresses(): string[];
  /** Every table added, in order. */
  tables: { range: string; hasHeaders: boolean; table: OfficeMockObject }[];
  /** Operations in the order the code queued them, such as "autofitColumns Sheet1!B2:L6". */
  calls: string[];
  settings: Map<string, unknown>;
}

export function columnName(index: number): string {
  let name = "";
  for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
    name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
  }
  return name;
}

function a1(row: number, column: number, rows: number, columns: number): string {
  const first = `${columnName(column)}${row + 1}`;
  if (rows === 1 && columns === 1) return first;
  return `${first}:${columnName(column + columns - 1)}${row + rows}`;
}

export function workbookMock(options: WorkbookMockOptions = {}): WorkbookMock {
  const selection = options.selection ?? { sheet: "Sheet1", row: 1, column: 1 };
  const occupied = options.occupied ?? [];
  const ranges = new Map<string, OfficeMockObject>();
  const sheets = new Map<string, OfficeMockObject>();
  const dynamic: OfficeMockObject[] = [];
  const calls: string[] = [];
  const tables: WorkbookMock["tables"] = [];
  const settings = new Map<string, unknown>();
  if (options.setting !== undefined) settings.set("ZiboNewThree.insertedTables", options.setting);

  function sheet(name: string): OfficeMockObject {
    const existing = sheets.get(name);
    if (existing) return existing;
    const mock = new OfficeMockObject({
      name,
      tables: {
        add(range: OfficeMockObject, hasHeaders: boolean) {
          const table = new OfficeMockObject({ name: "Table1", style: "" });
          tables.push({ range: String(range.__address), hasHeaders, table });
          calls.push(`tables.add ${range.__address}`);
          return table;
        },
      },
      getRange(address: string) {
        if (address !== "A1") throw new Error(`the mock knows A1 only, not ${address}`);
        return range(name, 0, 0, 1, 1);
      },
      activate() {
        calls.push(`activate ${name}`);
      },
    });
    sheets.set(name, mock);
    return mock;
  }

  function range(
    sheetName: string,
    row: number,
    column: number,
    rows: number,
    columns: number,
  ): OfficeMockObject {
    if (rows < 1 || columns < 1) throw new Error("a range has at least one cell");
    const address = `${sheetName}!${a1(row, column, rows, columns)}`;
    const existing = ranges.get(address);
    if (existing) return existing;
    const grid = (read: (held: (typeof occupied)[number]) => unknown) =>
      Array.from({ length: rows }, (_, r) =>
        Array.from({ length: columns }, (_, c) => {
          const held =
            sheetName === selection.sheet &&
            occupied.find((o) => o.row === row + r && o.column === column + c);
          return held ? read(held) : "";
        }),
      );
    const mock = new OfficeMockObject({
      address,
      formulas: grid((held) => held.formula),
      values: grid((held) => ("value" in held ? held.value : held.formula)),
      format: {
        font: {},
        autofitColumns() {
          calls.push(`autofitColumns ${address}`);
        },
        autofitRows() {
          calls.push(`autofitRows ${address}`);
        },
      },
      getCell: (r: number, c: number) => range(sheetName, row + r, column + c, 1, 1),
      getResizedRange: (dr: number, dc: number) =>
        range(sheetName, row, column, rows + dr, columns + dc),
      getOffsetRange: (dr: number, dc: number) =>
        range(sheetName, row + dr, column + dc, rows, columns),
      getColumn: (c: number) => range(sheetName, row, column + c, rows, 1),
    });
    // Set after construction: the mock would otherwise copy the sheet into a new object.
    mock.worksheet = sheet(sheetName);
    mock.__address = address;
    ranges.set(address, mock);
    dynamic.push(mock);
    return mock;
  }

  const collection = (names: string[]) => ({ items: names.map((name) => ({ name })) });
  const context = new OfficeMockObject({
    workbook: {
      getSelectedRange: () => range(selection.sheet, selection.row, selection.column, 1, 1),
      tables: collection(options.tableNames ?? []),
      names: collection(options.definedNames ?? []),
      worksheets: {
        ...collection(options.sheetNames ?? [selection.sheet]),
        add(name: string) {
          calls.push(`worksheets.add ${name}`);
          return sheet(name);
        },
      },
      settings: {
        getItemOrNullObject(key: string) {
          const item = new OfficeMockObject({ value: settings.get(key) ?? "" });
          // Excel answers isNullObject with every sync; the mock needs it stated.
          item.isNullObject = !settings.has(key);
          dynamic.push(item);
          return item;
        },
        add(key: string, value: unknown) {
          calls.push(`settings.add ${key}`);
          settings.set(key, value);
        },
      },
    },
  });
  // office-addin-mock cannot load through an array ("items/name"); load the items themselves.
  for (const name of ["tables", "names", "worksheets"]) {
    const target = context.workbook[name];
    target.load = (property: string) => {
      if (property !== "items/name") throw new Error(`unexpected load("${property}")`);
      return OfficeMockObject.prototype.load.call(target, "items");
    };
  }
  // Objects created on demand are not in the mock's tree; a sync must reach them as Excel's does.
  const syncTree = context.sync.bind(context);
  context.sync = async () => {
    await syncTree();
    for (const mock of dynamic) await mock.sync();
  };

  return {
    context,
    range(address) {
      const found = ranges.get(address);
      if (!found)
        throw new Error(
          `no range was asked for at ${address}; asked: ${[...ranges.keys()].join(", ")}`,
        );
      return found;
    },
    addresses: () => [...ranges.keys()],
    tables,
    calls,
    settings,
  };
}
