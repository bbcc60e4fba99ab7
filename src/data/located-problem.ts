import { dataMessage, formatDataMessage, type DataMessage, type Language } from "../core";

/** One thing wrong with a file, where a user can find it: 1-based line and column when known. */
export interface LocatedProblem {
  line: number | null;
  column: number | null;
  message: DataMessage;
}

export function formatProblem(problem: LocatedProblem, lang: Language = "en"): string {
  return formatDataMessage(problemMessage(problem), lang);
}

/** The problem as one sentence, with its line and column when known. */
export function problemMessage(problem: LocatedProblem): DataMessage {
  if (problem.line === null) return problem.message;
  const at = { line: problem.line, column: problem.column ?? 1 };
  return dataMessage("located", at, { message: problem.message });
}
