import type { Dataset } from "../../core";
import type { WorkbookAction } from "../action-runner";
import type { Busy } from "../busy";
import type { PaneAction } from "../requirements";
import type { PaneStrings } from "../strings";
import type { Message, StatusKind } from "../ui/status-line";

/** A control that starts work: disabled while the pane is busy or Excel has not answered. */
export type PaneControl = HTMLButtonElement | HTMLInputElement;

/** Controls that need an ExcelApi version, and the note beside them that says so. */
export interface SectionNeed {
  action: PaneAction;
  controls: readonly HTMLElement[];
  note: HTMLElement;
}

/**
 * One section of the pane, and the one shape every section has. A section is a file in this folder
 * that builds itself from its elements in taskpane.html and the pane's services when it is
 * constructed (showing the strings and data as they are then), and is registered by one line in
 * `index.ts`:
 * - `controls`: what starts its work; the shell disables them while busy or Excel is away;
 * - `startsDataWork`: its controls start data work (`pane.dataWork`); only they wait for it;
 * - `needs`: which of its controls need an ExcelApi version; the shell marks them and words the note;
 * - `applyStrings`: says everything it shows again in a new language (its labels, and its data);
 * - `datasetChanged`: shows new data (a refresh, an import, a reset);
 * - `unsupported`: when its Excel lacks an action's version, beyond marking (an option unticked);
 * - `excelReady`: what starts once Excel can be reached (the Data section's first check).
 * Workbook writes go through `pane.run`; messages through `pane.show`, other work through `pane.busy`.
 */
export interface PaneSection {
  readonly controls: readonly PaneControl[];
  readonly startsDataWork?: boolean;
  readonly needs?: readonly SectionNeed[];
  applyStrings(strings: PaneStrings): void;
  datasetChanged(dataset: Dataset): void;
  unsupported?(action: PaneAction): void;
  excelReady?(): void;
}

/** What the shell lends every section. */
export interface Pane {
  /** The strings the pane speaks now; a language switch replaces them. */
  readonly strings: PaneStrings;
  /** Says something in the message bar; kept as a message so a language switch says it again. */
  show(kind: StatusKind, message: Message): void;
  /** For work other than a workbook action (the Data section's): see `Busy`. */
  readonly busy: Busy;
  /**
   * For data work (the feed, imports, reset): like `busy`, but only the controls of sections that
   * start data work wait; the rest of the pane works from the data in use meanwhile.
   */
  readonly dataWork: Busy;
  /** Runs a workbook action the one way every section does (see action-runner.ts). */
  run<T>(action: WorkbookAction<T>): Promise<void>;
  /** Says why, and answers true, when this Excel lacks what the action needs. */
  refused(action: PaneAction, name: Message): boolean;
  /** Whether this Excel lacks the ExcelApi version the action needs. */
  lacks(action: PaneAction): boolean;
  /** Whether a control waits now (disabled): Excel is away, or the pane is busy. */
  waits(control: PaneControl): boolean;
}

/** How a section is made: registered in `index.ts`. */
export type SectionFactory = (pane: Pane) => PaneSection;
