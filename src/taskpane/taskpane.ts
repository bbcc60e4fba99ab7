/*
 * The pane's start: what is fetched while Office starts, how long Office is waited for, and what
 * runs once it answers. The pane itself is the shell (pane-shell.ts) and its sections (sections/).
 */

import { languageFor } from "../core";
import { loadDataService } from "../data";
import { registerRibbonCommands } from "../commands/ribbon-commands";
import { supportsExcelApi } from "./office-support";
import { PaneShell } from "./pane-shell";
import { prefetchFoldedCode } from "./sections/folded-code";
import { browserStorage, LanguageChoice, loadPaneStrings, paneStrings } from "./strings";
import { byId } from "./ui/dom";
import { applyOfficeTheme } from "./ui/theme";

/**
 * How long the page waits for Office before it says Office has not answered: office.js never
 * answers in a page opened with a host in its address but no host around it (a browser tab).
 */
const OFFICE_PATIENCE_MS = 5000;

let pane: Promise<PaneShell> | null = null;

// The system most likely runs Office in its own language: fetch those strings while Office starts.
void loadPaneStrings(languageFor(navigator.language)).catch(() => undefined);
// The data service (saved copy, feed, schema) is fetched while Office starts; a failure is
// reported by the first data action, which tries again.
void loadDataService().catch(() => undefined);

/** Builds the pane once, in the language Office reports (or the browser's, without Office). */
function showPane(displayLanguage: string | undefined, partitionKey?: string): Promise<PaneShell> {
  pane ??= buildPane(displayLanguage, partitionKey);
  return pane;
}

async function buildPane(displayLanguage: string | undefined, partitionKey?: string) {
  const choice = new LanguageChoice(browserStorage(), displayLanguage, partitionKey);
  // Without its strings (the server out of reach), the pane still starts, in English.
  const strings = await loadPaneStrings(choice.language).catch(() => paneStrings("en"));
  const shown = new PaneShell(strings, choice);
  // The page's own "Loading…" gives way to the pane.
  document.getElementById("boot")?.remove();
  byId("app").hidden = false;
  // What the folded sections draw when opened comes once the page is idle, before it is needed.
  prefetchFoldedCode();
  return shown;
}

// Without office.js at all the page's own "Office did not load" stays (boot.ts); with office.js
// but no answer, the pane shows itself and says Excel has not connected.
const silence = setTimeout(() => {
  if (typeof Office !== "undefined")
    void showPane(navigator.language).then((shown) => shown.officeSilent());
}, OFFICE_PATIENCE_MS);

Office.onReady(async (info) => {
  clearTimeout(silence);
  applyOfficeTheme();
  const pane = await showPane(Office.context.displayLanguage, Office.context.partitionKey);
  if (info.host !== Office.HostType.Excel) {
    pane.disableExcelActions();
    return;
  }
  pane.excelConnected();
  pane.markUnsupported(supportsExcelApi);
  registerRibbonCommands();
  // The saved offline copy, then the feed; every outcome reaches the Data section as an event.
  pane.excelReady();
});
