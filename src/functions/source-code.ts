/*
 * The code of SOURCE (citations and the working of derived figures), fetched on first use as one
 * chunk: the functions start without it.
 */
export { citedAsOf, lookupSourceCached } from "../core";
