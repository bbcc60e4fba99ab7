import type { PaneStrings } from "./pane-strings";

export const en: PaneStrings = {
  language: "en",
  htmlLang: "en",
  appTitle: "Zibo New Three",
  datasetLine: (p) => `Dataset ${p.version} · as of ${p.asOf}`,
  loading: "Loading…",
  languageLabel: "Language",
  languageAuto: "Same as Office",
  languageNotRemembered:
    "The pane shows this language until it closes; the browser did not let it remember the choice.",

  insertHeading: "Insert tables",
  insertHint: "Tables go at the selected cell; nothing that is already there is overwritten.",
  insertExports: "Insert exports table",
  insertParks: "Insert industrial parks table",
  insertOnNewSheet: "Insert on a new worksheet",

  formulaHeading: "Formula helper",
  formulaHint: "Choose a function to write its example into the selected cell.",
  functionHelp: {
    EXPORTS: "Exports of a category in a quarter, in million yuan (or USD).",
    YOY_BASE: "The year-ago value implied by a value and its year-on-year change.",
    YOY: "Year-on-year change in percent between a value and its base.",
    GROWTH: "The year-on-year rate of a published figure.",
    SHARE: 'A category\'s share of the "new three" total, in percent.',
    SOURCE: "The citation of a figure: publisher, title, date.",
    LATEST: "The latest period with a figure.",
    SERIES: "Every period and value of a category, spilled with a header row.",
    PARKS: "The industrial parks, spilled with a header row.",
    INFO: "The dataset's version and as-of date.",
  },
  writeFormulaLabel: (p) => `Write ${p.formula} into the selected cell`,

  sourcesHeading: "Sources and notes",
  sourcesListHeading: "Sources",
  standing: { primary: "primary source", secondary: "secondary source", user: "supplied by you" },
  publishedOn: (p) => `published ${p.date}`,
  opensInNewWindow: "(opens in a new window)",
  derivedHeading: "Derived figures",
  derivedIntro:
    "No source publishes these numbers directly; they are computed from reported ones as shown.",
  derivedItem: (p) => `${p.region} ${p.category}, ${p.period}, ${p.measure}`,
  noDerived: "The dataset has no derived figures.",
  notesHeading: "Notes",

  statusWorking: "Working…",
  statusInserting: (p) => `Inserting the ${p.what}…`,
  statusInserted: (p) => `Inserted ${p.names} at ${p.address}.`,
  statusInsertedNewSheet: (p) => `Inserted ${p.names} on the new worksheet "${p.sheet}".`,
  statusRecordReset:
    "The workbook's list of inserted tables could not be read, so it was started again.",
  statusTargetNotEmpty: (p) =>
    `Nothing was inserted: ${p.address} is not empty, and the table needs that space. Select an empty cell, or insert on a new worksheet.`,
  statusFormulaWritten: (p) => `Wrote ${p.formula} in ${p.address}.`,
  statusCellNotEmpty: (p) =>
    `Nothing was written: ${p.address} is not empty. Select an empty cell and choose the function again.`,
  statusFailed: (p) => `Could not ${p.action}. ${p.reason}`,
  statusNotExcel: "This add-in works in Excel only.",
  whatExports: "exports table",
  whatParks: "industrial parks table",
  actionInsertExports: "insert the exports table",
  actionInsertParks: "insert the industrial parks table",
  actionWriteFormula: "write the formula",

  table: {
    exports: {
      period: "Period",
      code: "Code",
      category: "Category",
      categoryZh: "Category (Chinese)",
      cnyMn: "Exports (million yuan)",
      usdMn: "Exports (million USD)",
      yoyPct: "Year-on-year %",
      kind: "Kind",
      derivation: "How derived",
      source: "Source",
      sourceLink: "Source link",
    },
    parks: {
      park: "Park",
      nameZh: "Chinese name",
      focus: "Focus",
      location: "Location",
      source: "Source",
      sourceLink: "Source link",
    },
    parkNotes: { note: "Note", details: "Details", source: "Source" },
    kind: { reported: "reported", derived: "derived" },
    partlyDerived: (p) => `reported; ${p.measures} derived`,
    measure: { cny: "million yuan", usd: "million USD", yoy: "year-on-year %" },
    derivationLine: (p) => `${p.measure}: ${p.derivation}`,
    sourceText: (p) =>
      p.published ? `${p.publisher}, "${p.title}", ${p.published}` : `${p.publisher}, "${p.title}"`,
    citationSources: (p) => `Sources: ${p.sources}.`,
    citationDataset: (p) =>
      `Zibo New Three dataset ${p.version}, as of ${p.asOf}. Only published figures and figures derived from them; empty cells are not published.`,
    parksCitationDataset: (p) => `Zibo New Three dataset ${p.version}, as of ${p.asOf}.`,
    sheetName: { exports: "Zibo exports", parks: "Zibo parks" },
  },
};
