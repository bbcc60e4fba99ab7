import { errorDetail } from "../../core";
import { errorText } from "../excel";
import type { PaneStrings } from "../strings";

/**
 * An error from Excel or the browser as the reader's language says it: a plain sentence for the
 * errors people meet (Excel's error code or the browser's message), then the raw detail, which
 * support needs; an unknown error gets a general sentence with the same detail.
 */
export function errorMessage(error: unknown, s: PaneStrings): string {
  const raw = errorText(error);
  const code = error instanceof Error ? (error as Error & { code?: unknown }).code : undefined;
  const message = errorDetail(error).trim();
  const lookup = (key: unknown) =>
    typeof key === "string" && Object.hasOwn(s.errorKnown, key) ? s.errorKnown[key] : undefined;
  // A script that did not arrive: its address is no help to the reader, so no detail.
  if (error instanceof Error && error.name === "ChunkLoadError") {
    return lookup("ChunkLoadError") ?? s.errorUnknown({ detail: raw });
  }
  const known = lookup(code) ?? lookup(message);
  return known
    ? s.errorWithDetail({ sentence: known, detail: raw })
    : s.errorUnknown({ detail: raw });
}
