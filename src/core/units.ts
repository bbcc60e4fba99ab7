import { fail, ok, type Result } from "./result";
import { normalizeText } from "./text";

/** CNY: million yuan (the unit sources publish); USD: million US dollars. */
export type Unit = "CNY" | "USD";

const aliases = new Map<string, Unit>([
  ["cny", "CNY"],
  ["rmb", "CNY"],
  ["yuan", "CNY"],
  ["million yuan", "CNY"],
  ["元", "CNY"],
  ["人民币", "CNY"],
  ["百万元", "CNY"],
  ["usd", "USD"],
  ["us$", "USD"],
  ["$", "USD"],
  ["dollar", "USD"],
  ["dollars", "USD"],
  ["million usd", "USD"],
  ["美元", "USD"],
  ["百万美元", "USD"],
]);

/** An omitted or empty unit means CNY. */
export function parseUnit(input: unknown): Result<Unit> {
  if (input == null || (typeof input === "string" && input.trim() === "")) return ok("CNY");
  const text = String(input);
  const unit = aliases.get(normalizeText(text));
  return unit ? ok(unit) : fail("invalidValue", "unknownUnit", { input: text.slice(0, 60) });
}
