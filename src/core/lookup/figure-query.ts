import type { CategoryCode } from "../categories";
import type { Dataset, Figure } from "../dataset";
import { findFigure } from "./find-figure";
import { parseCategoryCached, parsePeriodCached } from "../parse-cache";
import type { Period } from "../periods";
import type { RegionCode } from "../regions";
import type { Result } from "../result";

/** A figure asked for by a category and a period as a cell holds them. */
export interface FigureQuery {
  figure: Figure;
  category: CategoryCode;
  period: Period;
}

/** Parses a category and a period as cells hold them and finds the figure: the start of every per-figure function. */
export function queryFigure(
  ds: Dataset,
  categoryInput: unknown,
  periodInput: unknown,
  region: RegionCode,
): Result<FigureQuery> {
  const category = parseCategoryCached(categoryInput);
  if (!category.ok) return category;
  const period = parsePeriodCached(periodInput);
  if (!period.ok) return period;
  const figure = findFigure(ds, region, category.value, period.value);
  if (!figure.ok) return figure;
  return {
    ok: true,
    value: { figure: figure.value, category: category.value, period: period.value },
  };
}
