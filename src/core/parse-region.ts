import { REGIONS, type RegionCode } from "./regions";
import { fail, ok, type Result } from "./result";
import { normalizeText } from "./text";

// Apart from the region table, which the messages name regions from: a parse answers with a
// message, so keeping it there would make the messages and the regions import each other.

// Built on the first parse, not as the functions start.
let lookup: Map<string, RegionCode> | null = null;

function buildLookup(): Map<string, RegionCode> {
  return new Map<string, RegionCode>(
    Object.values(REGIONS).flatMap((r) => [
      [normalizeText(r.code), r.code] as const,
      ...r.aliases.map((a) => [normalizeText(a), r.code] as const),
    ]),
  );
}

export function parseRegion(input: unknown): Result<RegionCode> {
  const text = typeof input === "string" ? input : input == null ? "" : String(input);
  const code = (lookup ??= buildLookup()).get(normalizeText(text));
  if (code) return ok(code);
  if (text.trim() === "") return fail("invalidValue", "missingArgument", { name: "region" });
  return fail("invalidValue", "unknownRegion", { input: text.slice(0, 60) });
}
