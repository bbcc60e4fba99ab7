/** The test surface of office-stand-in.js (window.__standIn). */
export interface CellView {
  value: unknown;
  formula: string | null;
  numberFormat: string;
  quotePrefix?: boolean;
  hyperlink: { address: string; textToDisplay: string } | null;
  format: { italic?: boolean; wrapText?: boolean; color?: string };
}

export interface StandIn {
  select(sheet: string, a1: string): void;
  setCell(sheet: string, a1: string, value: unknown): void;
  cell(sheet: string, a1: string): CellView | null;
  grid(sheet: string, a1: string, rows: number, columns: number): unknown[][];
  tables(): { name: string; style: string; address: string; hasHeaders: boolean }[];
  sheets(): string[];
  activeSheet(): string;
  setting(key: string): unknown;
  functionIds(): string[];
  failNextSync(code: string, message: string): void;
}

export type StandInWindow = Window & {
  __standIn: StandIn;
  __standInOptions?: { displayLanguage?: string };
};
