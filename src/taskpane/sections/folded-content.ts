// The folded sections' drawing code, loaded on demand (folded-code.ts).
export { previewData } from "../rows";
export { FormulaPicker } from "../ui/formula-picker";
export { formulaWriter, mountCatalogue } from "./catalogue";
export { mountPasteReleaseButton } from "./paste-release-launcher";
export { renderChartPreview } from "../ui/render-chart-preview";
export { renderSources } from "../ui/render-sources";
