import type { Dataset } from "../../core";
import type { PaneStrings } from "../strings";
import { isWebLink } from "./web-link";

/** The citation of each source id ("publisher, "title", date"), unknown ids as themselves. */
export function sourcesText(
  dataset: Dataset,
  sourceIds: readonly string[],
  text: PaneStrings["table"],
): string {
  return sourceIds
    .map((id) => {
      const source = dataset.sources.get(id);
      if (!source) return id;
      // An imported file's source is named by the file, never by its address as a publisher.
      const user = source.standing === "user";
      return text.sourceText({
        publisher: user
          ? `${text.kind.imported}: ${source.file ?? source.title}`
          : source.publisher,
        title: source.title,
        published: source.published ?? null,
      });
    })
    .join(text.sourceSeparator);
}

/** The address of the first of the sources that has a web address, or "" when none has. */
export function firstSourceLink(dataset: Dataset, sourceIds: readonly string[]): string {
  for (const id of sourceIds) {
    const url = dataset.sources.get(id)?.url;
    if (isWebLink(url)) return url;
  }
  return "";
}

/** Distinct source ids in order of first use. */
export function distinctSourceIds(lists: readonly (readonly string[])[]): string[] {
  return [...new Set(lists.flat())];
}
