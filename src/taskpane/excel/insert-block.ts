import { writeCardColumn } from "./card-column";
import { layoutBlock, TEXT_FORMAT, type BlockLayout, type InsertBlock } from "../rows";
import { asCell, writeLinks, writeTextLine } from "./cells";
import { specFingerprint } from "./table-fingerprint";
import {
  loadInsertedTables,
  readInsertedTables,
  saveInsertedTables,
  type InsertedTable,
  type InsertedTablesRecord,
} from "./inserted-tables";
import { TABLE_PREFIX, uniqueName, uniqueSheetName } from "./table-names";

export const TABLE_STYLE = "TableStyleMedium2";
/** Width in points of a wrapped long-text column (about 50 characters of body text). */
export const WRAP_COLUMN_WIDTH = 280;
const CITATION_COLOR = "#616161";

export type InsertOutcome =
  | {
      status: "inserted";
      /** Names of the new tables, in the block's order. */
      names: string[];
      /** The area the insert covers, tables and citation lines. */
      address: string;
      /** Set when the insert went on a new worksheet. */
      newSheet: string | null;
      /** The workbook's list of inserted tables was unreadable and was started again. */
      recordReset: boolean;
    }
  | { status: "occupied"; address: string };

/**
 * Inserts the block at the selected cell (its top-left cell when a range is selected). Two round
 * trips: one reads the target area, the names in use and the list of inserted tables; one writes.
 * Nothing is written when any cell of the target area holds something.
 */
export async function insertAtSelection(
  context: Excel.RequestContext,
  block: InsertBlock,
  datasetVersion: string,
  now: Date = new Date(),
): Promise<InsertOutcome> {
  const anchor = context.workbook.getSelectedRange().getCell(0, 0);
  return insertAt(context, anchor, block, datasetVersion, now);
}

/**
 * Inserts the block beside the table `name` (one empty column between), at its top row: a fresh
 * table for the reader who keeps their edited one. Refused as occupied like any other target.
 */
export async function insertBesideTable(
  context: Excel.RequestContext,
  name: string,
  /** The fresh block, chosen by the table's headers (a table in 亿元 gets one in 亿元). */
  blockFor: (headers: readonly string[]) => InsertBlock | null,
  datasetVersion: string,
  now: Date = new Date(),
): Promise<InsertOutcome | null> {
  const header = context.workbook.tables.getItem(name).getHeaderRowRange();
  header.load("columnCount, values");
  await context.sync();
  const block = blockFor(header.values[0]?.map(String) ?? []);
  if (!block) return null;
  const anchor = header.getCell(0, 0).getOffsetRange(0, header.columnCount + 1);
  return insertAt(context, anchor, block, datasetVersion, now);
}

async function insertAt(
  context: Excel.RequestContext,
  anchor: Excel.Range,
  block: InsertBlock,
  datasetVersion: string,
  now: Date,
): Promise<InsertOutcome> {
  const layout = layoutBlock(block);
  const target = anchor.getResizedRange(layout.height - 1, layout.width - 1);
  // Formulas catch a formula that shows "", values catch the cells a dynamic array spills into.
  target.load("address, formulas, values");
  const names = loadTakenNames(context);
  const record = loadInsertedTables(context);
  await context.sync();

  const holdsSomething = (grid: unknown[][]) => grid.some((row) => row.some((cell) => cell !== ""));
  if (holdsSomething(target.formulas) || holdsSomething(target.values)) {
    return { status: "occupied", address: target.address };
  }
  const written = queueWrite(context, anchor, {
    block,
    layout,
    taken: takenNames(names),
    record: readInsertedTables(record),
    datasetVersion,
    now,
  });
  await context.sync();
  return { status: "inserted", address: target.address, newSheet: null, ...written };
}

/** Inserts the block at A1 of a new worksheet, which it activates. Two round trips. */
export async function insertOnNewSheet(
  context: Excel.RequestContext,
  block: InsertBlock,
  datasetVersion: string,
  now: Date = new Date(),
): Promise<InsertOutcome> {
  const layout = layoutBlock(block);
  const sheets = context.workbook.worksheets;
  sheets.load("items/name");
  const names = loadTakenNames(context);
  const record = loadInsertedTables(context);
  await context.sync();

  const sheetName = uniqueSheetName(
    block.sheetName,
    sheets.items.map((s) => s.name),
  );
  const sheet = sheets.add(sheetName);
  const anchor = sheet.getRange("A1");
  const written = queueWrite(context, anchor, {
    block,
    layout,
    taken: takenNames(names),
    record: readInsertedTables(record),
    datasetVersion,
    now,
  });
  sheet.activate();
  const area = anchor.getResizedRange(layout.height - 1, layout.width - 1);
  area.load("address");
  await context.sync();
  return { status: "inserted", address: area.address, newSheet: sheetName, ...written };
}

interface NameCollections {
  tables: Excel.TableCollection;
  names: Excel.NamedItemCollection;
}

/** Queues the read of every table and defined name, which share one name space in a workbook. */
function loadTakenNames(context: Excel.RequestContext): NameCollections {
  const tables = context.workbook.tables;
  const names = context.workbook.names;
  tables.load("items/name");
  names.load("items/name");
  return { tables, names };
}

function takenNames({ tables, names }: NameCollections): string[] {
  return [...tables.items.map((t) => t.name), ...names.items.map((n) => n.name)];
}

interface WriteJob {
  block: InsertBlock;
  layout: BlockLayout;
  /** Table and defined names already in the workbook. */
  taken: string[];
  record: InsertedTablesRecord;
  datasetVersion: string;
  now: Date;
}

/** Queues every write of the insert at `anchor`; the caller syncs once. */
function queueWrite(
  context: Excel.RequestContext,
  anchor: Excel.Range,
  { block, layout, taken, record, datasetVersion, now }: WriteJob,
): { names: string[]; recordReset: boolean } {
  const sheet = anchor.worksheet;
  const names: string[] = [];
  for (const { table: spec, rowOffset } of layout.placements) {
    const name = uniqueName(TABLE_PREFIX[spec.kind], [...taken, ...names]);
    names.push(name);
    const origin = rowOffset === 0 ? anchor : anchor.getOffsetRange(rowOffset, 0);
    const range = origin.getResizedRange(spec.rows.length, spec.headers.length - 1);
    // The format first: values written into a General cell are converted as they land.
    range.numberFormat = [
      spec.headers.map(() => TEXT_FORMAT),
      ...spec.rows.map(() => [...spec.numberFormats]),
    ];
    range.values = [spec.headers, ...spec.rows].map((row) => row.map(asCell));
    const table = sheet.tables.add(range, true);
    table.name = name;
    table.style = TABLE_STYLE;
    range.format.autofitColumns();
    for (const column of spec.wrapColumns) {
      const cells = range.getColumn(column);
      cells.format.columnWidth = WRAP_COLUMN_WIDTH;
      cells.format.wrapText = true;
    }
    range.format.autofitRows();
    writeCardColumn(range, spec);
    writeLinks(range, spec);
  }
  block.lines.forEach((line, i) => {
    const cell = anchor.getOffsetRange(layout.lineOffsets[i], 0);
    writeTextLine(cell, line);
    cell.format.font.italic = true;
    cell.format.font.color = CITATION_COLOR;
  });
  // The lines sit under the block's last table, so that table's entry keeps them.
  const underLast = names.length - 1;
  const added: InsertedTable[] = names.map((name, i) => ({
    name,
    kind: layout.placements[i].table.kind,
    columns: [...layout.placements[i].table.columns],
    datasetVersion,
    insertedAt: now.toISOString(),
    fingerprint: specFingerprint(layout.placements[i].table),
    ...(i === underLast && block.lines.length > 0
      ? { citation: { language: block.language, lines: [...block.lines] } }
      : {}),
  }));
  saveInsertedTables(context, record.tables, added);
  return { names, recordReset: record.unreadable };
}
