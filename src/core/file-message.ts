import { enFileMessages } from "./data-messages-files";
import {
  addDataMessages,
  dataMessage,
  type DataMessage,
  type DataMessageKey,
} from "./data-messages";
import type { MessageParams } from "./messages";

let added = false;

/** A file reader's problem, its English added to the catalog the first time one is made. */
export function fileMessage(
  key: DataMessageKey,
  params: MessageParams = {},
  nested?: Record<string, DataMessage>,
): DataMessage {
  if (!added) {
    addDataMessages("en", enFileMessages);
    added = true;
  }
  return dataMessage(key, params, nested);
}
