/* Release text → draft figures: a chunk of its own, loaded by `data:draft` and the pane on first use. */
export {
  draftFigure,
  draftFile,
  draftSource,
  importFile,
  type DraftFile,
  type DraftOptions,
} from "./draft-file";
export {
  readRelease,
  type ReleaseFigure,
  type ReleaseReading,
  type SkippedNumber,
} from "./read-release";
export { skipReason, type SkipCode } from "./reasons";
export { htmlToText, looksLikeHtml, splitSentences, type PageText } from "./text";
