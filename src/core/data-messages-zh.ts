import { percent, type DataMessageKey, type Template } from "./data-messages";

/**
 * The data messages in Simplified Chinese (see data-messages.ts for the English and the keys),
 * but for the validator's sentences, which zod's Chinese locale writes (src/data/validator-text-zh.ts).
 */
const CORRECTED_ZH: Record<string, string> = {
  scope: "统计口径说明",
  quote: "原文引述",
  derivation: "推算说明",
  kind: "数据类型（公布值或推算值）",
};
const CHANGE_ZH: Record<string, string> = { added: "已添加", changed: "已更正", removed: "已删除" };

export const zhDataMessages: Record<Exclude<DataMessageKey, "validatorText">, Template> = {
  periodAdded: (p) => `${p.period} 新增：${p.items}`,
  revisedCny: (p) => `${p.figure} ${p.period} 修订 ${p.from} → ${p.to}`,
  revisedUsd: (p) => `${p.figure} ${p.period} 美元数修订 ${p.from} → ${p.to}`,
  revisedYoy: (p) =>
    `${p.figure} ${p.period} 同比修订 ${percent(p.from, "%")} → ${percent(p.to, "%")}`,
  sourceChanged: (p) => `${p.figure} ${p.period} 来源改为 ${p.to}（原为 ${p.from}）`,
  corrected: (p) =>
    `${p.figure} ${p.period}：${CORRECTED_ZH[p.field as string] ?? p.field}${CHANGE_ZH[p.change as string] ?? p.change}`,
  contradiction: (p) => `数据互相矛盾：${p.text}。公布值保持原样，由其计算的数据暂不提供。`,
  keptMissing: (p) => `新文件中缺少、已保留：${p.items}`,
  textEntriesChanged: (p) => `新增或更新了 ${p.count} 条园区或说明`,
  noChanges: () => `没有变化。`,
  none: () => `无`,
  upToDate: (p) =>
    p.published
      ? `数据源没有更新的数据。最新数据：${p.period}，发布于 ${p.published}。`
      : `数据源没有更新的数据。最新数据：${p.period}。`,
  updated: (p) => `已更新为数据集 ${p.version}，截至 ${p.asOf}。`,
  offlineCached: (p) => `${p.reason}仍在使用：数据集 ${p.version}，截至 ${p.asOf}。`,
  offlineBundled: (p) =>
    `${p.reason}仍在使用加载项自带的数据：数据集 ${p.version}，截至 ${p.asOf}。`,
  feedRejected: (p) =>
    `未使用数据源的文件：${p.reason}仍在使用：数据集 ${p.version}，截至 ${p.asOf}。`,
  imported: (p) => `已导入 ${p.name}。`,
  importRejected: (p) => `${p.name} 未导入（${p.count} 个问题），数据未作任何更改。`,
  unreachable: () => `无法连接数据源：请检查网络连接，以及数据源地址是否正确。`,
  timedOut: (p) => `数据源在 ${p.seconds} 秒内没有响应。`,
  httpStatus: (p) => `数据源返回 HTTP ${p.status}。`,
  tooLarge: (p) => `数据源文件超过 ${p.limit} MB。`,
  htmlInsteadOfJson: () => `数据源返回的是网页（HTML），不是数据集文件；请检查数据源地址。`,
  notJson: (p) => `数据源的内容类型“${p.type}”不是 JSON。`,
  notUtf8: () => `数据源不是 UTF-8 文本。`,
  invalidFile: (p) => `文件不是有效的数据集（${p.count} 个问题）。`,
  olderThanBundled: (p) =>
    `数据源的数据（截至 ${p.incoming}）早于加载项自带的数据（截至 ${p.floor}），已忽略。`,
  olderThanCurrent: (p) =>
    `数据源的数据（截至 ${p.incoming}）早于正在使用的数据（截至 ${p.current}），已忽略。`,
  cacheUnreadable: (p) =>
    p.detail
      ? `离线副本无法读取，已忽略（${p.detail}）。`
      : `无法从浏览器的存储中读取离线副本，已忽略。`,
  cacheNotJson: () => `离线副本无法读取（不是 JSON），已忽略。`,
  cacheForeign: () => `离线副本不是本加载项写入的，已忽略。`,
  cacheNewer: () => `离线副本由更新版本的加载项写入；已原样保留，未使用。`,
  notSavedNewer: () => `正在使用的数据未保存供离线使用，以保留更新版本的加载项保存的副本。`,
  importNotSaved: () =>
    `导入的数据已在使用，但未保存供离线使用，以免替换已保存的数据源副本；下次成功刷新时会一并保存。`,
  notModifiedUnasked: () =>
    `加载项请求的是完整文件，数据源却返回“304 Not Modified”（可能是中间的缓存或代理在代替数据源应答）。`,
  redirectNotHttps: (p) => `数据源重定向到“${p.url}”，这不是 https 地址，未使用。`,
  cacheInvalid: (p) => `离线副本不是有效的数据集，已忽略（${p.detail}）。`,
  cacheOlder: (p) =>
    `离线副本（截至 ${p.cached}）早于加载项自带的数据（截至 ${p.floor}），已忽略。`,
  cacheSaveFailed: () => `数据无法保存供离线使用（浏览器的存储已满或已关闭）。`,
  unexpected: () => `数据无法更新，正在使用的数据未改变。`,
  serviceNotLoaded: () =>
    `加载项未能及时从其服务器加载数据功能，正在使用的数据未改变。点击“刷新”会重试。`,
  storageFailed: () => `无法在浏览器的存储中读取或保存该设置。`,
  viewsFailed: () => `数据已更新，但部分打开的视图无法显示新数据。`,
  feedUrlNotUrl: (p) => `“${p.input}”不是网址。`,
  feedUrlNotHttps: (p) =>
    `数据源地址必须以 https:// 开头（仅 localhost 可用 http://）：“${p.input}”。`,
  feedUrlCredentials: () => `数据源地址不能包含用户名或密码。`,
  located: (p) => `第 ${p.line} 行第 ${p.column} 列：${p.message}`,
  moreProblems: (p) => `……另有 ${p.count} 个问题。`,
  feedUrlInvalidFile: (p) =>
    `该地址提供的不是本加载项能读取的数据集文件；第一个问题：${p.first}${Number(p.count) > 1 ? `（共 ${p.count} 个问题）` : ""}。`,
  unknownFileType: (p) => `“${p.name}”既不是 .json 文件也不是 .csv 文件。`,
  unknownEncoding: () =>
    `无法识别文件的文本编码；请在 Excel 中另存为“CSV UTF-8（逗号分隔）”后重新导入。`,
  readAsGbk: () =>
    `文件不是 UTF-8 编码，已按 GBK（中文版 Windows 上 Excel 保存 CSV 的编码）读取。如文字不正确，请另存为“CSV UTF-8（逗号分隔）”后重新导入。`,
  emptyFile: () => `文件为空。`,
  jsonSyntax: (p) => `JSON 语法错误：${p.detail}`,
  jsonExpectedKey: () => `此处应为用双引号括起的属性名`,
  jsonExpectedColon: () => `属性名后应为“:”`,
  jsonExpectedComma: (p) => `此处应为“,”或“${p.close}”`,
  jsonUnexpected: (p) => `意外的字符 ${p.char}；此处应为一个值`,
  jsonEnded: () => `文本在应为值的位置结束`,
  jsonTrailing: () => `JSON 结束后还有多余的文本`,
  jsonBadEscape: () => `字符串中的转义无效`,
  jsonControlChar: () => `字符串中有换行符或控制字符`,
  jsonUnclosed: () => `字符串没有结束的引号`,
  jsonDuplicateKey: (p) => `属性 ${p.name} 出现了两次`,
  schemaProblem: (p) => (p.path ? `${p.path}：${p.detail}` : `${p.detail}`),
  fileTooLarge: (p) => `文件超过 ${p.limit} MB。`,
  tooDeep: (p) => `嵌套超过 ${p.limit} 层`,
  csvUnclosedQuote: () => `带引号的字段没有结束的引号`,
  csvStrayQuote: () => `不以引号开头的字段中出现了引号`,
  csvHeader: (p) => `第一行必须是表头 ${p.expected}`,
  csvFieldCount: (p) => `应有 ${p.expected} 个字段，实际 ${p.found} 个`,
  csvSyntax: (p) => `CSV 语法错误：${p.detail}`,
  csvNoRows: () => `文件只有表头，没有数据。`,
  tooManyRows: (p) => `超过 ${p.max} 行，请拆分文件。`,
  formulaCell: (p) => `${p.column} 以“${p.char}”开头，电子表格会把它当作公式执行；请删除。`,
  required: (p) => `${p.column} 不能为空。`,
  notNumber: (p) => `${p.column} 必须是数字，例如 95 或 12.5；收到的是“${p.input}”。`,
  decimalComma: (p) =>
    `${p.column} 使用了小数逗号：请写作 ${p.fixed}，而不是 ${p.input}（或在 Excel 中另存为“CSV UTF-8（逗号分隔）”）。`,
  negativeValue: (p) => `${p.column} 不能为负数：出口额不会小于零。`,
  tooBig: (p) => `${p.column} 大于 ${p.max}。`,
  yoyTooLow: (p) => `${p.column} 不能低于 -100%。`,
  badPeriodCell: (p) =>
    `“${p.input}”不是期间；季度写作 2024Q2，半年写作 2024H1，月份写作 2024M05，年内累计写作 2024M01-M05（2024年1-5月），年份写作 2024。`,
  periodAcrossYears: (p) =>
    `“${p.input}”不是一个期间：期间是同一年内的若干月份（2024Q2、2024M01-M05）；每个期间请单独一行。`,
  valueOrRate: () => `value_cny_mn 不能为空，除非 yoy_pct 给出了只公布增速、未公布数值的同比增速。`,
  badCategoryCell: (p) => `“${p.input}”不是类别；可用类别：${p.valid}。`,
  futurePeriod: (p) => `${p.period} 晚于今天所在季度的下一个季度。`,
  futurePublished: (p) =>
    `发布日期 ${p.date} 晚于今天（${p.today}）；发布日期不能在未来。请检查年份。`,
  futureAsOf: (p) => `asOf ${p.asOf} 晚于今天（${p.today}）；数据集的日期不能在未来。请检查年份。`,
  badUrl: (p) => `“${p.input}”不是 http 或 https 网址。`,
  badDate: (p) => `“${p.input}”不是日期（例如 2024-07-15）。`,
  tooLong: (p) => `${p.column} 超过 ${p.max} 个字符。`,
  duplicateRow: (p) => `${p.category} ${p.period} 的第二行（第一行在第 ${p.firstLine} 行）。`,
};
