import type { Language } from "./messages";
import { periodKey, type Period } from "./periods";

const CHINESE_QUARTERS = ["第一季度", "第二季度", "第三季度", "第四季度"] as const;

/** A period as a reader writes it: `2024Q1` in English, `2024年第一季度` in Chinese. */
export function periodLabel(period: Period, lang: Language): string {
  if (lang === "en") return periodKey(period);
  return period.quarter === null
    ? `${period.year}年`
    : `${period.year}年${CHINESE_QUARTERS[period.quarter - 1]}`;
}
