import { refreshAndUpdate } from "../taskpane/data-actions";

/**
 * The ribbon's Refresh data button (manifest: ExecuteFunction refreshData). It runs in the shared
 * runtime, so the pane shows the outcome in its Data section; formulas follow the store by
 * themselves. When the workbook's tables or charts could not follow (an Excel without the API
 * they need, or an Excel error), the pane is opened, so the reason is seen rather than lost.
 */
export function registerRibbonCommands(): void {
  Office.actions.associate("refreshData", async (event: Office.AddinCommands.Event) => {
    try {
      const { workbook } = await refreshAndUpdate();
      if (workbook && (!workbook.ok || workbook.chartsFailed)) await Office.addin.showAsTaskpane();
    } finally {
      event.completed();
    }
  });
}
