/** The test surface of office-stand-in.js (window.__standIn). */
export interface CellView {
  value: unknown;
  formula: string | null;
  numberFormat: string;
  quotePrefix?: boolean;
  /** A data type written through valuesAsJson (a figure card), as written. */
  valueAsJson?: { type: string; basicValue?: unknown; properties?: Record<string, unknown> };
  hyperlink: { address: string; textToDisplay: string } | null;
  format: { italic?: boolean; wrapText?: boolean; color?: string };
}

export interface ChartView {
  sheet: string;
  type: string;
  source: string;
  seriesBy: string;
  name: string | null;
  title: string | null;
  valueAxisTitle: string | null;
  categoryAxisTitle: string | null;
  legend: string | null;
  position: [string, string] | null;
  series: { fill?: string; lineColor?: string; lineStyle?: string }[];
}

export interface StandIn {
  select(sheet: string, a1: string): void;
  setCell(sheet: string, a1: string, value: unknown): void;
  setFormula(sheet: string, a1: string, formula: string, value: unknown): void;
  cell(sheet: string, a1: string): CellView | null;
  grid(sheet: string, a1: string, rows: number, columns: number): unknown[][];
  tables(): { name: string; style: string; address: string; hasHeaders: boolean }[];
  sheets(): string[];
  charts(): ChartView[];
  activeSheet(): string;
  setting(key: string): unknown;
  functionIds(): string[];
  failNextSync(code: string, message: string): void;
  /** Syncs made from now on wait until releaseSyncs(), in the order they were made. */
  holdSyncs(): void;
  releaseSyncs(): void;
  heldSyncs(): number;
  syncCount(): number;
  protectSheet(sheet: string): void;
  stream(id: string, args: unknown[]): number;
  results(handle: number): unknown[];
  runRibbonCommand(id: string): Promise<void>;
  taskpaneShown(): number;
}

/** Set before office.js loads (see PaneOptions). */
export interface StandInOptions {
  displayLanguage?: string;
  /** Requirement sets the host lacks, as "ExcelApi 1.12"; later versions of the set are lacking too. */
  missingSets?: string[];
  /**
   * Office's theme, by its ThemeId name; or what an older host reports (colours, no themeId).
   * Without it the host reports no theme.
   */
  officeTheme?: "White" | "Colorful" | "DarkGray" | "Black" | { bodyBackgroundColor: string };
}

export type StandInWindow = Window & {
  __standIn: StandIn;
  __standInOptions?: StandInOptions;
};
