import type { Language, Localized } from "./localized";

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
