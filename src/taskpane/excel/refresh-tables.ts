import type { Dataset } from "../../core";
import { refreshCitation, refreshedLines, refreshedSpec } from "../rows";
import { writeCardColumn } from "./card-column";
import { asCell, writeLinks } from "./cells";
import { citationTexts, loadCitationCells, writeCitationLines } from "./citation-cells";
import {
  INSERTED_TABLES_SETTING,
  loadInsertedTables,
  readInsertedTables,
  type InsertedTable,
} from "./inserted-tables";
import { specFingerprint, tableFingerprint } from "./table-fingerprint";

export interface TablesRefreshReport {
  /** Tables rewritten with the current figures. */
  updated: string[];
  /** Tables the add-in inserted that are gone (deleted or renamed): reported once, not recreated. */
  missing: string[];
  /** Tables whose headers the user changed: left as they are. */
  changedByUser: string[];
  /**
   * Tables whose body the user changed (a cell, a row added or deleted) since the add-in last
   * wrote it: left as they are, for the user to replace or to get a fresh table beside.
   */
  editedByUser: string[];
  /** Updated tables with a citation line under them that the user changed or moved: left as is. */
  citationsChangedByUser: string[];
}

/**
 * Rewrites every table the add-in inserted with the current dataset, in place, while it still
 * holds what the add-in last wrote (a table the user edited is left as it is, and named): rows added or
 * changed, the table's style, widths and the cells around it kept, and the citation lines under it
 * that still read what the add-in wrote. Three round trips whatever the number of tables: the
 * record and the workbook's tables; their headers, sizes and citation lines; the writes.
 * A column of figure cards gets its cards again with `cards`; without (an Excel that cannot show
 * them) it keeps the plain numbers.
 */
export async function refreshInsertedTables(
  context: Excel.RequestContext,
  dataset: Dataset,
  {
    cards = false,
    replace = [],
  }: {
    cards?: boolean;
    /** Tables the user chose to replace with the current figures, edited or not. */
    replace?: readonly string[];
  } = {},
): Promise<TablesRefreshReport> {
  const setting = loadInsertedTables(context);
  const tables = context.workbook.tables;
  tables.load("items/name");
  await context.sync();

  const report: TablesRefreshReport = {
    updated: [],
    missing: [],
    changedByUser: [],
    editedByUser: [],
    citationsChangedByUser: [],
  };
  const existing = new Set(tables.items.map((t) => t.name));
  const record = readInsertedTables(setting).tables;
  report.missing = record.filter((t) => !existing.has(t.name)).map((t) => t.name);
  const targets = record
    .filter((t) => t.kind !== "chartData" && existing.has(t.name))
    .map((entry) => {
      const table = tables.getItem(entry.name);
      const header = table.getHeaderRowRange();
      header.load("values");
      const body = table.getDataBodyRange();
      body.load("rowCount,values");
      const citation = entry.citation && loadCitationCells(body, entry.citation.lines.length);
      return { entry, table, header, body, citation };
    });
  if (targets.length === 0 && report.missing.length === 0) return report;
  await context.sync();

  const refreshed = new Map<string, InsertedTable>();
  for (const { entry, table, header, body, citation } of targets) {
    const spec = refreshedSpec(dataset, entry.kind, header.values[0]);
    if (!spec) {
      report.changedByUser.push(entry.name);
      continue;
    }
    const edited =
      entry.fingerprint !== undefined &&
      !replace.includes(entry.name) &&
      tableFingerprint(body.values, spec.cards?.column) !== entry.fingerprint;
    if (edited) {
      report.editedByUser.push(entry.name);
      continue;
    }
    const rows = spec.rows.map((row) => row.map(asCell));
    // New rows arrive blank; their values are written below, after the formats, with the rest.
    if (rows.length > body.rowCount) {
      table.rows.add(
        undefined,
        rows.slice(body.rowCount).map((row) => row.map(() => "")),
      );
    }
    // Surplus rows go from the bottom up, so the indexes still point where they should.
    for (let i = body.rowCount - 1; i >= rows.length; i--) table.rows.getItemAt(i).delete();
    if (rows.length === 0) continue;
    const data = header.getOffsetRange(1, 0).getResizedRange(rows.length - 1, 0);
    // The format first: values written into a General cell are converted as they land.
    data.numberFormat = rows.map(() => [...spec.numberFormats]);
    data.values = rows;
    // The cards replace the plain numbers of their column where Excel shows them.
    if (cards) writeCardColumn(header, spec);
    writeLinks(header, spec);
    report.updated.push(entry.name);
    const updated: InsertedTable = {
      ...entry,
      datasetVersion: dataset.version,
      fingerprint: specFingerprint(spec),
    };
    if (entry.citation && citation) {
      const lines = refreshCitation(
        entry.citation.lines,
        citationTexts(citation),
        refreshedLines(dataset, entry.kind, entry.citation.language),
      );
      writeCitationLines(header, rows.length, lines.writes);
      if (lines.leftAlone) report.citationsChangedByUser.push(entry.name);
      updated.citation = { ...entry.citation, lines: lines.lines };
    }
    refreshed.set(entry.name, updated);
  }
  const kept: InsertedTable[] = record
    .filter((t) => !report.missing.includes(t.name))
    .map((t) => refreshed.get(t.name) ?? t);
  context.workbook.settings.add(INSERTED_TABLES_SETTING, JSON.stringify(kept));
  await context.sync();
  return report;
}
