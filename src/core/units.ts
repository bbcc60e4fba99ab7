import { LANGUAGES, listText, type Language } from "./localized";

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

/** Chinese size words in the order of SCALES: 元, 万元, 百万元, 亿元, 十亿元. */
const ZH_SIZES = ["", "万", "百万", "亿", "十亿"];

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
export function unitName(unit: Unit, lang: Language): string {
  const currency = currencyOf(unit);
  return UNIT_NAME[lang](CODES[currency].indexOf(unit), currency);
}

const UNIT_NAME: Record<Language, (size: number, currency: Currency) => string> = {
  // Single dollars are "US dollars", so that "USD" alone never names anything but millions.
  en: (i, currency) =>
    i === 0 && currency === "USD"
      ? "US dollars"
      : ["", "10,000 ", "million ", "100 million ", "billion "][i] +
        (currency === "USD" ? "USD" : "yuan"),
  zh: (i, currency) => ZH_SIZES[i] + (currency === "USD" ? "美元" : "元"),
};

/** English size words in the order of SCALES, before or after the currency word. */
const EN_SIZES = [
  "",
  "10k|10,000|10000|ten thousand",
  "million|mn|m",
  "100 million|100m|hundred million",
  "billion|bn",
];
/** A currency code or name alone means millions, as it always has; 元 and "yuan" are the unit. */
const ALONE: Record<string, Unit> = {
  cny: "CNY",
  rmb: "CNY",
  人民币: "CNY",
  million: "CNY",
  mn: "CNY",
  百万: "CNY",
  usd: "USD",
  us$: "USD",
  $: "USD",
  万: "CNY_10K",
  亿: "CNY_100M",
  billion: "CNY_BN",
  十亿: "CNY_BN",
};
const ZH = /^(万|百万|亿|十亿)?(元|人民币元?|美元)$/;
const EN = /^(?:(.+) )?(yuan|cny|rmb|usd|dollars?|us dollars|us\$)(?: (.+))?$/;

export function unitOf(text: string): Unit | undefined {
  if (ALONE[text]) return ALONE[text];
  const zh = ZH.exec(text);
  if (zh) return CODES[zh[2] === "美元" ? "USD" : "CNY"][ZH_SIZES.indexOf(zh[1] ?? "")];
  const en = EN.exec(text);
  if (!en || (en[1] && en[3])) return undefined;
  const size = en[1] ?? en[3] ?? "";
  const i = EN_SIZES.findIndex((words) => words.split("|").includes(size));
  return i < 0 ? undefined : CODES[/yuan|cny|rmb/.test(en[2]!) ? "CNY" : "USD"][i];
}

/** The units a message lists, each with its name in the other language (or its code). */
export function unitList(lang: Language): string {
  const other = LANGUAGES.find((l) => l !== lang) ?? lang;
  // Chinese sets the other name in full-width brackets, with no space.
  const [open, close] = lang === "zh" ? ["（", "）"] : [" (", ")"];
  const names = UNITS.map(
    (u) => `${unitName(u, lang)}${open}${u.length === 3 ? u : unitName(u, other)}${close}`,
  );
  return UNIT_LIST[lang](listText(names, lang));
}

const UNIT_LIST: Record<Language, (names: string) => string> = {
  en: (names) => `${names}; million yuan is the default`,
  zh: (names) => `${names}；默认为百万元`,
};
