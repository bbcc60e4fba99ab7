import type { Dataset } from "../core";
import { store } from "../data";

function showDatasetInfo(dataset: Dataset): void {
  const info = document.getElementById("dataset-info");
  if (info) info.textContent = `Dataset ${dataset.version}, as of ${dataset.asOf}`;
}

Office.onReady(() => {
  showDatasetInfo(store.current);
  store.subscribe(showDatasetInfo);
});
