import { dataMessage } from "../core";
import type { LocatedProblem } from "./located-problem";

/** At most this many problems are kept and located; the rest are only counted. */
export const MAX_PROBLEMS = 50;

/**
 * The problems of one file: the first `MAX_PROBLEMS` in full, then a closing "…and N more"
 * entry with the count of the rest, so a file with thousands of faults costs little to report.
 */
export class ProblemList {
  private readonly kept: LocatedProblem[] = [];
  private extra = 0;

  /** `problem` may be a function, so that locating it is only paid for problems that are kept. */
  add(problem: LocatedProblem | (() => LocatedProblem)): void {
    if (this.kept.length >= MAX_PROBLEMS) this.extra++;
    else this.kept.push(typeof problem === "function" ? problem() : problem);
  }

  /** A problem that explains the others (a wrong header, too many rows): shown first. */
  addFirst(problem: LocatedProblem): void {
    this.kept.unshift(problem);
    if (this.kept.length > MAX_PROBLEMS) {
      this.kept.pop();
      this.extra++;
    }
  }

  get count(): number {
    return this.kept.length + this.extra;
  }

  toArray(): LocatedProblem[] {
    if (this.extra === 0) return [...this.kept];
    return [...this.kept, { line: null, column: null, message: moreProblems(this.extra) }];
  }
}

function moreProblems(count: number) {
  return dataMessage("moreProblems", { count });
}

function isMoreMarker(problem: LocatedProblem | undefined): boolean {
  return problem?.line === null && problem.message.key === "moreProblems";
}

/** How many problems a list stands for, counting those after the kept ones. */
export function problemTotal(problems: readonly LocatedProblem[]): number {
  const last = problems.at(-1);
  if (!isMoreMarker(last)) return problems.length;
  return problems.length - 1 + Number(last!.message.params.count);
}

/** The first `max` problems, then "…and N more" for the rest of the total. */
export function firstProblems(problems: readonly LocatedProblem[], max: number): LocatedProblem[] {
  const real = problems.filter((p) => !isMoreMarker(p));
  const shown = real.slice(0, max);
  const rest = problemTotal(problems) - shown.length;
  return rest > 0 ? [...shown, { line: null, column: null, message: moreProblems(rest) }] : shown;
}
