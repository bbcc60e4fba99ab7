import { refreshAndUpdate } from "../taskpane/data-actions";

/**
 * The ribbon's Refresh data button (manifest: ExecuteFunction refreshData). It runs in the shared
 * runtime, so the pane, when open, shows the outcome; formulas follow the store by themselves.
 */
export function registerRibbonCommands(): void {
  Office.actions.associate("refreshData", async (event: Office.AddinCommands.Event) => {
    try {
      await refreshAndUpdate();
    } finally {
      event.completed();
    }
  });
}
