import { fail, ok, type Result } from "./result";

// One rule for YOY and YOY_BASE: export values are never negative (#NUM!), so no change can fall
// below -100 %, and a rate below -100 % is refused as impossible.

/** The year-ago value behind a current value and its year-on-year change (931.2 means +931.2 %). */
export function yoyBase(currentInput: unknown, pctInput: unknown): Result<number> {
  const current = exportValue(currentInput, "current");
  if (!current.ok) return current;
  const pct = toNumber(pctInput, "yoy_percent");
  if (!pct.ok) return pct;
  if (pct.value === -100) return fail("divisionByZero", "yoyIsMinus100");
  if (pct.value < -100) return fail("invalidNumber", "yoyBelowMinus100");
  return finite(current.value / (1 + pct.value / 100));
}

/** Year-on-year change in percent from a current value and its year-ago base. */
export function yoyChange(currentInput: unknown, baseInput: unknown): Result<number> {
  const current = exportValue(currentInput, "current");
  if (!current.ok) return current;
  const base = exportValue(baseInput, "base");
  if (!base.ok) return base;
  if (base.value === 0) return fail("divisionByZero", "baseIsZero");
  return finite((current.value / base.value - 1) * 100);
}

/** Accepts what Excel passes for a number parameter; empty cells and text are refused. */
export function toNumber(input: unknown, name: string): Result<number> {
  if (typeof input === "number" && Number.isFinite(input)) return ok(input);
  if (input == null || input === "") return fail("invalidValue", "missingArgument", { name });
  return fail("invalidValue", "notANumber", { name, input: String(input).slice(0, 60) });
}

/** A number that is an export value: negative ones are #NUM!. */
function exportValue(input: unknown, name: string): Result<number> {
  const n = toNumber(input, name);
  return n.ok && n.value < 0 ? fail("invalidNumber", "negativeValue", { name, input: n.value }) : n;
}

function finite(n: number): Result<number> {
  return Number.isFinite(n) ? ok(n) : fail("invalidNumber", "outOfRange");
}
