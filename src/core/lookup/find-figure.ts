import type { CategoryCode } from "../categories";
import { figureKey, type Contradiction, type Dataset, type Figure, type Measure } from "../dataset";
import { fmt } from "../cell-number";
import { figureAt } from "./figure-index";
import { parseCategoryCached, parsePeriodCached, parseUnitCached } from "../parse-cache";
import { periodKey, type Period } from "../periods";
import type { RegionCode } from "../regions";
import { fail, ok, type Result } from "../result";
import { currencyOf, inUnit, type Unit } from "../units";
import { isLatest, newestAnswer } from "./latest";

export interface FoundValue {
  /** In the unit asked for; the measure keeps million yuan or million US dollars. */
  value: number;
  unit: Unit;
  measure: Measure;
  figure: Figure;
}

/** The figure for a region, category and period, or `#N/A` saying that no source publishes it. */
export function findFigure(
  ds: Dataset,
  region: RegionCode,
  category: CategoryCode,
  period: Period,
): Result<Figure> {
  const figure = figureAt(ds, region, category, period);
  if (figure) return ok(figure);
  const key = periodKey(period);
  const withheld = ds.contradictions?.find((c) =>
    c.withholds.includes(figureKey(region, category, period)),
  );
  if (withheld) return withheldFor(`${category} ${key}`, region, withheld);
  if (category === "LIB" || category === "PV") {
    const combined = figureAt(ds, region, "LIB_PV", period);
    if (combined) {
      return fail("notAvailable", "notPublishedSeparately", {
        category,
        period: key,
        combined: combined.cny ? fmt(combined.cny.value) : "–",
      });
    }
  }
  return fail("notAvailable", "notPublished", {
    region,
    category,
    period: key,
    ...periodLists(ds, region, category),
  });
}

/** `#N/A`: a derived figure whose inputs contradict each other is withheld, saying how they disagree. */
export function withheldFor<T>(what: string, region: RegionCode, c: Contradiction): Result<T> {
  return fail("notAvailable", "withheld", { what, region, en: c.text.en, zh: c.text.zh });
}

/**
 * The periods that have a figure for a region and category, oldest first, published apart from
 * derived: a message must never list a computed figure as published. Empty text for none.
 */
export function periodLists(
  ds: Dataset,
  region: RegionCode,
  category: CategoryCode,
): { published: string; derived: string } {
  const figures = ds.figures.filter((f) => f.region === region && f.category === category);
  const keys = (kind: Measure["kind"]) =>
    figures
      // A growth-only figure publishes no value for its period: it is in neither list.
      .filter((f) => f.cny?.kind === kind)
      .map((f) => periodKey(f.period))
      .join(", ");
  return { published: keys("reported"), derived: keys("derived") };
}

/**
 * A share divides published figures only: a derived input (a year-ago base implied by a rate,
 * LIB_PV = TOTAL − NEV) carries the rounding of the figures it came from, and a ratio of such
 * numbers in a cell could not say so. `#N/A` names the derived side; EXPORTS still gives it.
 */
export function publishedInput(
  ds: Dataset,
  figure: Figure,
  fn: "SHARE" | "SHARE_OF",
): Result<Figure> {
  // A rate with no value cannot be divided, published or not: say so first.
  if (!figure.cny) return growthOnly(figure);
  if (figure.cny.kind === "reported") return ok(figure);
  return fail("notAvailable", "derivedInput", {
    fn,
    region: figure.region,
    category: figure.category,
    period: periodKey(figure.period),
    published: periodLists(ds, figure.region, figure.category).published,
  });
}

/**
 * The figure and unit a category, period and unit ask for, as cells hold them, checked in that
 * order: the first step of EXPORTS and SOURCE, so both answer the same inputs with the same error.
 */
export function figureInUnit(
  ds: Dataset,
  categoryInput: unknown,
  periodInput: unknown,
  unitInput: unknown,
  region: RegionCode,
): Result<{ figure: Figure; unit: Unit }> {
  // Cached parses: this runs for every live cell on every dataset change.
  const category = parseCategoryCached(categoryInput);
  if (!category.ok) return category;
  const period = parsePeriodCached(periodInput);
  if (!period.ok) return period;
  const unit = parseUnitCached(unitInput);
  if (!unit.ok) return unit;
  const figure = findFigure(ds, region, category.value, period.value);
  if (!figure.ok) return figure;
  return ok({ figure: figure.value, unit: unit.value });
}

/** `=ZIBO.EXPORTS(category, period, [unit])`: inputs as Excel passes them, checked in that order. */
export function lookupExports(
  ds: Dataset,
  categoryInput: unknown,
  periodInput: unknown,
  unitInput?: unknown,
  region: RegionCode = "ZIBO",
): Result<FoundValue> {
  if (isLatest(periodInput)) {
    return newestAnswer(ds, categoryInput, region, (p) =>
      lookupExports(ds, categoryInput, p, unitInput, region),
    );
  }
  const asked = figureInUnit(ds, categoryInput, periodInput, unitInput, region);
  if (!asked.ok) return asked;
  return valueIn(asked.value.figure, asked.value.unit, ds);
}

/** `#N/A` saying that a figure is a growth rate with no value, and what the rate is. */
export function growthOnly<T>(figure: Figure): Result<T> {
  const pct = figure.yoyPct?.value ?? 0;
  return fail("notAvailable", "growthOnly", {
    region: figure.region,
    category: figure.category,
    period: periodKey(figure.period),
    yoy: `${pct >= 0 ? "+" : ""}${fmt(pct)}`,
    // What the rate counts, where its source names it otherwise (电动汽车, customs' scope).
    scopeEn: figure.scope?.en ?? "",
    scopeZh: figure.scope?.zh ?? "",
  });
}

/** With `ds`, a refusal of US dollars names the spans whose sources give a rate. */
export function valueIn(figure: Figure, unit: Unit, ds?: Dataset): Result<FoundValue> {
  if (!figure.cny) return growthOnly(figure);
  const measure = currencyOf(unit) === "USD" ? figure.usd : figure.cny;
  if (!measure) {
    const rated = ds?.figures.filter(
      (f) => f.region === figure.region && f.usd?.kind === "reported" && f.cny?.kind === "reported",
    );
    return fail("notAvailable", "noUsd", {
      category: figure.category,
      period: periodKey(figure.period),
      rated: [...new Set(rated?.map((f) => periodKey(f.period)))].join(", "),
    });
  }
  return ok({ value: inUnit(measure.value, unit), unit, measure, figure });
}
