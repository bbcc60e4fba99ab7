import bundledFile from "../../src/data/zibo-new-three.json";

const CATEGORIES = ["TOTAL", "NEV", "LIB", "PV", "LIB_PV"] as const;
const source = bundledFile.sources[0]!.id;

/** The i-th of 500 distinct quarters or categories: 2000Q1 … 2024Q4 by five categories. */
function slot(i: number): { period: string; category: string } {
  const q = i % 100;
  return {
    period: `${2000 + Math.floor(q / 4)}Q${(q % 4) + 1}`,
    category: CATEGORIES[Math.floor(i / 100) % CATEGORIES.length]!,
  };
}

/**
 * A feed of about 2 MB, pretty-printed as maintainers write it, in which `bad` figures have a
 * negative value: the worst case for locating schema problems in the text.
 */
export function feedWithBadFigures(bad = 9_000): string {
  const figures = Array.from({ length: bad }, (_, i) => ({
    region: "ZIBO",
    ...slot(i),
    valueCnyMn: -1 - i,
    kind: "reported",
    derivation: "x".repeat(26),
    source,
  }));
  return JSON.stringify({ ...bundledFile, figures }, null, 2);
}

/**
 * A CSV of `rows` well-formed figures, as the import reads it. Zibo has room for 2,775 distinct
 * figures (1990–2100, four quarters and the year, five categories); rows after those repeat them,
 * so a file longer than that is refused for its repeated rows, each one located.
 */
export function csvRows(rows = 10_000): string {
  const lines = ["period,category,value_cny_mn,yoy_pct,source_title,source_url,published"];
  for (let i = 0; i < rows; i++) {
    const k = i % 2_775;
    const year = 1990 + Math.floor(k / 25);
    const within = k % 25;
    const quarter = within % 5;
    const period = quarter === 4 ? `${year}` : `${year}Q${quarter + 1}`;
    const category = CATEGORIES[Math.floor(within / 5)]!;
    lines.push(
      `${period},${category},${i + 1},1.5,Zibo Customs release ${year},https://stats.example.gov.cn/${year},2024-07-20`,
    );
  }
  return `${lines.join("\r\n")}\r\n`;
}
