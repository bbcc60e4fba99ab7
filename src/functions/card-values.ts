import { withoutFloatNoise, type CardField, type FigureCard, type ParkCard } from "../core";

/**
 * Excel's shapes for the cards the core builds. Only string literals, never the `Excel` enums:
 * the functions runtime has no `Excel` global on every host.
 */
type Properties = Record<string, Excel.EntityPropertyType>;

function property(field: CardField<string>, attribution: Excel.CellValueAttributionAttributes[]) {
  const value: Excel.CellValue =
    typeof field.value === "number"
      ? {
          type: "Double",
          basicValue: withoutFloatNoise(field.value),
          ...(field.numberFormat ? { numberFormat: field.numberFormat } : {}),
        }
      : { type: "String", basicValue: field.value };
  const metadata: Excel.CellValuePropertyMetadata = {
    ...(field.note ? { sublabel: field.note } : {}),
    ...(attribution.length > 0 ? { attribution } : {}),
  };
  return Object.keys(metadata).length > 0 ? { ...value, propertyMetadata: metadata } : value;
}

function cardParts(
  fields: readonly CardField<string>[],
  card: Pick<FigureCard, "sections" | "sources">,
) {
  // An imported file's source is linked by its own title, never by its address as a publisher.
  const links = card.sources.map((s) => ({
    sourceAddress: s.url,
    sourceText: s.standing === "user" ? s.title : s.publisher,
  }));
  const properties: Properties = {};
  // The first field (the figure, the park's name) carries the links to its sources.
  fields.forEach((field, i) => {
    properties[field.label] = property(field, i === 0 ? links : []);
  });
  const section = (which: CardField["section"], title: string): Excel.CardLayoutListSection => ({
    layout: "List",
    title,
    properties: fields.filter((f) => f.section === which).map((f) => f.label),
  });
  const sections = [
    section("main", card.sections.main),
    section("provenance", card.sections.provenance),
  ];
  return { properties, sections };
}

/** Each card's Excel value, made once: the cells showing one figure share it (never mutated). */
const figureValues = new WeakMap<FigureCard, Excel.DoubleCellValue>();

/** A number that calculates as itself and opens a card with its provenance (ExcelApi 1.19). */
export function figureCellValue(card: FigureCard): Excel.DoubleCellValue {
  let value = figureValues.get(card);
  if (!value) figureValues.set(card, (value = makeFigureCellValue(card)));
  return value;
}

function makeFigureCellValue(card: FigureCard): Excel.DoubleCellValue {
  const { properties, sections } = cardParts(card.fields, card);
  return {
    type: "Double",
    // As every number that reaches a cell: 9.68625, not 9.686250000000001.
    basicValue: withoutFloatNoise(card.value),
    numberFormat: card.numberFormat,
    properties,
    layouts: { card: { title: card.title, sections } },
  };
}

/** A park as an entity: the cell shows its name, the card everything else. */
export function parkCellValue(card: ParkCard): Excel.EntityCellValue {
  const { properties, sections } = cardParts(card.fields, card);
  return {
    type: "Entity",
    text: card.name,
    properties,
    layouts: { card: { title: card.name, sections } },
  };
}

/**
 * Which cards this Excel can show, asked per call: Office may answer only once it is ready.
 * Custom functions return data types from CustomFunctionsRuntime 1.4; a formatted number with
 * properties needs ExcelApi 1.19, an entity ExcelApi 1.16.
 */
export function supportsCards(kind: "figure" | "entity"): boolean {
  const requirements = typeof Office !== "undefined" ? Office.context?.requirements : undefined;
  if (!requirements?.isSetSupported) return false;
  try {
    return (
      requirements.isSetSupported("CustomFunctionsRuntime", "1.4") &&
      requirements.isSetSupported("ExcelApi", kind === "figure" ? "1.19" : "1.16")
    );
  } catch {
    // A host that cannot answer gets the plain value, never an error in the cell.
    return false;
  }
}
