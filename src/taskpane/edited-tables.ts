import { store } from "../data";
import { supportsExcelApi } from "./office-support";
import { missingExcelApi } from "./requirements";
import type { InsertBlock, TableUnit } from "./rows";
import type { Pane } from "./sections/section";
import type { PaneStrings } from "./strings";
import type { WorkbookCode } from "./workbook-code";

/*
 * What the user may do about a table a refresh left as they changed it (sections/edited-tables.ts
 * offers it): loaded on the first click, so the pane starts without it.
 */

// The units a table may be in (rows' TABLE_UNITS), named here so this chunk does not carry rows.
const UNITS: readonly TableUnit[] = ["CNY", "CNY_100M"];

/** Shows which tables are still left as the user changed them. */
type Show = (left: string[]) => void;

/** Replaces the tables with the current figures: the click that says so. */
export function replace(pane: Pane, names: string[], show: Show): Promise<void> {
  return pane.run({
    action: "updateTables",
    // The button's own words: "Could not replace it with the current figures."
    name: (s) => s.editedReplace.toLowerCase(),
    write: (context, code) =>
      code.refreshInsertedTables(context, store.current, {
        cards: !missingExcelApi("cardColumn", supportsExcelApi),
        replace: names,
      }),
    report: (tables) => {
      show(tables.editedByUser);
      const updated = tables.updated.join(", ");
      return { kind: "success", message: (s) => s.tablesUpdated({ names: updated }) };
    },
  });
}

/** A fresh table beside each, with the current figures; the user's tables stay as they are. */
export function insertBeside(pane: Pane, names: string[]): Promise<void> {
  return pane.run({
    action: "insertTable",
    name: (s) => s.editedBeside.toLowerCase(),
    write: async (context, code) => {
      const dataset = store.current;
      const inserted: string[] = [];
      let at = "";
      for (const name of names) {
        const block = (headers: readonly string[]) =>
          blockFor(code, name, pane.strings, dataset, headers);
        const outcome = await code.insertBesideTable(context, name, block, dataset.version);
        if (!outcome) continue;
        if (outcome.status !== "inserted") return { inserted, at, occupied: outcome.address };
        inserted.push(...outcome.names);
        at ||= outcome.address;
      }
      return { inserted, at, occupied: null };
    },
    report: ({ inserted, at, occupied }) => {
      const names = inserted.join(", ");
      if (occupied !== null) {
        return { kind: "warning", message: (s) => s.statusTargetNotEmpty({ address: occupied }) };
      }
      // The changed table stays as the user left it: replacing it is still offered.
      return { kind: "success", message: (s) => s.statusInserted({ names, address: at }) };
    },
  });
}

/**
 * The block a table was inserted with: its kind from its name's prefix (see table-names.ts), its
 * unit and card column from its headers, so a fresh copy of a table in 亿元 is in 亿元 too.
 */
function blockFor(
  code: WorkbookCode,
  name: string,
  strings: PaneStrings,
  dataset: typeof store.current,
  headers: readonly string[],
): InsertBlock | null {
  const lang = strings.language;
  const sameHeaders = (block: InsertBlock) =>
    block.tables[0]?.headers.every((h, i) => h === headers[i]) ?? false;
  const likeTheTable = (blocks: InsertBlock[]) => blocks.find(sameHeaders) ?? blocks[0]!;
  if (name.startsWith("ZiboExports")) {
    return likeTheTable(
      UNITS.flatMap((unit) =>
        [false, true].map((cards) => code.exportsBlock(dataset, strings, lang, { cards, unit })),
      ),
    );
  }
  if (name.startsWith("ZiboPark")) return code.parksBlock(dataset, strings, lang);
  if (name.startsWith("ZiboContext")) {
    return likeTheTable(UNITS.map((unit) => code.contextBlock(dataset, strings, lang, unit)));
  }
  return null;
}
