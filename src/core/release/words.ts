import type { CategoryCode } from "../categories";
import type { ScopeNote } from "../dataset";
import type { RegionCode } from "../regions";

/** The words releases use for the regions the dataset covers, longest first. */
export const REGION_WORDS: readonly [string, RegionCode][] = [
  ["淄博市", "ZIBO"],
  ["淄博", "ZIBO"],
  ["山东省", "SHANDONG"],
  ["山东", "SHANDONG"],
  ["全省", "SHANDONG"],
  ["我国", "CHINA"],
  ["全国", "CHINA"],
  ["中国", "CHINA"],
];

/**
 * Places the dataset does not cover: a figure for one of them is not taken. Shandong's other
 * cities are here too, so that Qingdao's figure is never read as the province's.
 */
export const OTHER_PLACES = [
  "北京",
  "天津",
  "上海",
  "重庆",
  "河北",
  "山西",
  "辽宁",
  "吉林",
  "黑龙江",
  "江苏",
  "浙江",
  "安徽",
  "福建",
  "江西",
  "河南",
  "湖北",
  "湖南",
  "广东",
  "海南",
  "四川",
  "贵州",
  "云南",
  "陕西",
  "甘肃",
  "青海",
  "内蒙古",
  "广西",
  "西藏",
  "宁夏",
  "新疆",
  "济南",
  "青岛",
  "烟台",
  "潍坊",
  "威海",
  "日照",
  "临沂",
  "东营",
  "济宁",
  "泰安",
  "德州",
  "聊城",
  "滨州",
  "菏泽",
  "枣庄",
];

/** Product words: the category each stands for, and the scope note its name implies. */
export interface ProductWord {
  word: string;
  category: CategoryCode;
  scope: ScopeNote | null;
}

const CUSTOMS_EV: ScopeNote = {
  en: "electric passenger vehicles (电动载人汽车) as customs counts them: not by name the Zibo release's new energy vehicles",
  zh: "海关统计的电动载人汽车，与淄博发布的“新能源汽车”并非同一名称口径",
};
const PROVINCIAL_EV: ScopeNote = {
  en: "electric vehicles (电动汽车) as the provincial release names them: not by name the Zibo release's new energy vehicles",
  zh: "省级发布中的“电动汽车”，与淄博发布的“新能源汽车”并非同一名称口径",
};
const SOLAR_CELLS: ScopeNote = {
  en: "solar cells (太阳能电池) as customs counts them: not by name the Zibo release's photovoltaic products",
  zh: "海关统计的太阳能电池，与淄博发布的“光伏产品”并非同一名称口径",
};

/** Customs' "new three": what every provincial and national total counts. */
export const CUSTOMS_NEW_THREE: ScopeNote = {
  en: 'customs\' "new three": electric passenger vehicles, lithium-ion batteries and solar cells',
  zh: "海关口径的“新三样”：电动载人汽车、锂电池、太阳能电池",
};

/** Longest first, so that 电动载人汽车 is not read as 电动汽车 and 锂离子蓄电池 not as 锂电池. */
export const PRODUCT_WORDS: readonly ProductWord[] = [
  { word: "新三样", category: "TOTAL", scope: null },
  { word: "电动载人汽车", category: "NEV", scope: CUSTOMS_EV },
  { word: "新能源汽车", category: "NEV", scope: null },
  { word: "电动汽车", category: "NEV", scope: PROVINCIAL_EV },
  { word: "锂离子蓄电池", category: "LIB", scope: null },
  { word: "锂离子电池", category: "LIB", scope: null },
  { word: "锂电池", category: "LIB", scope: null },
  { word: "光伏产品", category: "PV", scope: null },
  { word: "太阳能电池", category: "PV", scope: SOLAR_CELLS },
];

/** Customs' names for the products: a text that defines 新三样 with them counts as customs does. */
export const CUSTOMS_NAMES = /电动载人汽车|太阳能电池|锂离子蓄电池/;

/** Totals of other goods or of all trade: a number for them is not a "new three" figure. */
export const OTHER_GOODS =
  /机电产品|外贸|货物贸易|劳动密集型产品|高新技术产品|农产品|汽车整车|整体出口/g;

/** Words that make what follows them a forecast or a goal, not a published figure. */
export const FORECAST = /预计|有望|力争|目标|预期|计划|将达|将突破|争取|预测/;

/** Words that make a number a bound, not the number itself. */
export const APPROXIMATE_BEFORE = /(超过了?|超|逾|近|约|接近|突破|将近|不到|不足|达到近|多达)$/;
export const APPROXIMATE_AFTER = /^(以上|左右|多|余|上下|以下|之多)/;

/** The last word before a percentage decides what it is. */
export const RATE_WORDS =
  /(增长|增幅|增速|上升|提高|增加|下降|减少|下滑|回落|降低|占比|比重|份额|占|贡献率?|贡献度|拉动)/g;
export const DECLINE = /^(下降|减少|下滑|回落|降低)$/;
export const SHARE = /^(占比|比重|份额|占)$/;
export const CONTRIBUTION = /^(贡献率?|贡献度|拉动)$/;

/** A part of the exports, not all of them: by market, by firm type or by trade mode. */
export const PART_OF_EXPORTS =
  /对(?!外)[^，,；;。]{1,10}出口|向[^，,；;。]{1,10}出口|民营企业|国有企业|外商投资企业|外资企业|一般贸易|加工贸易|跨境电商/;

/** A rate against something other than the same span a year before. */
export const NOT_YEAR_ON_YEAR = /环比|比上月|比上季度|较上月|较上季度|比一季度|较一季度/;
