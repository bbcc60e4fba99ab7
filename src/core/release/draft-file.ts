import type { CategoryCode } from "../categories";
import { periodKey } from "../periods";
import type { RegionCode } from "../regions";
import type { ReleaseFigure } from "./read-release";

/** What a maintainer says about the release; the rest is read from it. */
export interface DraftOptions {
  /** YYYY-MM-DD. */
  published: string;
  url: string;
  title: string;
  /** The site's host name when not given. */
  publisher?: string;
  /** `<site>-<published>` when not given, the way the dataset names its sources. */
  id?: string;
  standing?: "primary" | "secondary" | "user";
}

export interface DraftSource {
  id: string;
  title: string;
  publisher: string;
  url: string;
  published: string;
  standing: "primary" | "secondary" | "user";
}

/** A figure in the dataset file's own shape and field order. */
export interface DraftFigure {
  region: RegionCode;
  category: CategoryCode;
  period: string;
  valueCnyMn?: number;
  valueUsdMn?: number;
  yoyPct?: number;
  kind: "reported";
  source: string;
  quote: string;
  scopeEn?: string;
  scopeZh?: string;
}

/** A draft in the dataset format: one source, the figures it gives. */
export interface DraftFile {
  format: 2;
  sources: DraftSource[];
  figures: DraftFigure[];
}

/** The largest quote a dataset file takes. */
const MAX_QUOTE = 1000;

export function draftSource(options: DraftOptions): DraftSource {
  const host = hostOf(options.url);
  const site = host
    .replace(/^www\./, "")
    .split(".")
    .filter((part) => !/^(com|net|org|gov|edu|cn|www)$/.test(part));
  const name = site.at(-1) ?? "release";
  const id =
    options.id ??
    `${name}-${options.published}`
      .toLowerCase()
      .replace(/[^a-z0-9-]+/g, "-")
      .replace(/^-+/, "")
      .slice(0, 64);
  return {
    id,
    title: options.title.trim().slice(0, 300),
    publisher: (options.publisher ?? host).trim().slice(0, 200),
    url: options.url,
    published: options.published,
    standing: options.standing ?? "secondary",
  };
}

/** The figures found, as reported figures of one source, quoting their sentences. */
export function draftFile(figures: readonly ReleaseFigure[], options: DraftOptions): DraftFile {
  const source = draftSource(options);
  return {
    format: 2,
    sources: [source],
    figures: figures.map((f) => draftFigure(f, source.id)),
  };
}

/**
 * A whole dataset file of the figures a user ticked, for the file import: the user's own
 * source (standing "user") citing the page, each figure quoting its sentence.
 */
export function importFile(figures: readonly ReleaseFigure[], options: DraftOptions) {
  const source = draftSource({ ...options, standing: "user" });
  return {
    format: 2 as const,
    version: "import",
    asOf: options.published,
    sources: [source],
    figures: figures.map((f) => draftFigure(f, source.id)),
    parks: [],
    notes: [],
  };
}

export function draftFigure(f: ReleaseFigure, source: string): DraftFigure {
  return {
    region: f.region,
    category: f.category,
    period: periodKey(f.period),
    ...(f.valueCnyMn !== null ? { valueCnyMn: f.valueCnyMn } : {}),
    ...(f.valueUsdMn !== null ? { valueUsdMn: f.valueUsdMn } : {}),
    ...(f.yoyPct !== null ? { yoyPct: f.yoyPct } : {}),
    kind: "reported",
    source,
    quote: quoteText(f.quote),
    ...(f.scope ? { scopeEn: f.scope.en, scopeZh: f.scope.zh } : {}),
  };
}

/**
 * The sentence as a dataset quote: a list bullet that would read as a formula sign in a cell
 * (- + = @) is dropped, and a sentence longer than a quote may be is cut.
 */
function quoteText(sentence: string): string {
  return sentence.replace(/^[\s=+\-@＝＋－＠﹦﹢﹣﹫•·]+/, "").slice(0, MAX_QUOTE);
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return "";
  }
}
