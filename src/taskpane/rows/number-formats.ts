/** Text columns are "General" (data strings are escaped as they are written); keys stay text. */
export const TEXT = "General";
export const KEY = "@";
export const MILLIONS = "#,##0.00";
export const PERCENT_CHANGE = "+#,##0.0;-#,##0.0;0.0";
