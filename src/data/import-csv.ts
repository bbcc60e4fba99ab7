// The file readers' English comes with the readers (a chunk loaded on first use), so src/core's
// index, which the start runs, does not name it.
// eslint-disable-next-line no-restricted-imports
import { fileMessage } from "../core/file-message";
import Papa from "papaparse";
import {
  CATEGORY_CODES,
  figureKey,
  formulaSign,
  isoDay,
  isTooFarAhead,
  parseCategory,
  parsePeriod,
  periodKey,
  type DatasetContent,
  type DataMessage,
  type Figure,
  type Measure,
  type Source,
} from "../core";
import { lineLocator } from "./json-scan";
import type { LocatedProblem } from "./located-problem";
import { ProblemList } from "./problem-list";
import { nextTurn } from "./next-turn";

export const CSV_COLUMNS = [
  "period",
  "category",
  "value_cny_mn",
  "yoy_pct",
  "source_title",
  "source_url",
  "published",
] as const;

type Column = (typeof CSV_COLUMNS)[number];

export type CsvRead =
  { ok: true; content: DatasetContent } | { ok: false; problems: LocatedProblem[] };

const MAX_ROWS = 10_000;
const MAX_VALUE = 1e9;
const PLAIN_NUMBER = /^-?\d+(\.\d+)?$/;
const DECIMAL_COMMA = /^-?\d+,\d+$/;
const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The separators spreadsheets save CSV with: Excel uses ";" where the decimal mark is a comma. */
const DELIMITERS = [",", ";", "\t"] as const;

/**
 * Reads a CSV of figures (header `period,category,value_cny_mn,yoy_pct,source_title,source_url,
 * published`; fields separated by commas, semicolons or tabs, as the header shows) as
 * user-supplied data for Zibo. Problems are reported with their line and column (the field's
 * position), the first 50 of them in full; nothing is returned unless every row is valid. The
 * event loop gets a turn every few hundred rows (custom functions wait).
 */
export async function contentFromCsvYielding(raw: string, today: Date): Promise<CsvRead> {
  const steps = csvSteps(raw, today);
  for (;;) {
    const step = steps.next();
    if (step.done) return step.value;
    await nextTurn();
  }
}

const ROWS_PER_TURN = 500;

function* csvSteps(raw: string, today: Date): Generator<void, CsvRead> {
  const text = raw.replace(/^\uFEFF/, "");
  const locate = lineLocator(text);
  const problems = new ProblemList();
  const figures: Figure[] = [];
  const sources = new Map<string, Source>();
  const firstLineOf = new Map<string, number>();
  const delimiter = delimiterOf(text);
  const dataRows: { cells: string[]; line: number }[] = [];
  let rowStart = 0;
  let headerSeen = false;

  // First the syntax, the header and the row count; the rows' checks follow in turns.
  Papa.parse<string[]>(text, {
    delimiter,
    skipEmptyLines: false,
    step: (row, parser) => {
      const line = locate(rowStart).line;
      rowStart = row.meta.cursor;
      for (const e of row.errors) {
        // Papa Parse places an unterminated quote's error just after the quote; point at the quote.
        const index = e.code === "MissingQuotes" && e.index !== undefined ? e.index - 1 : e.index;
        const at = index === undefined ? { line, column: 1 } : locate(index);
        problems.add({ ...at, message: csvSyntax(e) });
      }
      const cells = row.data;
      if (cells.length === 1 && cells[0]!.trim() === "") return;
      if (!headerSeen) {
        headerSeen = true;
        if (!isHeader(cells)) {
          problems.addFirst({
            line,
            column: 1,
            message: fileMessage("csvHeader", { expected: CSV_COLUMNS.join(",") }),
          });
        }
        return;
      }
      if (dataRows.length >= MAX_ROWS) {
        problems.addFirst({
          line,
          column: 1,
          message: fileMessage("tooManyRows", { max: MAX_ROWS }),
        });
        parser.abort();
        return;
      }
      dataRows.push({ cells, line });
    },
  });
  yield;

  for (const [i, { cells, line }] of dataRows.entries()) {
    if (i % ROWS_PER_TURN === ROWS_PER_TURN - 1) yield;
    const rowProblems: LocatedProblem[] = [];
    const figure = readRow(cells, line, today, delimiter, rowProblems);
    rowProblems.forEach((p) => problems.add(p));
    if (!figure) continue;
    const key = figureKey(figure.figure.region, figure.figure.category, figure.figure.period);
    const first = firstLineOf.get(key);
    if (first !== undefined) {
      problems.add({
        line,
        column: 1,
        message: fileMessage("duplicateRow", {
          category: figure.figure.category,
          period: periodKey(figure.figure.period),
          firstLine: first,
        }),
      });
      continue;
    }
    firstLineOf.set(key, line);
    figures.push(figure.figure);
    sources.set(figure.source.id, figure.source);
  }

  if (!headerSeen) problems.add({ line: null, column: null, message: fileMessage("emptyFile") });
  else if (problems.count === 0 && figures.length === 0) {
    problems.add({ line: null, column: null, message: fileMessage("csvNoRows") });
  }
  if (problems.count > 0) return { ok: false, problems: problems.toArray() };
  return {
    ok: true,
    content: { version: "import", asOf: isoDay(today), sources, figures, parks: [], notes: [] },
  };
}

/** The separator the header line is written with; a comma when the header is not recognised. */
function delimiterOf(text: string): string {
  const firstLine = /^[^\r\n]*/.exec(text)![0];
  return DELIMITERS.find((d) => isHeader(firstLine.split(d))) ?? ",";
}

function isHeader(cells: string[]): boolean {
  return cells.map((c) => c.trim().toLowerCase()).join(",") === CSV_COLUMNS.join(",");
}

function readRow(
  cells: string[],
  line: number,
  today: Date,
  delimiter: string,
  problems: LocatedProblem[],
): { figure: Figure; source: Source } | null {
  const before = problems.length;
  const report = (column: Column, message: DataMessage): null => {
    problems.push({ line, column: CSV_COLUMNS.indexOf(column) + 1, message });
    return null;
  };
  if (cells.length !== CSV_COLUMNS.length) {
    problems.push({
      line,
      column: 1,
      message: fileMessage("csvFieldCount", { expected: CSV_COLUMNS.length, found: cells.length }),
    });
    return null;
  }
  const cell = (column: Column) => cells[CSV_COLUMNS.indexOf(column)]!;

  const textCell = (column: Column, max: number, required: boolean): string | null => {
    const raw = cell(column);
    const value = raw.trim();
    const sign = formulaSign(raw);
    if (sign) return report(column, fileMessage("formulaCell", { column, char: visible(sign) }));
    if (value === "") return required ? report(column, fileMessage("required", { column })) : null;
    if (value.length > max) return report(column, fileMessage("tooLong", { column, max }));
    return value;
  };

  const numberCell = (column: Column, min: number, required: boolean): number | null => {
    const raw = cell(column);
    const value = raw.trim();
    if (value === "" && !required) return null;
    if (value === "") return report(column, fileMessage("required", { column }));
    // A negative number is not a formula; any other sign, in any width, is refused.
    const sign = formulaSign(raw);
    const decimalComma = delimiter !== "," && DECIMAL_COMMA.test(value);
    if (sign && !(sign === "-" && (PLAIN_NUMBER.test(value) || decimalComma)))
      return report(column, fileMessage("formulaCell", { column, char: visible(sign) }));
    // Where Excel saves ";"-separated files, the decimal mark is a comma: say what to write.
    if (decimalComma) {
      const fixed = value.replace(",", ".");
      return report(column, fileMessage("decimalComma", { column, input: value, fixed }));
    }
    if (!PLAIN_NUMBER.test(value)) {
      return report(column, fileMessage("notNumber", { column, input: value.slice(0, 40) }));
    }
    const n = Number(value);
    if (n < min)
      return report(column, fileMessage(min === 0 ? "negativeValue" : "yoyTooLow", { column }));
    if (n > MAX_VALUE) return report(column, fileMessage("tooBig", { column, max: MAX_VALUE }));
    return n;
  };

  const periodText = textCell("period", 40, true);
  const period = periodText === null ? null : parsePeriod(periodText);
  if (period && !period.ok) {
    const key = period.error.key === "notOneSpan" ? "periodAcrossYears" : "badPeriodCell";
    report("period", fileMessage(key, { input: periodText! }));
  }
  if (period?.ok && isTooFarAhead(period.value, today)) {
    report("period", fileMessage("futurePeriod", { period: periodKey(period.value) }));
  }
  const categoryText = textCell("category", 60, true);
  const category = categoryText === null ? null : parseCategory(categoryText);
  if (category && !category.ok) {
    report(
      "category",
      fileMessage("badCategoryCell", { input: categoryText!, valid: CATEGORY_CODES.join(", ") }),
    );
  }
  // A growth-only row (a rate with no value) leaves value_cny_mn empty.
  const value = numberCell("value_cny_mn", 0, false);
  const yoy = numberCell("yoy_pct", -100, false);
  if (value === null && yoy === null && cell("value_cny_mn").trim() === "") {
    report("value_cny_mn", fileMessage("valueOrRate", {}));
  }
  const title = textCell("source_title", 300, true);
  const url = textCell("source_url", 2000, true);
  if (url !== null && !isHttpUrl(url))
    report("source_url", fileMessage("badUrl", { input: url.slice(0, 100) }));
  const published = textCell("published", 10, false);
  if (published !== null && !isIsoDate(published)) {
    report("published", fileMessage("badDate", { input: published }));
  } else if (published !== null && published > isoDay(today)) {
    // A release cannot be published after today, as a feed's date cannot: a mistyped year.
    report("published", fileMessage("futurePublished", { date: published, today: isoDay(today) }));
  }
  if (problems.length > before || !period?.ok || !category?.ok) return null;

  const source = userSource(title!, url!, published);
  const measure = (n: number): Measure => ({ value: n, kind: "reported", sourceIds: [source.id] });
  return {
    source,
    figure: {
      region: "ZIBO",
      category: category.value,
      period: period.value,
      cny: value === null ? null : measure(value),
      usd: null,
      yoyPct: yoy === null ? null : measure(yoy),
      scope: null,
      history: [],
    },
  };
}

/** A source the user cites; the id is derived from its text so a re-import matches itself. */
function userSource(title: string, url: string, published: string | null): Source {
  return {
    id: `user-${hash(`${title}\n${url}\n${published ?? ""}`)}`,
    title,
    publisher: new URL(url).hostname,
    url,
    ...(published ? { published } : {}),
    standing: "user",
  };
}

function isHttpUrl(text: string): boolean {
  try {
    const url = new URL(text);
    return (url.protocol === "https:" || url.protocol === "http:") && url.hostname !== "";
  } catch {
    return false;
  }
}

function isIsoDate(text: string): boolean {
  if (!ISO_DATE.test(text)) return false;
  const date = new Date(`${text}T00:00:00Z`);
  return !Number.isNaN(date.getTime()) && date.toISOString().startsWith(text);
}

/** FNV-1a, 32 bits, as 8 hex digits: short, stable ids, not security. */
function hash(text: string): string {
  let h = 0x811c9dc5;
  for (let i = 0; i < text.length; i++) {
    h ^= text.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  return (h >>> 0).toString(16).padStart(8, "0");
}

function visible(char: string): string {
  return char === "\t" ? "tab" : char === "\r" ? "carriage return" : char;
}

/** Papa Parse's reasons in both languages where they are ours to word; others as it gives them. */
function csvSyntax(error: Papa.ParseError): DataMessage {
  const known =
    error.code === "MissingQuotes"
      ? fileMessage("csvUnclosedQuote")
      : error.code === "InvalidQuotes"
        ? fileMessage("csvStrayQuote")
        : null;
  return known
    ? fileMessage("csvSyntax", {}, { detail: known })
    : fileMessage("csvSyntax", { detail: error.message });
}
