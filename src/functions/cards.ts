/*
 * The code of the cards (FIGURE, PARK), fetched on first use as one chunk: the functions start
 * without it.
 */
export { lookupFigureCard, lookupParkCard } from "../core";
export { figureCellValue, parkCellValue, supportsCards } from "./card-values";
