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

  dataHeading: "Data",
  refreshData: "Refresh",
  checkingFeed: "Checking for new figures…",
  importLabel: "Import a file",
  importHint:
    "A dataset file (.json) or figures as CSV with the header period,category,value_cny_mn,yoy_pct,source_title,source_url,published. Nothing is applied unless the whole file is valid.",
  importing: (p) => `Importing ${p.name}…`,
  importTooLarge: (p) => `${p.name} was not imported: it is larger than ${p.limit}.`,
  feedSettings: "Feed settings",
  feedUrlLabel: "Feed address (https)",
  feedUrlSave: "Save and refresh",
  feedUrlReset: "Use the default feed",
  feedUrlSaved: (p) => `The feed is now ${p.url}.`,
  feedUrlIsDefault: "This is the add-in's own feed.",
  tablesUpdated: (p) => `Tables updated in place: ${p.names}.`,
  tablesMissing: (p) =>
    `Not found, so not updated (deleted or renamed): ${p.names}. Insert them again to get the new figures.`,
  tablesChangedByUser: (p) => `Left as they are, because their headers were changed: ${p.names}.`,
  citationsChangedByUser: (p) =>
    `Citation lines edited or moved in the sheet were left as they are, so they may name an older dataset: under ${p.names}.`,
  chartsExtended: (p) => `Charts extended with the new quarters: ${p.names}.`,
  workbookNotUpdated: (p) => `The tables could not be updated: ${p.reason}`,
  workbookNeedsExcelApi: (p) =>
    `The tables and charts the add-in inserted were not updated: that needs Excel JavaScript API ${p.version} (requirement set ExcelApi ${p.version}), which this version of Excel does not have. The ZIBO formulas show the new figures.`,

  insertHeading: "Insert tables",
  insertHint: "Tables go at the selected cell; nothing that is already there is overwritten.",
  insertExports: "Insert exports table",
  insertCards: "Add a column of figure cards to the exports table (each figure with its source)",
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
  chartPreviewDerivedNote: "Hatched bars are derived from reported figures, not reported.",

  shareHeading: "Share without the add-in",
  shareHint:
    "Replaces every ZIBO formula by its current value and notes the sources under the used range, so people without the add-in see figures, not #NAME?. Excel cannot undo this: save a copy of the workbook first.",
  shareScopeLabel: "Convert",
  shareScopeSelection: "The selected range",
  shareScopeSheet: "The whole worksheet",
  makeShareableCopy: "Make a shareable copy",

  formulaHeading: "Formula helper",
  formulaHint: "Choose a function to write its example into the selected cell.",
  functionHelp: {
    EXPORTS: "Exports of a category in a quarter, in million yuan (or USD).",
    YOY_BASE: "The year-ago value implied by a value and its year-on-year change.",
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
    `No chart was inserted: the exports table ${p.table} no longer has the period, code, exports and kind columns the chart reads, or has no quarter. Insert the exports table again, then the chart.`,
  actionInsertChart: "insert the chart",
  statusShared: (p) =>
    `Converted ${p.count} ZIBO ${p.count === 1 ? "formula" : "formulas"} to values; the sources are noted at ${p.address}.`,
  statusShareNothing: "Nothing was changed: there is no ZIBO formula there.",
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
    chartSourceLine: (p) => `Source: ${p.sources}.`,
    chartDerivedLine:
      'Series marked "(derived)", lighter with a dashed outline, are computed from reported figures, not reported.',
    shareProvenance: (p) =>
      `Figures converted to values from the Zibo New Three add-in, dataset ${p.version} as of ${p.asOf}.`,
    shareSource: (p) => `Source: ${p.citation}`,
    kind: { reported: "reported", derived: "derived" },
    growthOnly: "reported: growth rate only, no value published",
    spanText: (p) => (p.cumulative ? `${p.label}, cumulative (year to date)` : p.label),
    partlyDerived: (p) => `reported; ${p.measures} derived`,
    measure: { cny: "million yuan", usd: "million USD", yoy: "year-on-year %" },
    derivationLine: (p) => `${p.measure}: ${p.derivation}`,
    sourceText: (p) =>
      p.published ? `${p.publisher}, "${p.title}", ${p.published}` : `${p.publisher}, "${p.title}"`,
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
