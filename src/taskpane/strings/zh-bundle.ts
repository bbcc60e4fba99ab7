/* Everything the pane says in Chinese, fetched as one chunk: its strings and the data messages. */
import { zhDataMessages as zhCoreMessages, type DataMessageKey, type Template } from "../../core";
import { validatorTextZh } from "../../data";

export const zhDataMessages: Record<DataMessageKey, Template> = {
  ...zhCoreMessages,
  validatorText: validatorTextZh,
};
export { zh } from "./zh";
