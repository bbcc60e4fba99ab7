import type { Language } from "../../core";
import type { PaneStrings } from "./pane-strings";

export type BootStrings = Pick<
  PaneStrings,
  "htmlLang" | "loading" | "officeDidNotLoad" | "officeChecks"
>;

/**
 * What the page says before the pane starts, in both languages: the boot script needs it at once,
 * without fetching the Chinese table; the pane's tables take these same sentences.
 */
export const bootStrings: Readonly<Record<Language, BootStrings>> = {
  en: {
    htmlLang: "en",
    loading: "Loading…",
    officeDidNotLoad: "Office did not load, so the add-in cannot start.",
    officeChecks: [
      "Open the add-in from Excel (Home › Zibo data), not in a browser tab.",
      "Check the internet connection: Office loads office.js from appsforoffice.microsoft.com.",
      "A firewall, proxy or content blocker may be blocking appsforoffice.microsoft.com.",
      "Close the pane and open it again; if it still fails, restart Excel.",
    ],
  },
  zh: {
    htmlLang: "zh-CN",
    loading: "正在加载…",
    officeDidNotLoad: "Office 未能加载，加载项无法启动。",
    officeChecks: [
      "请从 Excel 中打开加载项（开始 › Zibo data），而不是在浏览器标签页中打开。",
      "请检查网络连接：Office 需从 appsforoffice.microsoft.com 加载 office.js。",
      "防火墙、代理或内容拦截工具可能屏蔽了 appsforoffice.microsoft.com。",
      "关闭任务窗格后重新打开；如仍失败，请重启 Excel。",
    ],
  },
};
