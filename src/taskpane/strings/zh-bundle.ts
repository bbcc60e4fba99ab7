/* Everything the pane says in Chinese, fetched as one chunk: its strings and the data messages. */
export { zhDataMessages } from "../../core/data-messages-zh";
export { zh } from "./zh";
