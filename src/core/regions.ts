import type { Language, Localized } from "./localized";
import { fail, ok, type Result } from "./result";
import { normalizeText } from "./text";

export const REGION_CODES = ["ZIBO", "SHANDONG", "CHINA"] as const;
export type RegionCode = (typeof REGION_CODES)[number];

export interface RegionInfo {
  code: RegionCode;
  name: Localized;
  aliases: readonly string[];
}

export const REGIONS: Readonly<Record<RegionCode, RegionInfo>> = {
  ZIBO: { code: "ZIBO", name: { en: "Zibo", zh: "淄博" }, aliases: ["zibo", "淄博", "淄博市"] },
  SHANDONG: {
    code: "SHANDONG",
    name: { en: "Shandong province", zh: "山东" },
    aliases: ["shandong", "shandong province", "山东", "山东省"],
  },
  CHINA: {
    code: "CHINA",
    name: { en: "China", zh: "全国" },
    aliases: ["china", "national", "nationwide", "全国", "中国"],
  },
};

/** A region as a reader names it: "Zibo", "Shandong province", "山东"; an unknown code as written. */
export function regionName(code: string | number, lang: Language): string {
  const region = Object.values(REGIONS).find((r) => r.code === code);
  return region ? region.name[lang] : String(code);
}

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
