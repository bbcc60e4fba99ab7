/* Everything the pane says in Chinese, fetched as one chunk: its strings and the data messages. */
import type { DataMessageKey } from "../../core";
import { zhDataMessages as zhCoreMessages } from "../../core/data-messages-zh";
import type { Template } from "../../core/data-messages";
import { validatorTextZh } from "../../data/validator-text-zh";

export const zhDataMessages: Record<DataMessageKey, Template> = {
  ...zhCoreMessages,
  validatorText: validatorTextZh,
};
export { zh } from "./zh";
