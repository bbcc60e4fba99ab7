export { exportsBlock } from "./exports-table";
export { layoutBlock, type BlockLayout, type Placement } from "./layout";
export { parksBlock } from "./parks-tables";
export { distinctSourceIds, firstSourceLink, sourcesText } from "./source-text";
export type { CellValue, InsertBlock, TableKind, TableSpec } from "./table-spec";
export { isWebLink } from "./web-link";
