/*
 * The ZIBO custom functions. The JSDoc of each function is its contract: the build generates
 * functions.json from it and appends the CustomFunctions.associate calls. Ids never change,
 * because saved workbooks refer to them.
 */
import { lookupExports, mapResult, yoyBase } from "../core";
import { cellValue } from "./excel-errors";
import { answerLive } from "./live";

/**
 * Exports of a "new three" category of Zibo in a quarter, in million yuan unless a unit is given. Updates itself when the data is refreshed.
 * @customfunction EXPORTS EXPORTS
 * @helpurl https://localhost:3000/help.html#exports
 * @param category NEV, LIB, PV, TOTAL or LIB_PV; English or Chinese names work too (新能源汽车, 新三样).
 * @param period A quarter such as "2024Q1", "2024-Q1" or "Q1 2024", or a date inside the quarter.
 * @param [unit] "CNY" for million yuan (the default) or "USD" for million US dollars.
 * @param invocation Streaming invocation.
 */
export function exportsValue(
  category: string,
  period: string | number,
  unit: string | undefined,
  invocation: CustomFunctions.StreamingInvocation<number | CustomFunctions.Error>,
): void {
  answerLive(invocation, (dataset) =>
    mapResult(lookupExports(dataset, category, period, unit), (found) => found.value),
  );
}

/**
 * The year-ago value implied by a current value and its year-on-year change: current / (1 + yoy_percent / 100).
 * @customfunction YOY_BASE YOY_BASE
 * @helpurl https://localhost:3000/help.html#yoy_base
 * @param current The current value, such as 80.
 * @param yoy_percent The year-on-year change in percent: 931.2 means +931.2 %.
 * @returns The year-ago base.
 */
export function yoyBaseValue(current: number, yoy_percent: number): number | CustomFunctions.Error {
  return cellValue(yoyBase(current, yoy_percent));
}
