import type { Language } from "../messages";

/** Why a number a release gives was not taken as a figure. */
export type SkipCode =
  | "forecast"
  | "imports"
  | "allTrade"
  | "otherGoods"
  | "noProduct"
  | "notExports"
  | "share"
  | "contribution"
  | "notRate"
  | "approximate"
  | "change"
  | "yearAgo"
  | "notYearOnYear"
  | "partOfExports"
  | "otherPlace"
  | "noRegion"
  | "noPeriod"
  | "notOver"
  | "usdOnly"
  | "listMismatch"
  | "severalProducts"
  | "secondNumber"
  | "repeat"
  | "conflict";

const REASONS: Record<Language, Record<SkipCode, string>> = {
  en: {
    forecast: "a forecast or a goal, not a published figure",
    imports: "imports, not exports",
    allTrade: "all trade (imports and exports), not exports",
    otherGoods: 'other goods or all exports, not the "new three"',
    noProduct: 'names none of the "new three" products',
    notExports: "not said to be exports",
    share: "a share, not an export figure",
    contribution: "a contribution to growth, not a growth rate",
    notRate: "a percentage that is not a growth rate",
    approximate: "a bound (more than, nearly, about), not an exact figure",
    change: "a change in value, not a value",
    yearAgo: "a year-ago value",
    notYearOnYear: "a change against another period, not year on year",
    partOfExports: "a part of the exports (one market, firm type or trade mode)",
    otherPlace: "a place the dataset does not cover",
    noRegion: "no region",
    noPeriod: "no period",
    notOver: "a span that had not ended when the text was published",
    usdOnly: "in US dollars only; the dataset keeps values and rates in yuan",
    listMismatch: "the products and the numbers listed do not pair up",
    severalProducts: "one number for several products",
    secondNumber: "a second number for the same figure",
    repeat: "repeats a figure found earlier",
    conflict: "differs from the same figure found earlier",
  },
  zh: {
    forecast: "预测或目标，不是已公布的数据",
    imports: "进口，不是出口",
    allTrade: "进出口合计，不是出口",
    otherGoods: "其他商品或全部出口，不是“新三样”",
    noProduct: "未提及“新三样”产品",
    notExports: "未说明是出口",
    share: "占比，不是出口数据",
    contribution: "对增长的拉动或贡献，不是增速",
    notRate: "不是增速的百分比",
    approximate: "约数或上下限（超过、接近、约），不是确切数据",
    change: "增减额，不是出口值",
    yearAgo: "上年同期值",
    notYearOnYear: "环比或与其他时期相比，不是同比",
    partOfExports: "出口的一部分（某一市场、企业类型或贸易方式）",
    otherPlace: "数据集不涵盖的地区",
    noRegion: "未说明地区",
    noPeriod: "未说明时期",
    notOver: "发布时该时期尚未结束",
    usdOnly: "仅有美元数据；数据集以人民币记值和增速",
    listMismatch: "列出的产品与数字无法一一对应",
    severalProducts: "多个产品合用一个数字",
    secondNumber: "同一数据的第二个数字",
    repeat: "与前文已找到的数据重复",
    conflict: "与前文找到的同一数据不一致",
  },
};

export function skipReason(code: SkipCode, language: Language): string {
  return REASONS[language][code];
}
