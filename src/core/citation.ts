import type { Dataset, Measure, Source } from "./dataset";
import { formatDerivation } from "./derivation";
import { lookupExports } from "./lookup";
import type { Language } from "./messages";
import type { RegionCode } from "./regions";
import { ok, type Result } from "./result";

/** The words around a citation; the sources themselves read as they were published. */
const words = {
  en: {
    source: (s: Source) => `${s.publisher}, "${s.title}", ${s.published ?? "undated"}, ${s.url}`,
    separator: "; ",
    derived: (how: string, cited: string) => `derived: ${how}. Source: ${cited}`,
    computed: "computed from the sources below",
  },
  zh: {
    source: (s: Source) => `${s.publisher}，“${s.title}”，${s.published ?? "日期不详"}，${s.url}`,
    separator: "；",
    derived: (how: string, cited: string) => `推算值：${how}。来源：${cited}`,
    computed: "由以下来源的数据计算",
  },
} as const;

/** A source as a reader cites it: publisher, "title", date, address. */
export function formatSource(source: Source, lang: Language = "en"): string {
  return words[lang].source(source);
}

/** Where a number comes from: its sources, and for a derived number how it was computed first. */
export function citeMeasure(ds: Dataset, measure: Measure, lang: Language = "en"): string {
  const w = words[lang];
  const cited = measure.sourceIds
    .map((id) => ds.sources.get(id))
    .filter((s): s is Source => s !== undefined)
    .map((s) => w.source(s))
    .join(w.separator);
  if (measure.kind === "reported") return cited;
  const how = measure.derivation ? formatDerivation(measure.derivation, lang) : w.computed;
  return w.derived(how, cited);
}

/**
 * `=ZIBO.SOURCE(category, period, [unit])`: the citation of the value EXPORTS gives for the same
 * inputs, so a dollar figure converted at a source's rate is cited as derived, with the working.
 */
export function lookupSource(
  ds: Dataset,
  categoryInput: unknown,
  periodInput: unknown,
  unitInput: unknown = null,
  region: RegionCode = "ZIBO",
  lang: Language = "en",
): Result<string> {
  const found = lookupExports(ds, categoryInput, periodInput, unitInput, region);
  if (!found.ok) return found;
  return ok(citeMeasure(ds, found.value.measure, lang));
}
