import {
  buildDataset,
  describeChanges,
  isTooFarAhead,
  mergeContent,
  parsePeriodKey,
  type CategoryCode,
  type DatasetContent,
  type Figure,
  type MergeMode,
  type RegionCode,
  type Revision,
  type Source,
} from "../../src/core";
import { figureByKey } from "../support/figure-by-key";

const source = (id: string, standing: Source["standing"] = "primary"): Source => ({
  id,
  title: `Release ${id}`,
  publisher: "Publisher",
  url: `https://example.org/${id}`,
  standing,
});

const SOURCES = new Map([
  ["official", source("official")],
  ["later", source("later", "secondary")],
  ["mine", source("mine", "user")],
]);

interface Spec {
  region?: RegionCode;
  category: CategoryCode;
  period: string;
  cny: number;
  yoy?: number;
  source?: string;
  history?: Revision[];
}

function figure(spec: Spec): Figure {
  const sourceIds = [spec.source ?? "official"];
  return {
    region: spec.region ?? "ZIBO",
    category: spec.category,
    period: parsePeriodKey(spec.period)!,
    cny: { value: spec.cny, kind: "reported", sourceIds },
    usd: null,
    yoyPct: spec.yoy === undefined ? null : { value: spec.yoy, kind: "reported", sourceIds },
    scope: null,
    history: spec.history ?? [],
  };
}

function content(specs: Spec[], version = "v1", asOf = "2024-05-20"): DatasetContent {
  return { version, asOf, sources: SOURCES, figures: specs.map(figure), parks: [], notes: [] };
}

const Q1 = [
  { category: "TOTAL", period: "2024Q1", cny: 80, yoy: 931.2 },
  { category: "NEV", period: "2024Q1", cny: 70 },
] satisfies Spec[];

const cases: {
  description: string;
  incoming: Spec[];
  mode?: MergeMode;
  summary: string;
  /** The Chinese pane's line, where it names more than codes. */
  summaryZh?: string;
}[] = [
  {
    description: "a new period is added",
    incoming: [
      ...Q1,
      { category: "TOTAL", period: "2024Q2", cny: 95 },
      { category: "NEV", period: "2024Q2", cny: 80 },
    ],
    summary: "2024Q2 added: TOTAL 95, NEV 80",
  },
  {
    description: "a changed value is a revision",
    incoming: [Q1[0], { ...Q1[1], cny: 72 }],
    summary: "NEV 2024Q1 revised 70 → 72",
  },
  {
    description: "a changed rate is a revision of the rate",
    incoming: [{ ...Q1[0], yoy: 900 }, Q1[1]],
    summary: "TOTAL 2024Q1 year-on-year revised 931.2 % → 900 %",
  },
  {
    description: "a rate left out while the value stands is kept",
    incoming: [{ category: "TOTAL", period: "2024Q1", cny: 80 }, Q1[1]],
    summary: "No changes.",
  },
  {
    description: "a rate left out with a new value goes, and says so",
    incoming: [{ category: "TOTAL", period: "2024Q1", cny: 81 }, Q1[1]],
    summary: "TOTAL 2024Q1 revised 80 → 81; TOTAL 2024Q1 year-on-year revised 931.2 % → –",
  },
  {
    description: "a figure the new file lacks is kept and reported",
    incoming: [Q1[0]],
    summary: "not in the new file, kept: NEV 2024Q1",
  },
  {
    description: "an import lacking figures is simply partial",
    incoming: [{ category: "TOTAL", period: "2024Q3", cny: 99, source: "mine" }],
    mode: "import",
    summary: "2024Q3 added: TOTAL 99",
  },
  {
    description: "the feed may cite a figure to another source",
    incoming: [Q1[0], { ...Q1[1], source: "later" }],
    summary: "NEV 2024Q1 now cited to later (was official)",
  },
  {
    description: "an import repeating a figure does not take over its citation",
    incoming: [{ ...Q1[1], source: "mine" }],
    mode: "import",
    summary: "No changes.",
  },
  {
    description: "other regions are named",
    incoming: [...Q1, { region: "SHANDONG", category: "TOTAL", period: "2024Q2", cny: 3100 }],
    summary: "2024Q2 added: Shandong province TOTAL 3100",
    summaryZh: "2024Q2 新增：山东 TOTAL 3100",
  },
];

describe("merging a new dataset file", () => {
  it.each(cases)("$description", ({ incoming, mode, summary, summaryZh }) => {
    const merged = mergeContent(content(Q1), content(incoming), {
      mode: mode ?? "feed",
      replacedOn: "2024-09-01",
    });
    expect(describeChanges(merged.changes)).toBe(summary);
    if (summaryZh) expect(describeChanges(merged.changes, "zh")).toBe(summaryZh);
  });

  it("keeps the replaced value in the figure's history with its source and the date", () => {
    const first = mergeContent(
      content(Q1),
      content([Q1[0], { ...Q1[1], cny: 72, source: "later" }]),
      {
        mode: "feed",
        replacedOn: "2024-09-01",
      },
    );
    const second = mergeContent(
      first.content,
      content([Q1[0], { ...Q1[1], cny: 73, source: "later" }]),
      {
        mode: "feed",
        replacedOn: "2024-12-01",
      },
    );
    const nev = figureByKey(buildDataset(second.content), "ZIBO|NEV|2024Q1")!;
    expect(nev.cny).toEqual({ value: 73, kind: "reported", sourceIds: ["later"] });
    expect(nev.history).toEqual([
      { valueCnyMn: 70, sourceId: "official", replacedOn: "2024-09-01" },
      { valueCnyMn: 72, sourceId: "later", replacedOn: "2024-12-01" },
    ]);
  });

  it("does not record a replacement twice when the new file already records it", () => {
    const recorded = { valueCnyMn: 70, sourceId: "official", replacedOn: "2024-08-30" };
    const merged = mergeContent(
      content(Q1),
      content([Q1[0], { ...Q1[1], cny: 72, history: [recorded] }]),
      {
        mode: "feed",
        replacedOn: "2024-09-01",
      },
    );
    expect(merged.content.figures.find((f) => f.category === "NEV")!.history).toEqual([recorded]);
  });

  it("is idempotent: merging the same file again changes nothing", () => {
    const incoming = content(
      [Q1[0], { ...Q1[1], cny: 72 }, { category: "TOTAL", period: "2024Q2", cny: 95 }],
      "v2",
      "2024-08-30",
    );
    const once = mergeContent(content(Q1), incoming, { mode: "feed", replacedOn: "2024-09-01" });
    const twice = mergeContent(once.content, incoming, { mode: "feed", replacedOn: "2024-09-02" });
    expect(describeChanges(twice.changes)).toBe("No changes.");
    expect(twice.content.figures).toEqual(once.content.figures);
  });

  it("recomputes derived figures from the merged ones instead of merging them", () => {
    const merged = mergeContent(content(Q1), content([Q1[0], { ...Q1[1], cny: 72 }]), {
      mode: "feed",
      replacedOn: "2024-09-01",
    });
    const libPv = figureByKey(buildDataset(merged.content), "ZIBO|LIB_PV|2024Q1")!;
    expect(libPv.cny!.value).toBe(8);
    expect(libPv.cny!.kind).toBe("derived");
    expect(merged.content.figures.some((f) => f.category === "LIB_PV")).toBe(false);
  });

  it("takes the feed's version and the later date; an import keeps both", () => {
    const incoming = content(Q1, "v2", "2024-08-30");
    const feed = mergeContent(content(Q1), incoming, { mode: "feed", replacedOn: "2024-09-01" });
    expect([feed.content.version, feed.content.asOf]).toEqual(["v2", "2024-08-30"]);
    const imported = mergeContent(content(Q1), incoming, {
      mode: "import",
      replacedOn: "2024-09-01",
    });
    expect([imported.content.version, imported.content.asOf]).toEqual(["v1", "2024-05-20"]);
  });

  it("renders the same summary in Chinese", () => {
    const merged = mergeContent(
      content(Q1),
      content([Q1[0], { ...Q1[1], cny: 72 }, { category: "TOTAL", period: "2024Q2", cny: 95 }]),
      { mode: "feed", replacedOn: "2024-09-01" },
    );
    expect(describeChanges(merged.changes, "zh")).toBe(
      "2024Q2 新增：TOTAL 95; NEV 2024Q1 修订 70 → 72",
    );
  });
});

describe("periods too far ahead", () => {
  const today = new Date("2024-09-01T00:00:00Z");
  it.each([
    ["2024Q3", false],
    ["2024Q4", false],
    ["2025Q1", true],
    ["2024", false],
    ["2025", true],
  ])("%s on 2024-09-01 → %s", (period, tooFar) => {
    expect(isTooFarAhead(parsePeriodKey(period)!, today)).toBe(tooFar);
  });

  it("rolls over the year in the fourth quarter", () => {
    const december = new Date("2024-12-15T00:00:00Z");
    expect(isTooFarAhead(parsePeriodKey("2025Q1")!, december)).toBe(false);
    expect(isTooFarAhead(parsePeriodKey("2025Q2")!, december)).toBe(true);
  });
});
