/* Everything the pane says in Chinese, fetched as one chunk: its strings and the data messages. */
import type { DataMessageKey, Template } from "../../core";
// The Chinese data messages come with this chunk only, so src/core's index, which the start runs,
// does not name them.
// eslint-disable-next-line no-restricted-imports
import { zhDataMessages as zhCoreMessages } from "../../core/data-messages-zh";
import { validatorTextZh } from "../../data";

export const zhDataMessages: Record<DataMessageKey, Template> = {
  ...zhCoreMessages,
  validatorText: validatorTextZh,
};
export { zh } from "./zh";
