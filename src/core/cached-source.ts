/*
 * SOURCE's per-cell lookup, remembered per dataset, language and region. Apart from the other
 * cached lookups so that the citations are fetched with SOURCE, not at start-up.
 */
import { perRegion } from "./cached-lookups";
import { lookupSource } from "./citation";
import type { Dataset } from "./dataset";
import { memoizeLookup } from "./lookup";
import type { Language } from "./messages";
import type { RegionCode } from "./regions";

// A citation's words are in a language, so each language keeps its own memo.
const sourceMemo = (lang: Language) =>
  perRegion((region) =>
    memoizeLookup((ds, category, period, unit) =>
      lookupSource(ds, category, period, unit, region, lang),
    ),
  );
const sourceMemos: Record<Language, ReturnType<typeof sourceMemo>> = {
  en: sourceMemo("en"),
  zh: sourceMemo("zh"),
};

export function lookupSourceCached(
  ds: Dataset,
  category: unknown,
  period: unknown,
  unit: unknown,
  region: RegionCode = "ZIBO",
  lang: Language = "en",
) {
  return sourceMemos[lang](region)(ds, category, period, unit);
}
