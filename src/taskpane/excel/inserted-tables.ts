import * as z from "zod/mini";
import { LANGUAGES } from "../../core";
import type { TableKind } from "../rows";

/**
 * The workbook setting that lists every table the add-in inserted. The names alone would find a
 * table again, but the list also tells a refresh which ones the user deleted or renamed, so it can
 * report them instead of recreating them.
 */
export const INSERTED_TABLES_SETTING = "ZiboNewThree.insertedTables";

const recordSchema = z.array(
  z.object({
    name: z.string().check(z.minLength(1), z.maxLength(255)),
    kind: z.enum(["exports", "parks", "parkNotes", "context", "chartData"]),
    /** The column keys of the table as inserted, left to right (see TableSpec.columns). */
    columns: z.array(z.string().check(z.maxLength(100))).check(z.maxLength(100)),
    datasetVersion: z.string().check(z.maxLength(100)),
    insertedAt: z.string().check(z.maxLength(40)),
    /**
     * The fingerprint of the body as the add-in last wrote it (see table-fingerprint.ts): a refresh
     * rewrites the table only while it still holds this. Absent in records written before it was
     * kept: such a table is refreshed, and its fingerprint kept from then on.
     */
    fingerprint: z.optional(z.string().check(z.maxLength(40))),
    /**
     * The citation lines under the table, as the add-in last wrote them, and their language: a
     * refresh rewrites a line only while its cell still reads this. Absent on the tables of a
     * block that the lines are not directly under, and in records written before lines were kept.
     */
    citation: z.optional(
      z.object({
        language: z.enum(LANGUAGES),
        lines: z.array(z.string().check(z.maxLength(32767))).check(z.maxLength(10)),
      }),
    ),
  }),
);

export type InsertedTable = z.infer<typeof recordSchema>[number] & { kind: TableKind };

export interface InsertedTablesRecord {
  tables: InsertedTable[];
  /** The setting held something that is not such a list; it is ignored and will be replaced. */
  unreadable: boolean;
}

/** Queues the read of the setting; pass the result to `readInsertedTables` after a sync. */
export function loadInsertedTables(context: Excel.RequestContext): Excel.Setting {
  const setting = context.workbook.settings.getItemOrNullObject(INSERTED_TABLES_SETTING);
  setting.load("value");
  return setting;
}

/** The list in a setting loaded by `loadInsertedTables` and synced. */
export function readInsertedTables(setting: Excel.Setting): InsertedTablesRecord {
  return setting.isNullObject ? { tables: [], unreadable: false } : parse(setting.value);
}

/** Queues the write of the list with the new tables added. */
export function saveInsertedTables(
  context: Excel.RequestContext,
  previous: readonly InsertedTable[],
  added: readonly InsertedTable[],
): void {
  context.workbook.settings.add(INSERTED_TABLES_SETTING, JSON.stringify([...previous, ...added]));
}

function parse(value: unknown): InsertedTablesRecord {
  try {
    const parsed = recordSchema.safeParse(typeof value === "string" ? JSON.parse(value) : value);
    return parsed.success
      ? { tables: parsed.data, unreadable: false }
      : { tables: [], unreadable: true };
  } catch {
    // Not JSON: a foreign or damaged entry; the caller reports it and starts a new list.
    return { tables: [], unreadable: true };
  }
}
