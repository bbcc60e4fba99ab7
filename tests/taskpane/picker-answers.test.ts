import { formatMessage, lookupRegionExports } from "../../src/core";
import { bundledDataset } from "../../src/data";
import {
  answerOf,
  categoryMark,
  loadLaterCode,
  periodChoices,
  type PeriodChoice,
} from "../../src/taskpane/picker-answers";

const ds = bundledDataset();

/** Spans as the picker lists them: a mark after each that is not published. */
const listed = (choices: PeriodChoice[]) =>
  choices.map((c) =>
    c.mark === "published"
      ? c.period
      : c.mark === "derived"
        ? `${c.period} derived`
        : `${c.period} ${c.why}`,
  );

describe("the spans the formula picker offers follow the function, region and category", () => {
  test("REGION_EXPORTS for Shandong: published spans first, then derived, then the growth-only one", () => {
    expect(
      listed(periodChoices(ds, "REGION_EXPORTS", { region: "Shandong", category: "TOTAL" })),
    ).toEqual([
      "2024Q1",
      "2023",
      "2023M01-M09",
      "2023Q4 derived",
      "2023Q1 derived",
      "2022 derived",
      "2022M01-M09 derived",
      "2024M01-M05 growthOnly",
    ]);
  });

  test("REGION_GROWTH for Shandong offers the growth-only span as an answer", () => {
    const choices = periodChoices(ds, "REGION_GROWTH", { region: "Shandong", category: "TOTAL" });
    expect(choices[0]).toEqual({ period: "2024M01-M05", mark: "published" });
    expect(choices.find((c) => c.period === "2023Q4")).toEqual({
      period: "2023Q4",
      mark: "na",
      why: "noGrowth",
    });
  });

  test("China's spans: 2023, 2023Q1 published, 2022 and 2022Q1 derived, 2023H1 growth only", () => {
    expect(
      listed(periodChoices(ds, "REGION_EXPORTS", { region: "China", category: "TOTAL" })),
    ).toEqual(["2023", "2023Q1", "2022 derived", "2022Q1 derived", "2023H1 growthOnly"]);
  });

  test("SHARE_OF asks on Zibo's spans, marking the one with a derived side", () => {
    expect(listed(periodChoices(ds, "SHARE_OF", { region: "Shandong", category: "" }))).toEqual(
      expect.arrayContaining(["2024Q1", "2023Q1 derivedInput"]),
    );
  });

  test("every offered span answers as marked, with the function's own code", () => {
    for (const [name, args] of [
      ["REGION_EXPORTS", { region: "Shandong", category: "TOTAL" }],
      ["REGION_EXPORTS", { region: "China", category: "NEV" }],
      ["REGION_GROWTH", { region: "Shandong", category: "LIB" }],
      ["EXPORTS", { category: "LIB_PV", unit: "USD" }],
      ["GROWTH", { category: "TOTAL" }],
      ["SHARE", { category: "NEV" }],
      ["SHARE_OF", { region: "China", category: "" }],
      ["FIGURE", { category: "TOTAL", region: "China" }],
    ] as const) {
      for (const c of periodChoices(ds, name, args)) {
        const found = answerOf(ds, name, { ...args, period: c.period }, "en");
        expect([name, c.period, found.ok]).toEqual([name, c.period, c.mark !== "na"]);
      }
    }
  });

  test("Zibo's LIB and PV are marked not published separately, LIB_PV derived", () => {
    expect(
      ["TOTAL", "NEV", "LIB", "PV", "LIB_PV"].map((c) => categoryMark(ds, "ZIBO", c as never)),
    ).toEqual(["published", "published", "notSeparately", "notSeparately", "derived"]);
    expect(categoryMark(ds, "SHANDONG", "LIB")).toBe("growthOnly");
    expect(categoryMark(ds, "SHANDONG", "LIB_PV")).toBe("notPublished");
  });
});

describe("the preview's answer is the function's", () => {
  test("REGION_EXPORTS Shandong TOTAL 2023Q4 is 3,080, as the function answers", () => {
    const found = answerOf(
      ds,
      "REGION_EXPORTS",
      { region: "Shandong", category: "TOTAL", period: "2023Q4" },
      "en",
    );
    expect(found).toEqual({ ok: true, value: { kind: "number", value: 3080, percent: false } });
    const direct = lookupRegionExports(ds, "Shandong", "TOTAL", "2023Q4");
    expect(direct.ok && direct.value.value).toBe(3080);
  });

  test("a growth-only span gives the function's #N/A message, naming REGION_GROWTH", () => {
    const found = answerOf(
      ds,
      "REGION_EXPORTS",
      { region: "Shandong", category: "TOTAL", period: "2024M01-M05" },
      "en",
    );
    expect(found.ok).toBe(false);
    if (found.ok) return;
    expect(found.error.code).toBe("notAvailable");
    expect(formatMessage(found.error.key, found.error.params, "en")).toContain("REGION_GROWTH");
  });

  test.each([
    ["EXPORTS", { category: "NEV", period: "2024Q1", unit: "亿元" }, 0.7],
    ["EXPORTS", { category: "TOTAL", period: "2024Q1", unit: "万元" }, 8000],
    ["EXPORTS", { category: "TOTAL", period: "2024Q1", unit: "亿美元" }, 0.1107],
    ["YOY_BASE", { current: "80", yoy_percent: "931.2" }, 80 / 10.312],
    ["EXPORTS", { category: "NEV", period: "latest" }, 70],
  ])("%s %j is %d", (name, args, value) => {
    const found = answerOf(ds, name, args, "en");
    expect(found.ok && found.value.kind === "number" && found.value.value).toBeCloseTo(value, 10);
  });

  test("as_of and SERIES forms use the code the functions fetch on first use", async () => {
    const later = await loadLaterCode();
    const before = answerOf(
      ds,
      "EXPORTS",
      { category: "NEV", period: "2024Q1", as_of: "2020-01-01" },
      "en",
      later,
    );
    expect(before.ok || formatMessage(before.error.key, before.error.params, "en")).toBe(
      "Not yet published on 2020-01-01; first published 2024-05-20.",
    );
    const quarters = answerOf(
      ds,
      "SERIES",
      { category: "TOTAL", region: "Shandong", form: "quarters" },
      "en",
      later,
    );
    expect(quarters).toEqual({
      ok: true,
      value: expect.objectContaining({ kind: "rows", last: "2024Q1" }),
    });
  });
});
