import { yoyBase } from "../../src/core";
import { paneStrings } from "../../src/taskpane/strings";
import { readBuilt } from "../support/load-bundle";

interface FunctionMetadata {
  id: string;
  description: string;
  parameters: { name: string; description: string }[];
}
const yoyBaseIn = (file: string) =>
  (JSON.parse(readBuilt(file)) as { functions: FunctionMetadata[] }).functions.find(
    (f) => f.id === "YOY_BASE",
  )!;

describe("YOY_BASE says its rate is in percent points and how a %-formatted cell is read", () => {
  test("the function description and its parameter, in English", () => {
    const f = yoyBaseIn("functions.json");
    expect(f.description).toContain("percent points");
    expect(f.description).toContain("A %-formatted cell showing 931.2 % holds 9.312");
    const rate = f.parameters.find((p) => p.name === "yoy_percent")!;
    expect(rate.description).toContain("931.2 means +931.2 %");
    expect(rate.description).toContain("multiply it by 100");
  });

  test("the function description and its parameter, in Chinese", () => {
    const f = yoyBaseIn("functions.zh-cn.json");
    expect(f.description).toContain("百分点数");
    expect(f.description).toContain("会被读作增长 9.312%");
    const rate = f.parameters.find((p) => p.name === "yoy_percent")!;
    expect(rate.description).toContain("请乘以 100");
  });

  test("the formula helper's text notes a rate below 1, in both languages", () => {
    expect(paneStrings("en").functionHelp.YOY_BASE).toContain("A rate below 1");
    expect(paneStrings("en").functionHelp.YOY_BASE).toContain("percent points");
    expect(paneStrings("zh").functionHelp.YOY_BASE).toContain("小于 1 的增速");
  });

  test("no silent change of results: 9.312 and 0.25 are read as the percent points they are", () => {
    const base = (current: number, pct: number) => {
      const r = yoyBase(current, pct);
      return r.ok ? r.value : NaN;
    };
    expect(base(80, 9.312)).toBeCloseTo(80 / 1.09312, 12);
    expect(base(80, 0.25)).toBeCloseTo(80 / 1.0025, 12);
    expect(base(80, 931.2)).toBeCloseTo(80 / 10.312, 12);
  });
});
