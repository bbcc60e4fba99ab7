/**
 * Text columns and keys are Excel's text format, set before the values are written: under
 * "General" Excel reads a park name such as 2024-05-20, TRUE, 0012 or 50% as a date, a logical or
 * a number, and the cell no longer holds what the source says.
 */
export const TEXT = "@";
/** Excel's text format, for headers, citation lines and any cell that must keep text as text. */
export const TEXT_FORMAT = "@";
export const KEY = "@";
export const MILLIONS = "#,##0.00";
/** 亿 (hundred millions): 70 million yuan is 0.70, 8.5 million is 0.085. */
export const HUNDRED_MILLIONS = "#,##0.00##";
export const PERCENT_CHANGE = "+#,##0.0;-#,##0.0;0.0";
