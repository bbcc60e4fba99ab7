import { dataMessage, formatDataMessage, type DataMessage, type Language } from "../core";

/** One thing wrong with a file, where a user can find it: 1-based line and column when known. */
export interface LocatedProblem {
  line: number | null;
  column: number | null;
  message: DataMessage;
}

export function formatProblem(problem: LocatedProblem, lang: Language = "en"): string {
  const message = formatDataMessage(problem.message, lang);
  if (problem.line === null) return message;
  return formatDataMessage(
    dataMessage("located", { line: problem.line, column: problem.column ?? 1, message }),
    lang,
  );
}
