/**
 * The ZIBO functions the formula helper offers, each with one example. Formulas use the invariant
 * (English) function names and comma separators, as `range.formulas` expects in every display
 * language; what each example means is in the pane's strings.
 */
export const FORMULA_EXAMPLES = [
  { name: "EXPORTS", formula: '=ZIBO.EXPORTS("NEV","2024Q1")' },
  { name: "YOY_BASE", formula: "=ZIBO.YOY_BASE(80,931.2)" },
  { name: "YOY", formula: "=ZIBO.YOY(80,7.758)" },
  { name: "GROWTH", formula: '=ZIBO.GROWTH("TOTAL","2024Q1")' },
  { name: "SHARE", formula: '=ZIBO.SHARE("NEV","2024Q1")' },
  { name: "REGION_EXPORTS", formula: '=ZIBO.REGION_EXPORTS("Shandong","TOTAL","2024Q1")' },
  {
    name: "REGION_GROWTH",
    formula: '=ZIBO.REGION_GROWTH("Shandong","LIB","2024Q1")',
  },
  { name: "SHARE_OF", formula: '=ZIBO.SHARE_OF("Shandong","2024Q1")' },
  { name: "SOURCE", formula: '=ZIBO.SOURCE("TOTAL","2024Q1")' },
  { name: "LATEST", formula: '=ZIBO.LATEST("TOTAL")' },
  { name: "SERIES", formula: '=ZIBO.SERIES("TOTAL")' },
  { name: "PARKS", formula: "=ZIBO.PARKS()" },
  { name: "INFO", formula: "=ZIBO.INFO()" },
] as const;

export type FunctionName = (typeof FORMULA_EXAMPLES)[number]["name"];
