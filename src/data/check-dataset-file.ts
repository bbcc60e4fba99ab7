import {
  changeMessages,
  formatDataMessage,
  findContradictions,
  isoDay,
  mergeContent,
  type DatasetContent,
} from "../core";
import { fileFromContent } from "./dataset-file";
import { validateDatasetFile } from "./load-dataset";
import { formatProblem } from "./located-problem";
import { readDatasetText } from "./read-dataset-text";

export interface FileCheck {
  ok: boolean;
  /** Lines to print: problems as `name:line:column: message`, or a summary of the changes. */
  lines: string[];
}

/**
 * What a maintainer runs before publishing a file as the feed: the same checks the add-in makes,
 * then what the file would change against the bundled dataset, in the pane's words.
 */
export async function checkDatasetFile(
  name: string,
  text: string,
  bundled: DatasetContent,
  today: Date,
): Promise<FileCheck> {
  const read = await readDatasetText(text, today);
  if (!read.ok) {
    return {
      ok: false,
      lines: read.problems.map((p) =>
        p.line === null
          ? `${name}: ${formatProblem(p)}`
          : `${name}:${p.line}:${p.column}: ${formatDataMessage(p.message)}`,
      ),
    };
  }
  const { version, asOf } = read.content;
  if (asOf < bundled.asOf) {
    return {
      ok: false,
      lines: [
        `${name}: as of ${asOf}, older than the bundled dataset (as of ${bundled.asOf}); the add-in would ignore it.`,
      ],
    };
  }
  const merged = mergeContent(bundled, read.content, { mode: "feed", replacedOn: isoDay(today) });
  const checked = validateDatasetFile(fileFromContent(merged.content));
  if (!checked.ok) {
    return {
      ok: false,
      lines: checked.problems.map((p) => `${name}: after merging, ${p.path}: ${p.message}`),
    };
  }
  // The same sentences the pane and INFO() show.
  const contradictions = findContradictions(merged.content.figures);
  if (contradictions.length > 0) {
    return {
      ok: false,
      lines: contradictions.map((c) => `${name}: figures contradict each other: ${c.text.en}.`),
    };
  }
  const changes = changeMessages(merged.changes).map((m) => `  ${formatDataMessage(m)}`);
  return {
    ok: true,
    lines: [
      `${name}: valid dataset ${version}, as of ${asOf}, ${read.content.figures.length} figures.`,
      `Against the bundled dataset ${bundled.version} (as of ${bundled.asOf}):`,
      ...(changes.length > 0 ? changes : ["  No changes."]),
    ],
  };
}
