import { datasetInfo, parkTable } from "../../src/core";
import { bundled } from "../support/feed-datasets";

describe("PARKS: a header row, then name, Chinese name and focus", () => {
  test.each([
    [
      "en",
      ["Name", "Chinese name", "Focus"],
      [
        "Solid-state lithium battery industrial park",
        "固态锂电池产业园",
        "Solid-state lithium batteries",
      ],
    ],
    [
      "zh",
      // The first column holds English names, and its header says so.
      ["英文名称", "中文名称", "重点领域"],
      ["Solid-state lithium battery industrial park", "固态锂电池产业园", "固态锂电池"],
    ],
  ] as const)("in %s", (lang, header, secondPark) => {
    const table = parkTable(bundled(), lang);
    expect(table).toHaveLength(4);
    expect(table[0]).toEqual(header);
    expect(table[2]).toEqual(secondPark);
  });

  test("each Chinese header names what its column holds", () => {
    const [header, ...rows] = parkTable(bundled(), "zh");
    const latinOnly = (column: number) => rows.every((r) => !/[\u4e00-\u9fff]/.test(r[column]!));
    expect(latinOnly(0)).toBe(true);
    expect(header![0]).toContain("英文");
    expect(header![0]).not.toBe("名称");
  });
});

describe("INFO: the dataset's version and as-of date", () => {
  test.each([
    ["en", "Dataset 2024M05.1, as of 2024-06-27"],
    ["zh", "数据集 2024M05.1，截至 2024-06-27"],
  ] as const)("in %s", (lang, expected) => {
    expect(datasetInfo(bundled(), lang)).toBe(expected);
  });
});
