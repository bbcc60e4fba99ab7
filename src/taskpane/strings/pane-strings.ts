import type { Language, ProvenanceKind } from "../../core";
import type { FunctionName, ParamName } from "../formula-catalog";

/** Which number of a figure a derivation or a "partly derived" kind refers to. */
export type MeasureName = "cny" | "usd" | "yoy";

/**
 * Every string the pane shows or writes into a workbook, keyed. A language is one object of this
 * type; the compiler refuses a table with a missing key, so a new language cannot lose a string.
 */
export interface PaneStrings {
  /** The language of this table; data with two languages (names, notes) is shown in it. */
  language: Language;
  /** The `lang` of the page when this table is shown (BCP 47). */
  htmlLang: string;
  appTitle: string;
  datasetLine: (p: { version: string; asOf: string }) => string;
  loading: string;
  /** The label of the language switch, and its choice that follows Office's display language. */
  languageLabel: string;
  languageAuto: string;
  languageNotRemembered: string;
  /** The chosen language could not be fetched from the add-in's server; the pane stays as it is. */
  languageNotLoaded: string;
  /** When office.js never arrives or Office never answers: the headline, then what to check. */
  officeDidNotLoad: string;
  officeChecks: readonly string[];
  /** The header's disclosure that figures from an imported file are in use. */
  importedInUse: (p: { figures: string; files: string }) => string;

  /** The answer first: the newest figures and how fresh they are. */
  latestHeading: (p: { period: string }) => string;
  latestNone: string;
  latestValue: (p: { value: string; kind: string }) => string;
  latestYoy: (p: { yoy: string }) => string;
  dismiss: string;

  dataHeading: string;
  refreshData: string;
  dataInUse: (p: { version: string; asOf: string }) => string;
  checkingFeed: string;
  importLabel: string;
  importHint: string;
  importing: (p: { name: string }) => string;
  importTooLarge: (p: { name: string; limit: string }) => string;
  importChoose: string;
  /** Data → Paste a release (its other strings load with it: sections/paste-release-strings.ts). */
  pasteReleaseOpen: string;
  pasteReleaseNotLoaded: string;
  /** A folded section whose drawing code could not be fetched on its opening. */
  sectionNotLoaded: string;
  feedUrlRequired: string;
  feedUrlChecking: (p: { url: string }) => string;
  feedUrlKept: (p: { url: string; reason: string }) => string;
  resetHint: string;
  resetPublished: string;
  resetQuestion: string;
  resetConfirm: string;
  resetCancel: string;
  resetDone: string;
  resetCancelled: string;
  feedSettings: string;
  feedUrlLabel: string;
  feedUrlSave: string;
  feedUrlReset: string;
  feedUrlSaved: (p: { url: string }) => string;
  feedUrlIsDefault: string;
  tablesUpdated: (p: { names: string }) => string;
  tablesMissing: (p: { names: string }) => string;
  tablesChangedByUser: (p: { names: string }) => string;
  tableEditedByUser: (p: { name: string }) => string;
  editedReplace: string;
  editedBeside: string;
  citationsChangedByUser: (p: { names: string }) => string;
  chartsExtended: (p: { names: string }) => string;
  workbookNotUpdated: (p: { reason: string }) => string;
  /** The tables were rewritten; only extending the charts' tables failed. */
  chartsNotExtended: (p: { reason: string }) => string;
  /** A data change reached the formulas, but this Excel cannot rewrite the tables. */
  workbookNeedsExcelApi: (p: { version: string }) => string;

  insertHeading: string;
  insertHint: string;
  insertExports: string;
  /** The exports table's option: a last column of figure cards. */
  insertCards: string;
  /** The option of an exports table in 亿元 and 亿美元. */
  insertIn100m: string;
  insertParks: string;
  insertOnNewSheet: string;
  insertContext: string;

  chartHeading: string;
  chartHint: string;
  chartCategoryLabel: string;
  insertChart: string;
  /** The preview's text alternative: what it shows, then every value. */
  chartPreviewLabel: (p: { items: string }) => string;
  chartPreviewItem: (p: { series: string; period: string; value: string; kind: string }) => string;
  chartPreviewEmpty: string;

  shareHeading: string;
  shareHint: string;
  makeShareableCopy: string;

  /** The catalogue's heading; the rest of what it says comes with its code. */
  catalogueHeading: string;
  formulaHeading: string;
  formulaHint: string;
  formulaFunctionLabel: string;
  formulaInsert: string;
  formulaHelpLink: (p: { name: string }) => string;
  paramLabel: Record<ParamName, string>;
  paramOmitted: string;
  unitName: Record<"CNY" | "USD", string>;
  regionName: Record<"Zibo" | "Shandong" | "China", string>;
  formulaRequired: (p: { param: string }) => string;
  functionHelp: Record<FunctionName, string>;
  writeFormulaLabel: (p: { formula: string }) => string;

  sourcesHeading: string;
  sourcesListHeading: string;
  standing: Record<"primary" | "secondary" | "user", string>;
  publishedOn: (p: { date: string }) => string;
  opensInNewWindow: string;
  derivedHeading: string;
  derivedIntro: string;
  derivedItem: (p: { region: string; category: string; period: string; measure: string }) => string;
  noDerived: string;
  notesHeading: string;
  scopeHeading: string;
  scopeIntro: string;
  scopeItem: (p: { region: string; category: string; period: string }) => string;
  growthOnlyNote: (p: { pct: string }) => string;
  scopeNote: (p: { scope: string }) => string;
  noScopeNotes: string;

  statusWorking: string;
  statusInserting: (p: { what: string }) => string;
  statusInserted: (p: { names: string; address: string }) => string;
  statusInsertedNewSheet: (p: { names: string; sheet: string }) => string;
  statusRecordReset: string;
  statusTargetNotEmpty: (p: { address: string }) => string;
  statusFormulaWritten: (p: { formula: string; address: string }) => string;
  statusCellNotEmpty: (p: { address: string }) => string;
  statusFailed: (p: { action: string; reason: string }) => string;
  statusNotExcel: string;
  /** Office has not answered the page: it is most likely open outside Excel. */
  statusOfficeSilent: string;
  /** Beside an action this Excel cannot run, and in the status line when it is chosen. */
  needsExcelApi: (p: { version: string }) => string;
  whatExports: string;
  whatParks: string;
  actionInsertExports: string;
  actionAddCards: string;
  actionInsertParks: string;
  actionWriteFormula: string;
  whatContext: string;
  actionInsertContext: string;
  statusChartInserted: (p: { sheet: string; table: string }) => string;
  statusNoExportsTable: string;
  statusExportsTableUnusable: (p: { table: string }) => string;
  actionInsertChart: string;
  shareCopySuffix: string;
  statusShareNothing: string;
  statusSharedCopy: (p: { count: number; sheet: string; original: string }) => string;
  /** An error from Excel or the browser: a plain sentence, then the raw detail. */
  errorKnown: Record<string, string>;
  errorUnknown: (p: { detail: string }) => string;
  errorWithDetail: (p: { sentence: string; detail: string }) => string;
  actionShare: string;

  /** Text written into the workbook. */
  table: {
    exports: {
      period: string;
      span: string;
      code: string;
      category: string;
      categoryZh: string;
      cnyMn: string;
      usdMn: string;
      yoyPct: string;
      kind: string;
      derivation: string;
      scope: string;
      source: string;
      sourceLink: string;
      /** The optional column of figure cards. */
      card: string;
    };
    parks: {
      park: string;
      nameZh: string;
      focus: string;
      location: string;
      source: string;
      sourceLink: string;
    };
    parkNotes: { note: string; details: string; source: string };
    context: {
      region: string;
      period: string;
      span: string;
      category: string;
      cnyMn: string;
      yoyPct: string;
      kind: string;
      derivation: string;
      scope: string;
      source: string;
      sourceLink: string;
    };
    /** The chart's own data: a period column, then one column per series. */
    chartData: { period: string };
    chartTitle: (p: { categories: string }) => string;
    chartValueAxis: string;
    chartCategoryAxis: string;
    chartDerivedSeries: (p: { series: string }) => string;
    chartImportedSeries: (p: { series: string }) => string;
    chartSourceLine: (p: { sources: string }) => string;
    chartDerivedLine: string;
    shareProvenance: (p: { version: string; asOf: string }) => string;
    shareSource: (p: { citation: string }) => string;
    kind: Record<ProvenanceKind, string>;
    /** A figure whose source publishes only the growth rate. */
    growthOnly: string;
    /** The span column: the period as a reader says it, marked when it is a year-to-date total. */
    spanText: (p: { label: string; cumulative: boolean }) => string;
    /** A row whose value is reported or imported while some of its numbers are not. */
    partlyDerived: (p: { kind: string; measures: string }) => string;
    measureKind: (p: { measure: string; kind: string }) => string;
    measure: Record<MeasureName, string>;
    derivationLine: (p: { measure: string; derivation: string }) => string;
    sourceText: (p: { publisher: string; title: string; published: string | null }) => string;
    /** Between two sources in one cell or line: "; " in English, "；" in Chinese. */
    sourceSeparator: string;
    /** Between the items of a short list: ", " in English, "、" in Chinese. */
    listSeparator: string;
    contextScopes: () => string;
    citationSources: (p: { sources: string }) => string;
    citationDataset: (p: { version: string; asOf: string }) => string;
    parksCitationDataset: (p: { version: string; asOf: string }) => string;
    sheetName: { exports: string; parks: string; context: string; chart: string };
  };
}
