import { makePeriod, periodKey, type Period } from "../periods";
import type { RegionCode } from "../regions";
import { slotFigures, withoutRepeats, type Slot } from "./figures";
import { classify, findGroups, findPlaces, findTokens, type Token } from "./marks";
import type { ReleaseFigure, ReleaseReading, SkippedNumber } from "./reading";
import type { SkipCode } from "./reasons";
import { findSpans, type SpanMark } from "./spans";
import { foldWidth, splitSentences, type Sentence } from "./text";
import {
  APPROXIMATE_AFTER,
  APPROXIMATE_BEFORE,
  FORECAST,
  NOT_YEAR_ON_YEAR,
  PART_OF_EXPORTS,
} from "./words";

export type { ReleaseFigure, ReleaseReading, SkippedNumber } from "./reading";

interface State {
  published: string;
  namedYear: number | null;
  region: RegionCode | "other" | null;
  period: Period | null;
  periodAssumedYear: boolean;
}

/**
 * Reads the export figures a Chinese release gives, as releases write them: regions, products
 * (with 其中 lists), spans (一季度, 前三季度, 1-5月, 今年, 去年…), amounts (万元 … 万亿元, 万美元, 亿美元,
 * 折合) and growth (增长 X%, 下降 X%, 增长 X倍, 增速, 增幅). A region or a span a sentence does not
 * name is carried from the text before it. Forecasts, imports, other goods, shares and bounds are
 * not taken: each such number is listed with the reason.
 *
 * `published` (YYYY-MM-DD) anchors 今年 and 去年, and gives a span named without a year its year
 * when no year is named before it: the year of publication, or the year before when the span had
 * not yet ended then (a full-year figure published in January is last year's).
 */
export function readRelease(text: string, published: string): ReleaseReading {
  const state: State = {
    published,
    namedYear: null,
    region: null,
    period: null,
    periodAssumedYear: false,
  };
  const figures: ReleaseFigure[] = [];
  const skipped: SkippedNumber[] = [];
  for (const sentence of splitSentences(text)) {
    readSentence(sentence, state, figures, skipped);
  }
  return { figures: withoutRepeats(figures, skipped), skipped };
}

function readSentence(
  sentence: Sentence,
  state: State,
  figures: ReleaseFigure[],
  skipped: SkippedNumber[],
): void {
  const folded = foldWidth(sentence.text);
  const tokens = findTokens(folded);
  const spans = findSpans(folded);
  const places = findPlaces(folded);
  const groups = findGroups(folded);
  const resolved = spans.map((mark) => resolveSpan(mark, state));
  const skip = (token: Token, reason: SkipCode, word?: string) =>
    skipped.push({
      sentence: sentence.text,
      at: sentence.at,
      number: token.text,
      reason,
      ...(word ? { word } : {}),
    });

  const slots = new Map<string, Slot>();
  let previous: (Token & { class: string }) | null = null;
  for (const token of tokens) {
    const window = folded.slice(previous?.end ?? 0, token.at);
    const prefix = folded.slice(0, token.at);
    // "增长104.4%、65.3%和95.7%": a number right after another of its kind is read like it.
    const continues: boolean =
      previous !== null &&
      (previous.kind === "rate") === (token.kind === "rate") &&
      /^[\s、和及与]*$/.test(window);
    const tokenClass: string = continues ? previous!.class : classify(token, window);
    if (continues) {
      token.respectively ||= previous!.respectively;
      token.each ||= previous!.each;
    }
    previous = { ...token, class: tokenClass };

    const forecast = FORECAST.exec(prefix);
    if (forecast) {
      skip(token, "forecast", forecast[0]);
      continue;
    }
    const direction = [...prefix.matchAll(/进出口|进口|出口/g)].at(-1)?.[0];
    if (direction === "进口") {
      skip(token, "imports", direction);
      continue;
    }
    if (tokenClass !== "value" && tokenClass !== "growth" && tokenClass !== "decline") {
      skip(token, tokenClass as SkipCode);
      continue;
    }
    if (token.kind === "rate" && NOT_YEAR_ON_YEAR.test(window)) {
      skip(token, "notYearOnYear", NOT_YEAR_ON_YEAR.exec(window)![0]);
      continue;
    }
    const approximate =
      APPROXIMATE_BEFORE.exec(window.trimEnd()) ?? APPROXIMATE_AFTER.exec(folded.slice(token.end));
    if (approximate || /[多余]/.test(token.text)) {
      skip(token, "approximate", approximate?.[0]);
      continue;
    }
    const group = groups.filter((g) => g.end <= token.at).at(-1);
    if (!group) {
      skip(token, direction === "进出口" ? "allTrade" : "noProduct");
      continue;
    }
    if (!group.items) {
      skip(token, direction === "进出口" ? "allTrade" : "otherGoods", group.word);
      continue;
    }
    // Said anywhere before the number (对欧盟出口“新三样”, 民营企业出口…): when in doubt, not taken.
    const part = PART_OF_EXPORTS.exec(prefix);
    if (part) {
      skip(token, "partOfExports", part[0]);
      continue;
    }
    if (direction !== "出口") {
      skip(token, direction === "进出口" ? "allTrade" : "notExports");
      continue;
    }
    const place = places.filter((p) => p.at < token.at).at(-1);
    const region = place ? (place.code ?? "other") : state.region;
    if (region === "other") {
      skip(token, "otherPlace", place?.word);
      continue;
    }
    if (region === null) {
      skip(token, "noRegion");
      continue;
    }
    const span = resolved.filter((_, i) => spans[i]!.end <= token.at).at(-1) ?? null;
    const period = span?.period ?? state.period;
    if (!period) {
      skip(token, "noPeriod");
      continue;
    }
    if (periodEnd(period) >= state.published) {
      skip(token, "notOver");
      continue;
    }
    const compared = /(?:比|较)(\d{4})年/.exec(window);
    if (token.kind === "rate" && compared && Number(compared[1]) !== period.year - 1) {
      skip(token, "notYearOnYear", compared[0]);
      continue;
    }
    if (tokenClass === "decline") token.value = -Math.abs(token.value);
    if (token.kind === "rate" && (token.value < -100 || token.value > 1e6)) {
      skip(token, "notRate");
      continue;
    }

    const assumed: ReleaseFigure["assumed"] = [];
    if (!place) assumed.push("region");
    if (!span) assumed.push("period");
    if (span ? span.assumedYear : state.periodAssumedYear) assumed.push("year");
    const key = `${groups.indexOf(group)}|${region}|${periodKey(period)}`;
    let slot = slots.get(key);
    if (!slot) {
      slot = { group, region, period, assumed, cny: [], usd: [], rates: [] };
      slots.set(key, slot);
    }
    (token.kind === "rate" ? slot.rates : token.kind === "cny" ? slot.cny : slot.usd).push(token);
  }

  for (const slot of slots.values()) {
    figures.push(...slotFigures(slot, sentence, folded, (t, r) => skip(t, r)));
  }
  // What this sentence names is what the next one means when it names nothing.
  const lastPlace = places.at(-1);
  if (lastPlace) state.region = lastPlace.code ?? "other";
  const lastSpan = resolved.at(-1);
  if (lastSpan) {
    state.period = lastSpan.period;
    state.periodAssumedYear = lastSpan.assumedYear;
  }
}

function resolveSpan(mark: SpanMark, state: State): { period: Period; assumedYear: boolean } {
  const publishedYear = Number(state.published.slice(0, 4));
  let year: number;
  let assumedYear = false;
  if (mark.year.kind === "named") year = mark.year.year;
  else if (mark.year.kind === "relative") year = publishedYear + mark.year.offset;
  else if (state.namedYear !== null) year = state.namedYear;
  else {
    assumedYear = true;
    year = publishedYear;
    if (periodEnd(makePeriod(year, mark.first, mark.last)) >= state.published) year -= 1;
  }
  if (mark.year.kind !== "none") state.namedYear = year;
  return { period: makePeriod(year, mark.first, mark.last), assumedYear };
}

/** The last day of a span, YYYY-MM-DD. */
function periodEnd(p: Period): string {
  const day = new Date(Date.UTC(p.year, p.last, 0)).getUTCDate();
  return `${p.year}-${String(p.last).padStart(2, "0")}-${String(day).padStart(2, "0")}`;
}
