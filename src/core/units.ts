import { fail, ok, type Result } from "./result";
import { normalizeText } from "./text";

export type Currency = "CNY" | "USD";

/**
 * A unit as people write it: a currency and how many of it one unit counts. `CNY` and `USD` are
 * millions (the unit sources publish, and the default); the others are 元 (1), 万 (10,000),
 * 亿 (100 million) and billions of yuan or US dollars.
 */
export type Unit =
  | "CNY"
  | "CNY_1"
  | "CNY_10K"
  | "CNY_100M"
  | "CNY_BN"
  | "USD"
  | "USD_1"
  | "USD_10K"
  | "USD_100M"
  | "USD_BN";

/** Units per currency in one order of size: 1, 10⁴, 10⁶, 10⁸, 10⁹. */
const SCALES = [1, 1e4, 1e6, 1e8, 1e9] as const;
const CODES: Record<Currency, readonly Unit[]> = {
  CNY: ["CNY_1", "CNY_10K", "CNY", "CNY_100M", "CNY_BN"],
  USD: ["USD_1", "USD_10K", "USD", "USD_100M", "USD_BN"],
};

/** Every unit, yuan first, smallest first. */
export const UNITS: readonly Unit[] = [...CODES.CNY, ...CODES.USD];

export function currencyOf(unit: Unit): Currency {
  return unit.startsWith("USD") ? "USD" : "CNY";
}

function scaleOf(unit: Unit): number {
  return SCALES[CODES[currencyOf(unit)].indexOf(unit)]!;
}

/** A value in million yuan or million US dollars, in the unit asked for. */
export function inUnit(millions: number, unit: Unit): number {
  const scale = scaleOf(unit);
  return scale >= 1e6 ? millions / (scale / 1e6) : millions * (1e6 / scale);
}

/** The unit's name in either language: `100 million yuan`, `亿元`. */
export function unitName(unit: Unit, lang: "en" | "zh"): string {
  const i = CODES[currencyOf(unit)].indexOf(unit);
  if (lang === "zh")
    return ["", "万", "百万", "亿", "十亿"][i] + (currencyOf(unit) === "USD" ? "美元" : "元");
  const size = ["", "10,000 ", "million ", "100 million ", "billion "][i];
  return size + (currencyOf(unit) === "USD" ? "USD" : "yuan");
}

// Built on the first parse, not as the functions start.
let aliases: Map<string, Unit> | null = null;

/** Size words before or after a currency word, in English and Chinese, in the order of SCALES. */
function buildAliases(): Map<string, Unit> {
  const map = new Map<string, Unit>();
  const en = [
    [""],
    ["10k", "10,000", "10000", "ten thousand"],
    ["million", "mn", "m"],
    ["100 million", "100m", "hundred million"],
    ["billion", "bn"],
  ];
  const enWords: Record<Currency, string[]> = {
    CNY: ["yuan", "cny", "rmb"],
    USD: ["usd", "dollars", "dollar", "us dollars", "us$"],
  };
  for (const currency of ["CNY", "USD"] as const) {
    CODES[currency].forEach((unit, i) => {
      for (const size of en[i]!) {
        for (const word of enWords[currency]) {
          map.set(size ? `${size} ${word}` : word, unit);
          if (size) map.set(`${word} ${size}`, unit);
        }
      }
      const zhSize = ["", "万", "百万", "亿", "十亿"][i];
      for (const word of currency === "USD" ? ["美元"] : ["元", "人民币", "人民币元"]) {
        map.set(zhSize + word, unit);
      }
    });
  }
  // A currency code or name alone means millions, as it always has; 元 and "yuan" are the unit.
  for (const word of ["cny", "rmb", "人民币", "million", "mn", "百万"]) map.set(word, "CNY");
  for (const word of ["usd", "us$", "$"]) map.set(word, "USD");
  for (const [word, unit] of [
    ["万", "CNY_10K"],
    ["亿", "CNY_100M"],
    ["billion", "CNY_BN"],
    ["十亿", "CNY_BN"],
  ] as const) {
    map.set(word, unit);
  }
  return map;
}

/** The units a message lists, in the user's language. */
export function unitList(lang: "en" | "zh"): string {
  return lang === "zh"
    ? "元、万元、百万元（CNY，默认）、亿元、十亿元；美元、万美元、百万美元（USD）、亿美元、十亿美元"
    : "yuan (元), 10,000 yuan (万元), million yuan (CNY, the default), 100 million yuan (亿元), billion yuan; USD (美元), 10,000 USD (万美元), million USD (USD), 100 million USD (亿美元), billion USD";
}

/** An omitted or empty unit means million yuan. */
export function parseUnit(input: unknown): Result<Unit> {
  if (input == null || (typeof input === "string" && input.trim() === "")) return ok("CNY");
  const text = String(input);
  const unit = (aliases ??= buildAliases()).get(normalizeText(text));
  return unit ? ok(unit) : fail("invalidValue", "unknownUnit", { input: text.slice(0, 60) });
}
