import { catalogueSection } from "./catalogue-section";
import { chartSection } from "./chart";
import { dataSection } from "./data";
import { editedTablesSection } from "./edited-tables";
import { formulaSection } from "./formula";
import { insertSection } from "./insert";
import { latestSection } from "./latest";
import type { SectionFactory } from "./section";
import { shareSection } from "./share";
import { sourcesSection } from "./sources";

export type { Pane, PaneControl, PaneSection, SectionFactory, SectionNeed } from "./section";

/**
 * The pane's sections, in page order; each is built once the pane starts. A new section is a file
 * in this folder with the `PaneSection` shape (see section.ts), its markup in taskpane.html, and
 * one line here.
 */
export const SECTIONS: readonly SectionFactory[] = [
  latestSection,
  editedTablesSection,
  insertSection,
  formulaSection,
  catalogueSection,
  chartSection,
  dataSection,
  shareSection,
  sourcesSection,
];
