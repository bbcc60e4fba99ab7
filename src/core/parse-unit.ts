import { fail, ok, type Result } from "./result";
import { normalizeText } from "./text";
import { unitOf, type Unit } from "./units";

// Apart from the unit table, which the messages list units from: a parse answers with a message,
// so keeping it there would make the messages and the units import each other.

/** An omitted or empty unit means million yuan. */
export function parseUnit(input: unknown): Result<Unit> {
  if (input == null || (typeof input === "string" && input.trim() === "")) return ok("CNY");
  const text = String(input);
  const unit = unitOf(normalizeText(text));
  return unit ? ok(unit) : fail("invalidValue", "unknownUnit", { input: text.slice(0, 60) });
}
