/*
 * Jest setup: every language's pane strings and data messages available, as in the pane once it has loaded them.
 * The built pane fetches the Chinese table on demand; the browser tests cover that path.
 */
import { addDataMessages } from "../../src/core";
import { addPaneStrings } from "../../src/taskpane/strings";
import { zh, zhDataMessages } from "../../src/taskpane/strings/zh-bundle";

addDataMessages("zh", zhDataMessages);
addPaneStrings(zh);
