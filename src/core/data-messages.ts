import type { Language, MessageParams } from "./messages";

/**
 * Every sentence the data feed, the cache and imports produce, in English and Simplified Chinese.
 * Results carry a key and parameters; the pane renders them in the user's language.
 */
type Template = (p: MessageParams) => string;

/** A rate with its sign, or the dash that stands for "none". */
const percent = (value: string | number | undefined, sign: string) =>
  value === "–" ? value : `${value}${sign}`;

const en = {
  // Change summaries
  periodAdded: (p) => `${p.period} added: ${p.items}`,
  revisedCny: (p) => `${p.figure} ${p.period} revised ${p.from} → ${p.to}`,
  revisedUsd: (p) => `${p.figure} ${p.period} in USD revised ${p.from} → ${p.to}`,
  revisedYoy: (p) =>
    `${p.figure} ${p.period} year-on-year revised ${percent(p.from, " %")} → ${percent(p.to, " %")}`,
  sourceChanged: (p) => `${p.figure} ${p.period} now cited to ${p.to} (was ${p.from})`,
  keptMissing: (p) => `not in the new file, kept: ${p.items}`,
  textEntriesChanged: (p) => `${p.count} park or note entries added or updated`,
  noChanges: () => `No changes.`,
  none: () => `none`,
  // States
  upToDate: (p) => `Up to date: dataset ${p.version}, as of ${p.asOf}.`,
  updated: (p) => `Updated to dataset ${p.version}, as of ${p.asOf}.`,
  offlineCached: (p) => `Offline: using cached data from ${p.date}. ${p.reason}`,
  offlineBundled: (p) =>
    `Offline: using the data shipped with the add-in (as of ${p.asOf}). ${p.reason}`,
  feedRejected: (p) => `Feed rejected: ${p.reason}`,
  imported: (p) => `Imported ${p.name}.`,
  importRejected: (p) =>
    `${p.name} was not imported (problems found: ${p.count}); nothing was changed.`,
  // Why a feed was not used
  unreachable: (p) => `The feed could not be reached (${p.detail}).`,
  timedOut: (p) => `The feed did not answer within ${p.seconds} seconds.`,
  httpStatus: (p) => `The feed answered HTTP ${p.status}.`,
  tooLarge: (p) => `The feed is larger than ${p.limit} MB.`,
  htmlInsteadOfJson: () =>
    `The feed returned a web page (HTML), not the dataset file; check the feed URL.`,
  notJson: (p) => `The feed's content type "${p.type}" is not JSON.`,
  invalidFile: (p) => `The file is not a valid dataset (problems found: ${p.count}).`,
  olderThanBundled: (p) =>
    `The feed's data (as of ${p.incoming}) is older than the data shipped with the add-in (as of ${p.floor}); it was ignored.`,
  olderThanCurrent: (p) =>
    `The feed's data (as of ${p.incoming}) is older than the data in use (as of ${p.current}); it was ignored.`,
  // Saved offline copy
  cacheUnreadable: (p) => `The saved offline copy was unreadable and was ignored (${p.detail}).`,
  cacheForeign: () => `The saved offline copy was not written by this add-in and was ignored.`,
  cacheInvalid: (p) =>
    `The saved offline copy is not a valid dataset and was ignored (${p.detail}).`,
  cacheOlder: (p) =>
    `The saved offline copy (as of ${p.cached}) is older than the data shipped with the add-in (as of ${p.floor}) and was ignored.`,
  cacheSaveFailed: (p) => `The data could not be saved for offline use (${p.detail}).`,
  unexpected: (p) => `The data could not be updated (${p.detail}); the data in use is unchanged.`,
  storageFailed: (p) => `The setting could not be read or saved (${p.detail}).`,
  viewsFailed: (p) => `The data changed, but some open views could not show it (${p.detail}).`,
  // Feed URL setting
  feedUrlNotUrl: (p) => `"${p.input}" is not a URL.`,
  feedUrlNotHttps: (p) =>
    `The feed URL must start with https:// (http:// only for localhost): "${p.input}".`,
  feedUrlCredentials: () => `The feed URL must not contain a user name or password.`,
  // Import problems
  located: (p) => `line ${p.line}, column ${p.column}: ${p.message}`,
  unknownFileType: (p) => `"${p.name}" is neither a .json nor a .csv file.`,
  emptyFile: () => `The file is empty.`,
  jsonSyntax: (p) => `JSON syntax error: ${p.detail}`,
  // Schema messages come from the validator in English; the path locates them in the file.
  schemaProblem: (p) => (p.path ? `${p.path}: ${p.detail}` : `${p.detail}`),
  fileTooLarge: (p) => `The file is larger than ${p.limit} MB.`,
  tooDeep: (p) => `nested more than ${p.limit} levels deep`,
  csvHeader: (p) => `The first line must be the header ${p.expected}`,
  csvFieldCount: (p) => `expected ${p.expected} fields, found ${p.found}`,
  csvSyntax: (p) => `CSV syntax error: ${p.detail}`,
  csvNoRows: () => `The file has a header but no figures.`,
  tooManyRows: (p) => `more than ${p.max} rows; split the file.`,
  formulaCell: (p) =>
    `${p.column} starts with "${p.char}", which a spreadsheet would run as a formula; remove it.`,
  required: (p) => `${p.column} is required.`,
  notNumber: (p) => `${p.column} must be a plain number like 95 or 12.5; got "${p.input}".`,
  negativeValue: (p) => `${p.column} cannot be negative: exports are never below zero.`,
  tooBig: (p) => `${p.column} is larger than ${p.max}.`,
  yoyTooLow: (p) => `${p.column} cannot be below -100 %.`,
  badPeriodCell: (p) =>
    `"${p.input}" is not a period; write a quarter as 2024Q2, a half as 2024H1, a month as 2024M05, a year-to-date span as 2024M01-M05 or a year as 2024.`,
  valueOrRate: () =>
    `value_cny_mn is required unless yoy_pct gives a growth rate published without a value.`,
  badCategoryCell: (p) => `"${p.input}" is not a category; use one of ${p.valid}.`,
  futurePeriod: (p) => `${p.period} is more than one quarter after today.`,
  badUrl: (p) => `"${p.input}" is not an http or https URL.`,
  badDate: (p) => `"${p.input}" is not a date like 2024-07-15.`,
  tooLong: (p) => `${p.column} is longer than ${p.max} characters.`,
  spanExceedsTotal: (p) =>
    `${p.figure} ${p.inner} (${p.innerValue}) is larger than ${p.outer} (${p.outerValue}), which contains it.`,
  totalShrinks: (p) =>
    `${p.figure}: the year-to-date total shrinks from ${p.innerValue} (${p.inner}) to ${p.outerValue} (${p.outer}).`,
  duplicateRow: (p) => `a second row for ${p.category} ${p.period} (first on line ${p.firstLine}).`,
} satisfies Record<string, Template>;

export type DataMessageKey = keyof typeof en;

const zh: Record<DataMessageKey, Template> = {
  periodAdded: (p) => `${p.period} 新增：${p.items}`,
  revisedCny: (p) => `${p.figure} ${p.period} 修订 ${p.from} → ${p.to}`,
  revisedUsd: (p) => `${p.figure} ${p.period} 美元数修订 ${p.from} → ${p.to}`,
  revisedYoy: (p) =>
    `${p.figure} ${p.period} 同比修订 ${percent(p.from, "%")} → ${percent(p.to, "%")}`,
  sourceChanged: (p) => `${p.figure} ${p.period} 来源改为 ${p.to}（原为 ${p.from}）`,
  keptMissing: (p) => `新文件中缺少、已保留：${p.items}`,
  textEntriesChanged: (p) => `新增或更新了 ${p.count} 条园区或说明`,
  noChanges: () => `没有变化。`,
  none: () => `无`,
  upToDate: (p) => `已是最新：数据集 ${p.version}，截至 ${p.asOf}。`,
  updated: (p) => `已更新为数据集 ${p.version}，截至 ${p.asOf}。`,
  offlineCached: (p) => `离线：使用 ${p.date} 缓存的数据。${p.reason}`,
  offlineBundled: (p) => `离线：使用加载项自带的数据（截至 ${p.asOf}）。${p.reason}`,
  feedRejected: (p) => `数据源被拒绝：${p.reason}`,
  imported: (p) => `已导入 ${p.name}。`,
  importRejected: (p) => `${p.name} 未导入（${p.count} 个问题），数据未作任何更改。`,
  unreachable: (p) => `无法连接数据源（${p.detail}）。`,
  timedOut: (p) => `数据源在 ${p.seconds} 秒内没有响应。`,
  httpStatus: (p) => `数据源返回 HTTP ${p.status}。`,
  tooLarge: (p) => `数据源文件超过 ${p.limit} MB。`,
  htmlInsteadOfJson: () => `数据源返回的是网页（HTML），不是数据集文件；请检查数据源地址。`,
  notJson: (p) => `数据源的内容类型“${p.type}”不是 JSON。`,
  invalidFile: (p) => `文件不是有效的数据集（${p.count} 个问题）。`,
  olderThanBundled: (p) =>
    `数据源的数据（截至 ${p.incoming}）早于加载项自带的数据（截至 ${p.floor}），已忽略。`,
  olderThanCurrent: (p) =>
    `数据源的数据（截至 ${p.incoming}）早于正在使用的数据（截至 ${p.current}），已忽略。`,
  cacheUnreadable: (p) => `离线副本无法读取，已忽略（${p.detail}）。`,
  cacheForeign: () => `离线副本不是本加载项写入的，已忽略。`,
  cacheInvalid: (p) => `离线副本不是有效的数据集，已忽略（${p.detail}）。`,
  cacheOlder: (p) =>
    `离线副本（截至 ${p.cached}）早于加载项自带的数据（截至 ${p.floor}），已忽略。`,
  cacheSaveFailed: (p) => `数据无法保存供离线使用（${p.detail}）。`,
  unexpected: (p) => `数据无法更新（${p.detail}），正在使用的数据未改变。`,
  storageFailed: (p) => `无法读取或保存该设置（${p.detail}）。`,
  viewsFailed: (p) => `数据已更新，但部分打开的视图无法显示新数据（${p.detail}）。`,
  feedUrlNotUrl: (p) => `“${p.input}”不是网址。`,
  feedUrlNotHttps: (p) =>
    `数据源地址必须以 https:// 开头（仅 localhost 可用 http://）：“${p.input}”。`,
  feedUrlCredentials: () => `数据源地址不能包含用户名或密码。`,
  located: (p) => `第 ${p.line} 行第 ${p.column} 列：${p.message}`,
  unknownFileType: (p) => `“${p.name}”既不是 .json 文件也不是 .csv 文件。`,
  emptyFile: () => `文件为空。`,
  jsonSyntax: (p) => `JSON 语法错误：${p.detail}`,
  schemaProblem: (p) => (p.path ? `${p.path}：${p.detail}` : `${p.detail}`),
  fileTooLarge: (p) => `文件超过 ${p.limit} MB。`,
  tooDeep: (p) => `嵌套超过 ${p.limit} 层`,
  csvHeader: (p) => `第一行必须是表头 ${p.expected}`,
  csvFieldCount: (p) => `应有 ${p.expected} 个字段，实际 ${p.found} 个`,
  csvSyntax: (p) => `CSV 语法错误：${p.detail}`,
  csvNoRows: () => `文件只有表头，没有数据。`,
  tooManyRows: (p) => `超过 ${p.max} 行，请拆分文件。`,
  formulaCell: (p) => `${p.column} 以“${p.char}”开头，电子表格会把它当作公式执行；请删除。`,
  required: (p) => `${p.column} 不能为空。`,
  notNumber: (p) => `${p.column} 必须是数字，例如 95 或 12.5；收到的是“${p.input}”。`,
  negativeValue: (p) => `${p.column} 不能为负数：出口额不会小于零。`,
  tooBig: (p) => `${p.column} 大于 ${p.max}。`,
  yoyTooLow: (p) => `${p.column} 不能低于 -100%。`,
  badPeriodCell: (p) =>
    `“${p.input}”不是期间；季度写作 2024Q2，半年写作 2024H1，月份写作 2024M05，年内累计写作 2024M01-M05（2024年1-5月），年份写作 2024。`,
  valueOrRate: () => `value_cny_mn 不能为空，除非 yoy_pct 给出了只公布增速、未公布数值的同比增速。`,
  badCategoryCell: (p) => `“${p.input}”不是类别；可用类别：${p.valid}。`,
  futurePeriod: (p) => `${p.period} 晚于今天所在季度的下一个季度。`,
  badUrl: (p) => `“${p.input}”不是 http 或 https 网址。`,
  badDate: (p) => `“${p.input}”不是日期（例如 2024-07-15）。`,
  tooLong: (p) => `${p.column} 超过 ${p.max} 个字符。`,
  spanExceedsTotal: (p) =>
    `${p.figure} ${p.inner}（${p.innerValue}）大于包含它的 ${p.outer}（${p.outerValue}）。`,
  totalShrinks: (p) =>
    `${p.figure}：年内累计值从 ${p.innerValue}（${p.inner}）减少到 ${p.outerValue}（${p.outer}）。`,
  duplicateRow: (p) => `${p.category} ${p.period} 的第二行（第一行在第 ${p.firstLine} 行）。`,
};

const catalogs: Record<Language, Record<DataMessageKey, Template>> = { en, zh };

/** A sentence to show, kept as a key and parameters until the pane knows the language. */
export interface DataMessage {
  key: DataMessageKey;
  params: MessageParams;
}

export function dataMessage(key: DataMessageKey, params: MessageParams = {}): DataMessage {
  return { key, params };
}

export function formatDataMessage(message: DataMessage, lang: Language = "en"): string {
  return catalogs[lang][message.key](message.params);
}
