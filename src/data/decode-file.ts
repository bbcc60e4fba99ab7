// The file readers' English comes with the readers (a chunk loaded on first use), so src/core's
// index, which the start runs, does not name it.
// eslint-disable-next-line no-restricted-imports
import { fileMessage } from "../core/file-message";
import type { DataMessage } from "../core";

export type DecodedFile =
  { ok: true; text: string; notices: DataMessage[] } | { ok: false; message: DataMessage };

/**
 * The text of a picked file, in the encodings spreadsheets save: UTF-8 (with or without a
 * byte-order mark), UTF-16 little- or big-endian with its byte-order mark (Excel's "Unicode
 * Text"), and, for bytes that are not UTF-8, GBK (GB 18030), what Excel on Chinese Windows
 * saves as "CSV (Comma delimited)". Reading a file as GBK is said, so a wrong guess is noticed.
 */
export function decodeFile(content: string | ArrayBuffer | Uint8Array): DecodedFile {
  if (typeof content === "string") return { ok: true, text: content, notices: [] };
  const bytes = content instanceof Uint8Array ? content : new Uint8Array(content);
  if (bytes[0] === 0xff && bytes[1] === 0xfe) return decoded("utf-16le", bytes.subarray(2));
  if (bytes[0] === 0xfe && bytes[1] === 0xff) return decoded("utf-16be", bytes.subarray(2));
  // UTF-16 without its byte-order mark (every other byte of plain text is zero) cannot be told
  // apart reliably; text files have no zero bytes otherwise.
  if (bytes.includes(0)) return { ok: false, message: fileMessage("unknownEncoding") };
  const utf8 = decode("utf-8", bytes);
  if (utf8 !== null) return { ok: true, text: utf8.replace(/^\uFEFF/, ""), notices: [] };
  const gbk = decode("gb18030", bytes);
  if (gbk === null) return { ok: false, message: fileMessage("unknownEncoding") };
  return { ok: true, text: gbk, notices: [fileMessage("readAsGbk")] };
}

function decoded(encoding: "utf-16le" | "utf-16be", bytes: Uint8Array): DecodedFile {
  const text = decode(encoding, bytes);
  return text === null
    ? { ok: false, message: fileMessage("unknownEncoding") }
    : { ok: true, text, notices: [] };
}

function decode(encoding: string, bytes: Uint8Array): string | null {
  try {
    return new TextDecoder(encoding, { fatal: true }).decode(bytes);
  } catch {
    return null;
  }
}
