import type { Localized } from "./localized";
import { fail, ok, type Result } from "./result";
import { normalizeText } from "./text";

export const CATEGORY_CODES = ["TOTAL", "NEV", "LIB", "PV", "LIB_PV"] as const;
export type CategoryCode = (typeof CATEGORY_CODES)[number];

export interface CategoryInfo {
  code: CategoryCode;
  name: Localized;
  aliases: readonly string[];
}

export const CATEGORIES: Readonly<Record<CategoryCode, CategoryInfo>> = {
  TOTAL: {
    code: "TOTAL",
    name: { en: '"New three" (NEV, lithium-ion batteries, photovoltaic products)', zh: "新三样" },
    aliases: ["new three", "new 3", "all", "新三样", "新三样合计"],
  },
  NEV: {
    code: "NEV",
    name: { en: "New energy vehicles", zh: "新能源汽车" },
    // Also the words provincial and customs releases use; their figures carry a scope note
    // saying what they count (electric vehicles, electric passenger vehicles).
    aliases: [
      "new energy vehicles",
      "new energy vehicle",
      "新能源汽车",
      "新能源车",
      "ev",
      "electric vehicles",
      "electric passenger vehicles",
      "电动汽车",
      "电动载人汽车",
    ],
  },
  LIB: {
    code: "LIB",
    name: { en: "Lithium-ion batteries", zh: "锂电池" },
    aliases: [
      "lithium-ion batteries",
      "lithium-ion battery",
      "lithium ion batteries",
      "lithium batteries",
      "li-ion",
      "锂电池",
      "锂离子电池",
    ],
  },
  PV: {
    code: "PV",
    name: { en: "Photovoltaic products", zh: "光伏产品" },
    aliases: [
      "photovoltaic products",
      "photovoltaic",
      "photovoltaics",
      "solar",
      "光伏",
      "光伏产品",
    ],
  },
  LIB_PV: {
    code: "LIB_PV",
    name: {
      en: "Lithium-ion batteries and photovoltaic products together",
      zh: "锂电池与光伏产品合计",
    },
    aliases: ["lib+pv", "lib + pv", "lib pv", "lib-pv", "锂电池和光伏产品", "锂电池与光伏产品"],
  },
};

// Built on the first parse, not as the functions start.
let lookup: Map<string, CategoryCode> | null = null;

function buildLookup(): Map<string, CategoryCode> {
  const map = new Map<string, CategoryCode>();
  for (const info of Object.values(CATEGORIES)) {
    map.set(normalizeText(info.code), info.code);
    for (const alias of info.aliases) map.set(normalizeText(alias), info.code);
  }
  return map;
}

export function parseCategory(input: unknown): Result<CategoryCode> {
  const text = typeof input === "string" ? input : input == null ? "" : String(input);
  const code = (lookup ??= buildLookup()).get(normalizeText(text));
  if (code) return ok(code);
  if (text.trim() === "") return fail("invalidValue", "missingArgument", { name: "category" });
  return fail("invalidValue", "unknownCategory", {
    input: text.slice(0, 60),
    valid: CATEGORY_CODES.join(", "),
    // Chinese readers get the Chinese names, each with the code that also works.
    validZh: CATEGORY_CODES.map((c) => `${CATEGORIES[c].name.zh}（${c}）`).join("、"),
  });
}
