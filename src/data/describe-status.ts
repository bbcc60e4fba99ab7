import {
  changeMessages,
  dataMessage,
  describeChanges,
  formatDataMessage,
  type DataMessage,
  type Language,
} from "../core";
import { formatProblem, type LocatedProblem } from "./located-problem";
import { firstProblems, problemTotal } from "./problem-list";
import type { DataStatus, ImportOutcome } from "./data-service";

/** What the pane prints: one headline, then detail lines (changes, problems, notices). */
export interface StatusText {
  headline: string;
  details: string[];
}

/** At most this many problems are listed, then "…and N more"; the headline gives the total. */
const MAX_PROBLEM_LINES = 20;

export function describeStatus(status: DataStatus, lang: Language = "en"): StatusText {
  const say = (m: DataMessage) => formatDataMessage(m, lang);
  const notices = status.notices.map(say);
  const inUse = { version: status.version, asOf: status.asOf };
  switch (status.state) {
    case "up-to-date":
      return {
        headline: say(
          dataMessage("upToDate", {
            period: status.newest?.period ?? status.asOf,
            ...(status.newest?.published ? { published: status.newest.published } : {}),
          }),
        ),
        details: notices,
      };
    case "updated":
      return {
        headline: say(dataMessage("updated", { version: status.version, asOf: status.asOf })),
        details: [describeChanges(status.changes, lang), ...notices],
      };
    case "offline": {
      const key = status.cachedOn ? "offlineCached" : "offlineBundled";
      return {
        headline: say(dataMessage(key, inUse, { reason: status.reason })),
        details: notices,
      };
    }
    case "rejected":
      return {
        headline: say(dataMessage("feedRejected", inUse, { reason: status.reason })),
        details: [...problemLines(status.problems, lang), ...notices],
      };
  }
}

export function describeImport(outcome: ImportOutcome, lang: Language = "en"): StatusText {
  const say = (m: DataMessage) => formatDataMessage(m, lang);
  if (outcome.state === "rejected") {
    return {
      headline: say(
        dataMessage("importRejected", {
          name: outcome.name,
          count: problemTotal(outcome.problems),
        }),
      ),
      details: problemLines(outcome.problems, lang),
    };
  }
  const changes = changeMessages(outcome.changes).map(say);
  return {
    headline: say(dataMessage("imported", { name: outcome.name })),
    details: [
      ...(changes.length > 0 ? changes : [say(dataMessage("noChanges"))]),
      ...outcome.notices.map(say),
    ],
  };
}

function problemLines(problems: readonly LocatedProblem[], lang: Language): string[] {
  return firstProblems(problems, MAX_PROBLEM_LINES).map((p) => formatProblem(p, lang));
}
