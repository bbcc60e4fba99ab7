import type { PaneStrings } from "./pane-strings";
import { bootStrings } from "./boot-strings";

export const en: PaneStrings = {
  language: "en",
  htmlLang: bootStrings.en.htmlLang,
  appTitle: "Zibo New Three",
  datasetLine: (p) => `Dataset ${p.version} · as of ${p.asOf}`,
  loading: bootStrings.en.loading,
  languageLabel: "Language",
  languageAuto: "Same as Office",
  languageNotRemembered:
    "The pane shows this language until it closes; the browser did not let it remember the choice.",
  languageNotLoaded:
    "That language could not be loaded from the add-in's server; the pane stays in this language. Try again when online.",
  officeDidNotLoad: bootStrings.en.officeDidNotLoad,
  officeChecks: bootStrings.en.officeChecks,
  importedInUse: (p) => `Imported figures in use: ${p.figures} (from ${p.files}).`,

  latestHeading: (p) => `Latest figures: ${p.period}`,
  latestNone: "No figures yet.",
  latestValue: (p) => `${p.value} million yuan, ${p.kind}`,
  latestYoy: (p) => `year on year ${p.yoy} %`,
  dismiss: "Dismiss message",

  dataHeading: "Data",
  refreshData: "Refresh",
  dataInUse: (p) => `Data in use: dataset ${p.version}, as of ${p.asOf}.`,
  checkingFeed: "Checking for new figures…",
  importLabel: "Import a file",
  importHint:
    "A dataset file (.json) or figures as CSV with the header period,category,value_cny_mn,yoy_pct,source_title,source_url,published. Nothing is applied unless the whole file is valid.",
  importing: (p) => `Importing ${p.name}…`,
  importTooLarge: (p) => `${p.name} was not imported: it is larger than ${p.limit}.`,
  importChoose: "Choose a file…",
  pasteReleaseOpen: "Paste a release",
  pasteReleaseNotLoaded:
    "The release reader could not be loaded from the add-in's server. Try again when online.",
  sectionNotLoaded:
    "This section could not be loaded from the add-in's server. Open it again when online.",
  feedUrlRequired: "Enter the feed address, starting with https://.",
  feedUrlChecking: (p) => `Checking ${p.url}…`,
  feedUrlKept: (p) => `${p.url} was not saved: ${p.reason} The address shown is still used.`,
  resetHint:
    "Go back to the published data: removes imported figures, a custom feed address and the data saved from it.",
  resetPublished: "Reset to published data",
  resetQuestion:
    "Remove every imported figure, the custom feed address and the saved copy of the data, and use the add-in's published data?",
  resetConfirm: "Yes, reset",
  resetCancel: "Cancel",
  resetDone:
    "Back to the published data: imported figures, the custom feed address and the saved copy were removed.",
  resetCancelled: "Nothing was reset.",
  feedSettings: "Feed settings",
  feedUrlLabel: "Feed address (https)",
  feedUrlSave: "Save and refresh",
  feedUrlReset: "Use the default feed",
  feedUrlSaved: (p) => `The feed is now ${p.url}.`,
  feedUrlIsDefault: "This is the add-in's own feed.",
  tablesUpdated: (p) => `Tables updated in place: ${p.names}.`,
  tablesMissing: (p) =>
    `Not found, so not updated (deleted or renamed): ${p.names}. Insert them again to get the new figures.`,
  tableEditedByUser: (p) => `${p.name} was changed in the workbook and left as it is.`,
  editedReplace: "Replace it with the current figures",
  editedBeside: "Insert a fresh table beside it",
  tablesChangedByUser: (p) => `Left as they are, because their headers were changed: ${p.names}.`,
  citationsChangedByUser: (p) =>
    `Citation lines edited or moved in the sheet were left as they are, so they may name an older dataset: under ${p.names}.`,
  chartsExtended: (p) => `Charts extended with the new quarters: ${p.names}.`,
  workbookNotUpdated: (p) => `The tables could not be updated: ${p.reason}`,
  chartsNotExtended: (p) =>
    `The charts could not take in the new quarters: ${p.reason} The tables above were updated.`,
  workbookNeedsExcelApi: (p) =>
    `The tables and charts the add-in inserted were not updated: that needs Excel JavaScript API ${p.version} (requirement set ExcelApi ${p.version}), which this version of Excel does not have. The ZIBO formulas show the new figures.`,

  insertHeading: "Insert tables",
  insertHint: "Tables go at the selected cell; nothing that is already there is overwritten.",
  insertExports: "Insert exports table",
  insertCards: "Add a column of figure cards to the exports table (each figure with its source)",
  insertIn100m: "Tables in 100 million yuan and 100 million US dollars, not millions",
  insertParks: "Insert industrial parks table",
  insertOnNewSheet: "Insert on a new worksheet",
  insertContext: "Insert context figures table",

  chartHeading: "Chart",
  chartHint:
    "A clustered column chart of exports by quarter on a new worksheet, fed by the inserted exports table.",
  chartCategoryLabel: "Beside TOTAL, show",
  insertChart: "Insert chart",
  chartPreviewLabel: (p) => `Exports by quarter, million yuan: ${p.items}.`,
  chartPreviewItem: (p) => `${p.series} ${p.period}: ${p.value} (${p.kind})`,
  chartPreviewEmpty: "No figures are published for this category.",

  shareHeading: "Share without the add-in",
  shareHint:
    "Copies the active worksheet and, in the copy, turns every ZIBO formula into its current value and notes the sources, so people without the add-in see figures, not #NAME?. The original sheet keeps its formulas.",
  makeShareableCopy: "Make a shareable copy",

  catalogueHeading: "What is published",
  formulaHeading: "Formula helper",
  formulaHint: "Pick a function and its arguments, then insert the formula into the selected cell.",
  formulaFunctionLabel: "Function",
  formulaInsert: "Insert formula",
  formulaHelpLink: (p) => `Help for ${p.name}`,
  paramLabel: {
    category: "Category",
    period: "Period",
    from: "From",
    to: "To",
    unit: "Unit",
    region: "Region",
    name_or_id: "Park",
    current: "Current value",
    base: "Year-ago value",
    yoy_percent: "Year-on-year change (%)",
    form: "Form",
    as_of: "As known on (date)",
  },
  paramOmitted: "(leave out)",
  unitName: { CNY: "million yuan", USD: "million USD" },
  regionName: { Zibo: "Zibo", Shandong: "Shandong", China: "China" },
  formulaRequired: (p) => `Nothing was inserted: give a value for ${p.param}.`,
  functionHelp: {
    EXPORTS: "Exports of a category in a quarter, in million yuan (or USD).",
    YOY_BASE:
      "The year-ago value implied by a value and its year-on-year change in percent points (931.2 means +931.2 %). A rate below 1, such as 0.25 from a %-formatted cell showing 25 %, is read as +0.25 %: multiply such a cell by 100.",
    YOY: "Year-on-year change in percent between a value and its base.",
    GROWTH: "The year-on-year rate of a published figure.",
    SHARE: 'A category\'s share of the "new three" total, in percent.',
    REGION_EXPORTS:
      'Context: the "new three" exports of Shandong province or China, where published.',
    REGION_GROWTH:
      "Context: the year-on-year growth of Shandong's or China's \"new three\", also where only the rate is published.",
    SHARE_OF: "Zibo's exports as a percent of Shandong's or China's in the same period.",
    SOURCE: "The citation of a figure: publisher, title, date.",
    LATEST: "The latest period with a figure.",
    SERIES: "Every period and value of a category, spilled with a header row.",
    FIGURE:
      "A figure as a number with its card: unit, period, region, reported or derived and how, the source and the dataset.",
    PARKS: "The industrial parks, spilled with a header row.",
    PARK: "An industrial park with its card: names, focus, location and sources.",
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
  scopeHeading: "Scope and growth-only figures",
  scopeIntro:
    "Where a source counts something other than the Zibo release by name, or publishes a growth rate without a value:",
  scopeItem: (p) => `${p.region} ${p.category}, ${p.period}`,
  growthOnlyNote: (p) => `Growth rate only (${p.pct} %), no value published.`,
  scopeNote: (p) => `Scope: ${p.scope}.`,
  noScopeNotes: "Every figure counts what the Zibo release counts, and has a value.",

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
  statusOfficeSilent:
    "Excel has not connected to this page, so nothing can be inserted. Open the add-in from Excel: Home › Zibo data.",
  needsExcelApi: (p) =>
    `Not available in this version of Excel: it needs Excel JavaScript API ${p.version} (requirement set ExcelApi ${p.version}). Update Excel to use it; the ZIBO functions work without it.`,
  whatExports: "exports table",
  whatParks: "industrial parks table",
  actionInsertExports: "insert the exports table",
  actionAddCards: "add a column of figure cards",
  actionInsertParks: "insert the industrial parks table",
  actionWriteFormula: "write the formula",
  whatContext: "context figures table",
  actionInsertContext: "insert the context figures table",
  statusChartInserted: (p) =>
    `Inserted the chart on the new worksheet "${p.sheet}", fed by the exports table ${p.table}.`,
  statusNoExportsTable:
    "No chart was inserted: the workbook has no exports table from this add-in. Insert the exports table first, then the chart.",
  statusExportsTableUnusable: (p) =>
    `No chart was inserted: the exports table ${p.table} has no period, code, exports in million yuan or kind column for the chart to read, or no quarter. Insert the exports table in million yuan, then the chart.`,
  actionInsertChart: "insert the chart",
  shareCopySuffix: "shareable",
  statusShareNothing: "No copy was made: this worksheet has no ZIBO formula.",
  statusSharedCopy: (p) =>
    `Made the copy "${p.sheet}" with ${p.count} ZIBO ${p.count === 1 ? "formula" : "formulas"} turned into values and the sources noted under them; "${p.original}" is unchanged.`,
  errorKnown: {
    InvalidOperationInCellEditMode:
      "Excel is editing a cell. Press Enter or Esc to finish, then try again.",
    "Failed to fetch":
      "The network request failed: the computer may be offline, or the address is blocked or does not answer.",
    GeneralException: "Excel could not finish the operation. Try again.",
    ItemNotFound: "Something the add-in needs in the workbook was not found.",
    AccessDenied: "Excel refused the change: the workbook or sheet may be protected or read-only.",
    InsertDeleteConflict: "Excel could not make room here, because of a table or merged cells.",
    ChunkLoadError: "Part of the add-in did not load in time. Try again.",
  },
  errorUnknown: (p) => `Something went wrong. Detail: ${p.detail}`,
  errorWithDetail: (p) => `${p.sentence} Detail: ${p.detail}`,
  actionShare: "make a shareable copy",

  table: {
    exports: {
      period: "Period",
      span: "Months covered",
      code: "Code",
      category: "Category",
      categoryZh: "Category (Chinese)",
      cnyMn: "Exports (million yuan)",
      usdMn: "Exports (million USD)",
      yoyPct: "Year-on-year %",
      kind: "Kind",
      derivation: "How derived",
      scope: "Scope",
      source: "Source",
      sourceLink: "Source link",
      card: "Figure card (million yuan)",
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
    context: {
      region: "Region",
      period: "Period",
      span: "Months covered",
      category: "Category",
      cnyMn: "Exports (million yuan)",
      yoyPct: "Year-on-year %",
      kind: "Kind",
      derivation: "How derived",
      scope: "Scope",
      source: "Source",
      sourceLink: "Source link",
    },
    chartData: { period: "Quarter" },
    chartTitle: (p) => `Zibo "new three" exports by quarter: ${p.categories}`,
    chartValueAxis: "Million yuan",
    chartCategoryAxis: "Quarter",
    chartDerivedSeries: (p) => `${p.series} (derived)`,
    chartImportedSeries: (p) => `${p.series} (imported)`,
    chartSourceLine: (p) => `Source: ${p.sources}.`,
    chartDerivedLine:
      'Series marked "(derived)", lighter with a dashed outline, are computed from reported figures, not reported.',
    shareProvenance: (p) =>
      `Figures converted to values from the Zibo New Three add-in, dataset ${p.version} as of ${p.asOf}.`,
    shareSource: (p) => `Source: ${p.citation}`,
    kind: {
      reported: "reported",
      derived: "derived",
      imported: "imported",
      converted: "converted",
    },
    growthOnly: "reported: growth rate only, no value published",
    spanText: (p) => (p.cumulative ? `${p.label}, cumulative (year to date)` : p.label),
    partlyDerived: (p) => `${p.kind}; ${p.measures}`,
    measureKind: (p) => `${p.measure} ${p.kind}`,
    measure: { cny: "million yuan", usd: "million USD", yoy: "year-on-year %" },
    derivationLine: (p) => `${p.measure}: ${p.derivation}`,
    sourceText: (p) =>
      p.published ? `${p.publisher}, "${p.title}", ${p.published}` : `${p.publisher}, "${p.title}"`,
    sourceSeparator: "; ",
    listSeparator: ", ",
    contextScopes: () =>
      `Scopes differ: these totals are customs' "new three" (electric passenger vehicles, lithium-ion batteries, solar cells) where the scope column says so; Zibo's release counts NEVs, lithium-ion batteries and photovoltaic products. A share of one in the other (SHARE_OF) compares two scopes.`,
    citationSources: (p) => `Sources: ${p.sources}.`,
    citationDataset: (p) =>
      `Zibo New Three dataset ${p.version}, as of ${p.asOf}. Only published figures and figures derived from them; empty cells are not published.`,
    parksCitationDataset: (p) => `Zibo New Three dataset ${p.version}, as of ${p.asOf}.`,
    sheetName: {
      exports: "Zibo exports",
      parks: "Zibo parks",
      context: "Context figures",
      chart: "Zibo chart",
    },
  },
};
