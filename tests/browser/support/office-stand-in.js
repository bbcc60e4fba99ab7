/*
 * Served in place of Microsoft's office.js in the browser tests: the Office host, stood in at that
 * boundary only. It implements what the pane and the functions bundle use — Office.onReady,
 * Office.context.displayLanguage, Office.context.officeTheme (none unless a test names one),
 * Office.context.requirements (every set supported unless a test names one missing), Excel.run
 * over a small in-memory workbook, and CustomFunctions.associate/Error/ErrorCode — with Excel's
 * batching: nothing queued on a context happens until context.sync(), a failing operation rejects
 * that sync, and a loaded property is readable only after it. `window.__standIn` lets a test
 * arrange the workbook and read it back, and hold every sync in flight (`holdSyncs`), as a slow
 * Excel does, to see what overlaps.
 */
(() => {
  "use strict";

  const options = window.__standInOptions || {};

  // ---- The workbook -------------------------------------------------------------------------

  const workbook = {
    sheets: [newSheet("Sheet1")],
    activeSheet: "Sheet1",
    selection: { sheet: "Sheet1", row: 1, column: 1 },
    tables: [],
    charts: [],
    names: [],
    settings: new Map(),
    /** An error the next sync rejects with, as when Excel is busy or the document is read-only. */
    failNextSync: null,
    /** While set, syncs wait for it: Excel still working on earlier requests. */
    syncGate: null,
    heldSyncs: 0,
    syncs: 0,
    /** Sheets the user protected: a write to a cell there fails its sync. */
    protectedSheets: new Set(),
  };

  function guardWrite(sheetName) {
    if (workbook.protectedSheets.has(sheetName)) {
      throw excelError(
        "AccessDenied",
        "The cell or chart you're trying to change is on a protected sheet.",
      );
    }
  }

  function newSheet(name) {
    return { name, cells: new Map(), columnWidths: new Map() };
  }

  function sheetNamed(name) {
    const sheet = workbook.sheets.find((s) => s.name === name);
    if (!sheet) throw excelError("ItemNotFound", `There is no worksheet named ${name}.`);
    return sheet;
  }

  function cellAt(sheet, row, column) {
    const key = `${row},${column}`;
    let cell = sheet.cells.get(key);
    if (!cell) {
      cell = { value: "", formula: null, numberFormat: "General", hyperlink: null, format: {} };
      sheet.cells.set(key, cell);
    }
    return cell;
  }

  /** What Excel makes of text written into a cell that is not formatted as text ("@"). */
  function asGeneral(text) {
    const t = text.trim();
    if (/^(true|false)$/i.test(t)) return t.toLowerCase() === "true";
    if (/^[+-]?(\d+\.?\d*|\.\d+)(e[+-]?\d+)?$/i.test(t)) return Number(t);
    if (/^[+-]?(\d+\.?\d*|\.\d+)%$/.test(t)) return Number(t.slice(0, -1)) / 100;
    const date = /^(\d{4})-(\d{2})-(\d{2})$/.exec(t);
    if (date) return Date.UTC(+date[1], +date[2] - 1, +date[3]) / 86_400_000 + 25_569;
    return text;
  }

  /** What Excel does with a value written through `values`. */
  function writeValue(cell, value) {
    if (typeof value === "string" && value.startsWith("'")) {
      cell.value = value.slice(1);
      cell.formula = null;
      cell.quotePrefix = true;
    } else if (typeof value === "string" && /^[=+\-@]/.test(value) && value.length > 1) {
      cell.formula = value.startsWith("=") ? value : `=${value}`;
      cell.value = "(formula)";
      cell.quotePrefix = false;
    } else {
      cell.value =
        typeof value === "string" && cell.numberFormat !== "@" ? asGeneral(value) : value;
      cell.formula = null;
      cell.quotePrefix = false;
    }
  }

  function formulaOf(cell) {
    return cell.formula ?? cell.value;
  }

  function excelError(code, message) {
    const error = new Error(message);
    error.name = "RichApi.Error";
    error.code = code;
    return error;
  }

  function columnName(index) {
    let name = "";
    for (let n = index + 1; n > 0; n = Math.floor((n - 1) / 26)) {
      name = String.fromCharCode(65 + ((n - 1) % 26)) + name;
    }
    return name;
  }

  function parseA1(text) {
    const m = /^([A-Z]+)(\d+)$/.exec(text.toUpperCase());
    if (!m) throw excelError("InvalidArgument", `Not a cell address: ${text}`);
    let column = 0;
    for (const ch of m[1]) column = column * 26 + (ch.charCodeAt(0) - 64);
    return { row: Number(m[2]) - 1, column: column - 1 };
  }

  function quoteSheet(name) {
    return /^[A-Za-z0-9_]+$/.test(name) ? name : `'${name.replace(/'/g, "''")}'`;
  }

  function addressOf(box) {
    const first = `${columnName(box.column)}${box.row + 1}`;
    const last = `${columnName(box.column + box.columns - 1)}${box.row + box.rows}`;
    return `${quoteSheet(box.sheet)}!${first === last ? first : `${first}:${last}`}`;
  }

  function overlaps(a, b) {
    return (
      a.sheet === b.sheet &&
      a.row < b.row + b.rows &&
      b.row < a.row + a.rows &&
      a.column < b.column + b.columns &&
      b.column < a.column + a.columns
    );
  }

  /**
   * Moves the cells from `fromRow` down, in the columns of `span`, by `by` rows (up when negative),
   * and the tables that lie wholly there with them: what inserting or deleting cells does in Excel.
   */
  function shiftCells(span, fromRow, by) {
    const sheet = sheetNamed(span.sheet);
    const inColumns = (column, columns) =>
      column >= span.column && column + columns <= span.column + span.columns;
    const moved = [...sheet.cells].map(([key, cell]) => {
      const [row, column] = key.split(",").map(Number);
      return row >= fromRow && inColumns(column, 1) ? [`${row + by},${column}`, cell] : [key, cell];
    });
    sheet.cells = new Map(moved);
    for (const t of workbook.tables) {
      const b = t.box;
      if (b.sheet === span.sheet && b.row >= fromRow && inColumns(b.column, b.columns)) {
        t.box = { ...b, row: b.row + by };
      }
    }
  }

  function nameTaken(name, except) {
    const lower = name.toLowerCase();
    return (
      workbook.tables.some((t) => t !== except && t.name.toLowerCase() === lower) ||
      workbook.names.some((n) => n.toLowerCase() === lower)
    );
  }

  // ---- The API: proxies that queue operations on their context ------------------------------

  class RequestContext {
    constructor() {
      this.queue = [];
      this.workbook = new Workbook(this);
    }
    enqueue(operation) {
      this.queue.push(operation);
    }
    async sync() {
      const queue = this.queue;
      this.queue = [];
      await Promise.resolve();
      while (workbook.syncGate) {
        workbook.heldSyncs += 1;
        await workbook.syncGate.promise;
        workbook.heldSyncs -= 1;
      }
      workbook.syncs += 1;
      if (workbook.failNextSync) {
        const error = workbook.failNextSync;
        workbook.failNextSync = null;
        throw error;
      }
      for (const operation of queue) operation();
    }
  }

  /** Holds loaded properties; reading one before load and sync fails as in Excel. */
  class Loadable {
    constructor(context) {
      this.context = context;
      this.loaded = new Map();
    }
    load(properties) {
      const names = String(properties)
        .split(",")
        .map((p) => p.trim())
        .filter(Boolean);
      this.context.enqueue(() => {
        for (const name of names) this.loaded.set(name, this.read(name));
      });
      return this;
    }
    loadedValue(name) {
      if (!this.loaded.has(name)) {
        throw excelError(
          "PropertyNotLoaded",
          `The property '${name}' is not available. Load it and call context.sync() first.`,
        );
      }
      return this.loaded.get(name);
    }
  }

  class Workbook {
    constructor(context) {
      this.context = context;
      this.tables = new TableCollection(context);
      this.names = new NameCollection(context, () => [...workbook.names]);
      this.worksheets = new WorksheetCollection(context);
      this.settings = new SettingCollection(context);
    }
    getSelectedRange() {
      const s = workbook.selection;
      return new Range(this.context, {
        sheet: s.sheet,
        row: s.row,
        column: s.column,
        rows: 1,
        columns: 1,
      });
    }
  }

  class NameCollection extends Loadable {
    constructor(context, names) {
      super(context);
      this.names = names;
    }
    read(property) {
      if (property !== "items/name" && property !== "items") {
        throw excelError("InvalidArgument", `The stand-in loads items/name only, not ${property}.`);
      }
      return this.names().map((name) => ({ name }));
    }
    get items() {
      return this.loadedValue("items/name");
    }
  }

  class TableCollection extends NameCollection {
    constructor(context) {
      super(context, () => workbook.tables.map((t) => t.name));
    }
    getItem(name) {
      const table = workbook.tables.find((t) => t.name.toLowerCase() === name.toLowerCase());
      if (!table) throw excelError("ItemNotFound", `There is no table named ${name}.`);
      return new Table(this.context, table);
    }
  }

  class WorksheetCollection extends NameCollection {
    constructor(context) {
      super(context, () => workbook.sheets.map((s) => s.name));
    }
    getActiveWorksheet() {
      return new Worksheet(this.context, workbook.activeSheet);
    }
    add(name) {
      this.context.enqueue(() => {
        if (workbook.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
          throw excelError("InvalidArgument", `A worksheet named ${name} already exists.`);
        }
        workbook.sheets.push(newSheet(name));
      });
      return new Worksheet(this.context, name);
    }
  }

  class Worksheet {
    constructor(context, name) {
      this.context = context;
      this.sheetName = name;
      this.tables = new WorksheetTables(context, name);
      this.charts = new ChartCollection(context, name);
    }
    get name() {
      return this.sheetName;
    }
    /** Renaming: later proxies use the new name at once; the sheet is renamed in order at sync. */
    set name(name) {
      const old = this.sheetName;
      this.sheetName = name;
      this.context.enqueue(() => {
        if (workbook.sheets.some((s) => s.name.toLowerCase() === name.toLowerCase())) {
          throw excelError("InvalidArgument", `A worksheet named ${name} already exists.`);
        }
        sheetNamed(old).name = name;
      });
    }
    getRangeByIndexes(row, column, rows, columns) {
      return new Range(this.context, { sheet: this.name, row, column, rows, columns });
    }
    /** The smallest rectangle holding every non-empty cell, resolved at sync as Excel does. */
    getUsedRangeOrNullObject() {
      return new UsedRange(this.context, this.name);
    }
    getRange(address) {
      const { row, column } = parseA1(address);
      return new Range(this.context, { sheet: this.name, row, column, rows: 1, columns: 1 });
    }
    load() {
      return this;
    }
    /** A copy after the sheet, named as Excel names one ("Sheet1 (2)"); its cells are copies. */
    copy(position, relativeTo) {
      if (position !== "After" || !relativeTo) {
        throw excelError("InvalidArgument", "The stand-in copies a sheet after one only.");
      }
      let n = 2;
      while (workbook.sheets.some((s) => s.name === `${this.name} (${n})`)) n++;
      const name = `${this.name} (${n})`;
      const source = this.name;
      this.context.enqueue(() => {
        const from = sheetNamed(source);
        const sheet = newSheet(name);
        sheet.cells = new Map(
          [...from.cells].map(([key, cell]) => [key, { ...cell, format: { ...cell.format } }]),
        );
        const at = workbook.sheets.indexOf(sheetNamed(relativeTo.name));
        workbook.sheets.splice(at + 1, 0, sheet);
      });
      return new Worksheet(this.context, name);
    }
    activate() {
      this.context.enqueue(() => {
        sheetNamed(this.name);
        workbook.activeSheet = this.name;
        workbook.selection = { sheet: this.name, row: 0, column: 0 };
      });
    }
  }

  class WorksheetTables {
    constructor(context, sheet) {
      this.context = context;
      this.sheet = sheet;
    }
    add(range, hasHeaders) {
      if (!(range instanceof Range)) {
        throw excelError("InvalidArgument", "The stand-in adds tables from Range objects only.");
      }
      const table = { name: null, style: "TableStyleMedium2", box: range.box, hasHeaders };
      this.context.enqueue(() => {
        if (workbook.tables.some((t) => overlaps(t.box, range.box))) {
          throw excelError("InvalidOperation", "A table can't overlap another table.");
        }
        sheetNamed(range.box.sheet);
        table.name = `Table${workbook.tables.length + 1}`;
        workbook.tables.push(table);
      });
      return new Table(this.context, table);
    }
  }

  class Table {
    constructor(context, table) {
      this.context = context;
      this.table = table;
      const box = () => table.box;
      // Rows are added at the table's bottom and deleted from it as in Excel: the cells under the
      // table, in its columns, move down or up with them.
      this.rows = {
        add(index, values) {
          context.enqueue(() => {
            const b = box();
            const sheet = sheetNamed(b.sheet);
            guardWrite(b.sheet);
            shiftCells(b, b.row + b.rows, values.length);
            values.forEach((row, r) =>
              row.forEach((value, c) =>
                writeValue(cellAt(sheet, b.row + b.rows + r, b.column + c), value),
              ),
            );
            table.box = { ...b, rows: b.rows + values.length };
          });
        },
        getItemAt(index) {
          return {
            delete() {
              context.enqueue(() => {
                const b = box();
                const sheet = sheetNamed(b.sheet);
                guardWrite(b.sheet);
                for (let c = 0; c < b.columns; c++)
                  sheet.cells.delete(`${b.row + 1 + index},${b.column + c}`);
                shiftCells(b, b.row + 2 + index, -1);
                table.box = { ...b, rows: b.rows - 1 };
              });
            },
          };
        },
      };
      this.columns = {
        getItemAt(index) {
          return {
            getDataBodyRange() {
              const b = box();
              return new Range(context, {
                ...b,
                row: b.row + 1,
                rows: b.rows - 1,
                column: b.column + index,
                columns: 1,
              });
            },
          };
        },
      };
    }
    set name(name) {
      this.context.enqueue(() => {
        if (!/^[A-Za-z_\\][A-Za-z0-9_.]*$/.test(name) || nameTaken(name, this.table)) {
          throw excelError("InvalidArgument", `The name ${name} is not valid or is taken.`);
        }
        this.table.name = name;
      });
    }
    set style(style) {
      this.context.enqueue(() => {
        this.table.style = style;
      });
    }
    getHeaderRowRange() {
      return new Range(this.context, { ...this.table.box, rows: 1 });
    }
    getDataBodyRange() {
      const b = this.table.box;
      return new Range(this.context, { ...b, row: b.row + 1, rows: b.rows - 1 });
    }
  }

  /** Charts are recorded as the calls made them: type, source address, titles, series formats. */
  class ChartCollection {
    constructor(context, sheet) {
      this.context = context;
      this.sheet = sheet;
    }
    add(type, range, seriesBy) {
      const chart = {
        sheet: this.sheet,
        type,
        source: addressOf(range.box),
        seriesBy,
        name: null,
        title: null,
        valueAxisTitle: null,
        categoryAxisTitle: null,
        legend: null,
        position: null,
        series: [],
      };
      this.context.enqueue(() => {
        sheetNamed(this.sheet);
        workbook.charts.push(chart);
      });
      return new Chart(this.context, chart);
    }
  }

  /** A property whose assignment is queued, as every write to a proxy is. */
  function queuedSetter(context, target, key) {
    return {
      set text(value) {
        context.enqueue(() => (target[key] = value));
      },
    };
  }

  class Chart {
    constructor(context, chart) {
      this.context = context;
      this.chart = chart;
      this.title = queuedSetter(context, chart, "title");
      this.axes = {
        valueAxis: { title: queuedSetter(context, chart, "valueAxisTitle") },
        categoryAxis: { title: queuedSetter(context, chart, "categoryAxisTitle") },
      };
      const self = this;
      this.legend = {
        set position(value) {
          self.context.enqueue(() => (chart.legend = value));
        },
      };
      this.series = {
        getItemAt(index) {
          return { format: seriesFormat(context, chart, index) };
        },
      };
    }
    set name(name) {
      this.context.enqueue(() => (this.chart.name = name));
    }
    setPosition(start, end) {
      this.context.enqueue(() => {
        this.chart.position = [addressOf(start.box), addressOf(end.box)];
      });
    }
  }

  function seriesFormat(context, chart, index) {
    const at = () => (chart.series[index] ??= {});
    return {
      fill: {
        setSolidColor(color) {
          context.enqueue(() => (at().fill = color));
        },
      },
      line: {
        set color(color) {
          context.enqueue(() => (at().lineColor = color));
        },
        set lineStyle(style) {
          context.enqueue(() => (at().lineStyle = style));
        },
      },
    };
  }

  class SettingCollection {
    constructor(context) {
      this.context = context;
    }
    getItemOrNullObject(key) {
      return new Setting(this.context, key);
    }
    add(key, value) {
      this.context.enqueue(() => workbook.settings.set(key, value));
    }
  }

  class Setting extends Loadable {
    constructor(context, key) {
      super(context);
      this.key = key;
      context.enqueue(() => this.loaded.set("isNullObject", !workbook.settings.has(key)));
    }
    read(property) {
      if (property !== "value")
        throw excelError("InvalidArgument", `Unknown property ${property}.`);
      return workbook.settings.get(this.key) ?? null;
    }
    get isNullObject() {
      return this.loadedValue("isNullObject");
    }
    get value() {
      return this.loadedValue("value");
    }
  }

  class Range extends Loadable {
    constructor(context, box) {
      super(context);
      if (box.row < 0 || box.column < 0 || box.rows < 1 || box.columns < 1) {
        throw excelError("InvalidArgument", "The range is outside the worksheet.");
      }
      this.box = box;
      this.format = new RangeFormat(this);
    }
    get worksheet() {
      return new Worksheet(this.context, this.box.sheet);
    }
    cells() {
      const sheet = sheetNamed(this.box.sheet);
      return Array.from({ length: this.box.rows }, (_, r) =>
        Array.from({ length: this.box.columns }, (_, c) =>
          cellAt(sheet, this.box.row + r, this.box.column + c),
        ),
      );
    }
    read(property) {
      if (property === "address") return addressOf(this.box);
      if (property === "formulas") return this.cells().map((row) => row.map(formulaOf));
      if (property === "values") return this.cells().map((row) => row.map((cell) => cell.value));
      if (property === "rowCount") return this.box.rows;
      if (property === "columnCount") return this.box.columns;
      if (property === "rowIndex") return this.box.row;
      throw excelError("InvalidArgument", `The stand-in cannot load ${property}.`);
    }
    get address() {
      return this.loadedValue("address");
    }
    get rowCount() {
      return this.loadedValue("rowCount");
    }
    get columnCount() {
      return this.loadedValue("columnCount");
    }
    get rowIndex() {
      return this.loadedValue("rowIndex");
    }
    get formulas() {
      return this.loadedValue("formulas");
    }
    set formulas(grid) {
      this.writeGrid(grid, (cell, formula) => {
        cell.formula = typeof formula === "string" && formula.startsWith("=") ? formula : null;
        cell.value = cell.formula ? "(formula)" : formula;
      });
    }
    get values() {
      return this.loadedValue("values");
    }
    set values(grid) {
      this.writeGrid(grid, (cell, value) => {
        writeValue(cell, value);
        delete cell.valueAsJson;
      });
    }
    /** A data type (ExcelApi 1.16; a number with properties 1.19): the cell shows its basic value. */
    set valuesAsJson(grid) {
      this.writeGrid(grid, (cell, value) => {
        cell.valueAsJson = JSON.parse(JSON.stringify(value));
        cell.value = value.basicValue ?? value.text ?? "";
        cell.formula = null;
      });
    }
    set numberFormat(grid) {
      this.writeGrid(grid, (cell, format) => {
        cell.numberFormat = format;
      });
    }
    set hyperlink(link) {
      this.context.enqueue(() => {
        for (const row of this.cells()) for (const cell of row) cell.hyperlink = { ...link };
      });
    }
    writeGrid(grid, write) {
      const { rows, columns } = this.box;
      const copy = grid.map((row) => [...row]);
      this.context.enqueue(() => {
        guardWrite(this.box.sheet);
        if (copy.length !== rows || copy.some((row) => row.length !== columns)) {
          throw excelError(
            "InvalidArgument",
            `The grid is ${copy.length}×${copy[0]?.length} but the range ${addressOf(this.box)} is ${rows}×${columns}.`,
          );
        }
        this.cells().forEach((row, r) => row.forEach((cell, c) => write(cell, copy[r][c])));
      });
    }
    getCell(row, column) {
      const b = this.box;
      return new Range(this.context, {
        ...b,
        row: b.row + row,
        column: b.column + column,
        rows: 1,
        columns: 1,
      });
    }
    getResizedRange(rows, columns) {
      const b = this.box;
      return new Range(this.context, { ...b, rows: b.rows + rows, columns: b.columns + columns });
    }
    getOffsetRange(rows, columns) {
      const b = this.box;
      return new Range(this.context, { ...b, row: b.row + rows, column: b.column + columns });
    }
    getSpillingToRangeOrNullObject() {
      return new NoSpill(this.context);
    }
    getColumn(column) {
      const b = this.box;
      return new Range(this.context, { ...b, column: b.column + column, columns: 1 });
    }
    getRowsBelow(count = 1) {
      const b = this.box;
      return new Range(this.context, { ...b, row: b.row + b.rows, rows: count });
    }
  }

  /** A used range or its null object; its box is known only once the sync runs. */
  class UsedRange extends Loadable {
    constructor(context, sheet) {
      super(context);
      this.sheet = sheet;
      context.enqueue(() => {
        const filled = [...sheetNamed(sheet).cells.entries()]
          .filter(([, cell]) => cell.value !== "" || cell.formula)
          .map(([key]) => key.split(",").map(Number));
        this.box =
          filled.length === 0
            ? null
            : {
                sheet,
                row: Math.min(...filled.map(([r]) => r)),
                column: Math.min(...filled.map(([, c]) => c)),
                rows: Math.max(...filled.map(([r]) => r)) - Math.min(...filled.map(([r]) => r)) + 1,
                columns:
                  Math.max(...filled.map(([, c]) => c)) - Math.min(...filled.map(([, c]) => c)) + 1,
              };
        this.loaded.set("isNullObject", this.box === null);
      });
    }
    get isNullObject() {
      return this.loadedValue("isNullObject");
    }
    read(property) {
      const b = this.box;
      if (property === "rowIndex") return b.row;
      if (property === "rowCount") return b.rows;
      if (property === "columnIndex") return b.column;
      return new Range(this.context, b).read(property);
    }
    get formulas() {
      return this.loadedValue("formulas");
    }
    get rowIndex() {
      return this.loadedValue("rowIndex");
    }
    get rowCount() {
      return this.loadedValue("rowCount");
    }
    get columnIndex() {
      return this.loadedValue("columnIndex");
    }
    getCell(row, column) {
      return new Range(this.context, {
        sheet: this.sheet,
        row: this.box.row + row,
        column: this.box.column + column,
        rows: 1,
        columns: 1,
      });
    }
  }

  /** The stand-in computes no formulas, so nothing spills: always the null object. */
  class NoSpill extends Loadable {
    constructor(context) {
      super(context);
      context.enqueue(() => this.loaded.set("isNullObject", true));
    }
    get isNullObject() {
      return this.loadedValue("isNullObject");
    }
    read() {
      return null;
    }
  }

  class RangeFormat {
    constructor(range) {
      this.range = range;
      this.font = new RangeFont(range);
    }
    eachCell(apply) {
      this.range.context.enqueue(() => {
        for (const row of this.range.cells()) for (const cell of row) apply(cell);
      });
    }
    set wrapText(wrap) {
      this.eachCell((cell) => (cell.format.wrapText = wrap));
    }
    set columnWidth(width) {
      const b = this.range.box;
      this.range.context.enqueue(() => {
        const sheet = sheetNamed(b.sheet);
        for (let c = b.column; c < b.column + b.columns; c++) sheet.columnWidths.set(c, width);
      });
    }
    autofitColumns() {
      const b = this.range.box;
      this.range.context.enqueue(() => {
        const sheet = sheetNamed(b.sheet);
        for (let c = b.column; c < b.column + b.columns; c++) sheet.columnWidths.set(c, "autofit");
      });
    }
    autofitRows() {
      this.eachCell((cell) => (cell.format.rowsFitted = true));
    }
  }

  class RangeFont {
    constructor(range) {
      this.range = range;
    }
    set italic(italic) {
      this.range.format.eachCell((cell) => (cell.format.italic = italic));
    }
    set color(color) {
      this.range.format.eachCell((cell) => (cell.format.color = color));
    }
  }

  // ---- Globals office.js provides -----------------------------------------------------------

  /** "1.12" → [1, 12]: versions compare part by part, so 1.12 comes after 1.7. */
  const versionParts = (version) => String(version).split(".").map(Number);
  function atLeast(version, floor) {
    const [a, b] = [versionParts(version), versionParts(floor)];
    for (let i = 0; i < Math.max(a.length, b.length); i++) {
      if ((a[i] ?? 0) !== (b[i] ?? 0)) return (a[i] ?? 0) > (b[i] ?? 0);
    }
    return true;
  }

  /** Sets the host lacks ("ExcelApi 1.12"); a host without a version lacks every later one too. */
  const missingSets = (options.missingSets || []).map((entry) => {
    const [name, version] = entry.split(" ");
    return { name, version };
  });

  /** Office's themes, with the colours Excel reports for each (options.officeTheme names one). */
  const THEMES = {
    White: ["#FFFFFF", "#262626", "#FFFFFF", "#262626"],
    Colorful: ["#FFFFFF", "#262626", "#F3F3F3", "#262626"],
    DarkGray: ["#292929", "#FFFFFF", "#3D3D3D", "#FFFFFF"],
    Black: ["#141414", "#FFFFFF", "#262626", "#FFFFFF"],
  };
  const officeTheme = (() => {
    const theme = options.officeTheme;
    if (typeof theme === "object" && theme !== null) return theme;
    const colours = THEMES[theme];
    if (!colours) return undefined;
    const [body, text, control, controlText] = colours;
    return {
      themeId: theme,
      isDarkTheme: theme === "DarkGray" || theme === "Black",
      bodyBackgroundColor: body,
      bodyForegroundColor: text,
      controlBackgroundColor: control,
      controlForegroundColor: controlText,
    };
  })();

  const ribbonCommands = new Map();
  let taskpaneShown = 0;
  window.Office = {
    HostType: { Excel: "Excel" },
    PlatformType: { OfficeOnline: "OfficeOnline" },
    ThemeId: { Black: "Black", Colorful: "Colorful", DarkGray: "DarkGray", White: "White" },
    context: {
      displayLanguage: options.displayLanguage || "en-US",
      officeTheme,
      requirements: {
        isSetSupported(name, minVersion = "1.1") {
          return !missingSets.some((m) => m.name === name && atLeast(minVersion, m.version));
        },
      },
    },
    addin: {
      async showAsTaskpane() {
        taskpaneShown += 1;
      },
    },
    // Ribbon commands (ExecuteFunction) register here; a test runs one as Excel would.
    actions: {
      associate(id, fn) {
        ribbonCommands.set(id, fn);
      },
    },
    onReady(callback) {
      const info = { host: "Excel", platform: "OfficeOnline" };
      return Promise.resolve().then(() => {
        if (callback) callback(info);
        return info;
      });
    },
  };

  window.Excel = {
    async run(batch) {
      const context = new RequestContext();
      const result = await batch(context);
      await context.sync();
      return result;
    },
  };

  const functions = new Map();
  class CustomFunctionsError extends Error {
    constructor(code, message) {
      super(message);
      this.code = code;
    }
  }
  window.CustomFunctions = {
    associate(id, fn) {
      functions.set(id, fn);
    },
    Error: CustomFunctionsError,
    ErrorCode: {
      invalidValue: "#VALUE!",
      notAvailable: "#N/A",
      divisionByZero: "#DIV/0!",
      invalidNumber: "#NUM!",
      nullReference: "#NULL!",
    },
  };

  // ---- For the tests ------------------------------------------------------------------------

  function cellView(sheetName, a1) {
    const { row, column } = parseA1(a1);
    const cell = sheetNamed(sheetName).cells.get(`${row},${column}`);
    return cell
      ? { ...cell, format: { ...cell.format }, hyperlink: cell.hyperlink && { ...cell.hyperlink } }
      : null;
  }

  const streams = [];
  window.__standIn = {
    select(sheet, a1) {
      sheetNamed(sheet);
      workbook.selection = { sheet, ...parseA1(a1) };
    },
    setCell(sheet, a1, value) {
      const { row, column } = parseA1(a1);
      writeValue(cellAt(sheetNamed(sheet), row, column), value);
    },
    cell: cellView,
    /** A formula cell as Excel would have calculated it: the formula and the value it shows. */
    setFormula(sheet, a1, formula, value) {
      const { row, column } = parseA1(a1);
      const cell = cellAt(sheetNamed(sheet), row, column);
      cell.formula = formula;
      cell.value = value;
    },
    failNextSync(code, message) {
      workbook.failNextSync = excelError(code, message);
    },
    /** From now on syncs wait, in the order they were made, until `releaseSyncs`. */
    holdSyncs() {
      if (workbook.syncGate) return;
      let release;
      const promise = new Promise((resolve) => (release = resolve));
      workbook.syncGate = { promise, release };
    },
    releaseSyncs() {
      const gate = workbook.syncGate;
      workbook.syncGate = null;
      gate?.release();
    },
    /** Protects a sheet as Review › Protect Sheet does: writes to its cells fail. */
    protectSheet(sheet) {
      sheetNamed(sheet);
      workbook.protectedSheets.add(sheet);
    },
    /** How many syncs wait behind `holdSyncs`. */
    heldSyncs: () => workbook.heldSyncs,
    /** How many syncs reached the workbook so far. */
    syncCount: () => workbook.syncs,
    /** A rectangle of cell values (formulas where a cell has one), by its top-left cell and size. */
    grid(sheet, a1, rows, columns) {
      const { row, column } = parseA1(a1);
      const s = sheetNamed(sheet);
      return Array.from({ length: rows }, (_, r) =>
        Array.from({ length: columns }, (_, c) => {
          const cell = s.cells.get(`${row + r},${column + c}`);
          return cell ? formulaOf(cell) : "";
        }),
      );
    },
    tables: () =>
      workbook.tables.map((t) => ({
        name: t.name,
        style: t.style,
        address: addressOf(t.box),
        hasHeaders: t.hasHeaders,
      })),
    sheets: () => workbook.sheets.map((s) => s.name),
    charts: () => workbook.charts.map((c) => ({ ...c, series: c.series.map((x) => ({ ...x })) })),
    activeSheet: () => workbook.activeSheet,
    setting: (key) => workbook.settings.get(key) ?? null,
    functionIds: () => [...functions.keys()],
    /** Calls a streaming function as Excel does; its results so far are read with `results`. */
    stream(id, args) {
      const results = [];
      const plain = (value) =>
        Array.isArray(value)
          ? value.map(plain)
          : value instanceof CustomFunctionsError
            ? { error: value.code, message: value.message }
            : value;
      const invocation = { setResult: (value) => results.push(plain(value)) };
      // Excel passes every declared parameter, an omitted one as null, then the invocation.
      const fn = functions.get(id);
      const given = [...args];
      while (given.length < fn.length - 1) given.push(null);
      fn(...given, invocation);
      streams.push(results);
      return streams.length - 1;
    },
    results: (handle) => streams[handle],
    /** How many times the add-in asked Office to show its task pane. */
    taskpaneShown: () => taskpaneShown,
    /** Runs a ribbon command (ExecuteFunction) and resolves when it calls event.completed(). */
    runRibbonCommand: (id) =>
      new Promise((resolve) => ribbonCommands.get(id)({ completed: resolve })),
  };
})();
