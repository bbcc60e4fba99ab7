import { bundledContent } from "./bundled";
import { officeStorage } from "./office-storage";
import { DataService } from "./data-service";
import { store } from "./runtime-store";

/**
 * The pane's data service: the saved copy, the feed, imports and the schema that checks them.
 * A chunk of its own (see on-demand.ts), so the page and the functions start without it.
 */
export function createDataService(): DataService {
  return new DataService({
    store,
    storage: officeStorage(),
    bundled: bundledContent(),
    pageUrl: location.href,
  });
}
