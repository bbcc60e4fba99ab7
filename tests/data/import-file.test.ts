import { describeChanges, lookupExports, lookupGrowth } from "../../src/core";
import { describeImport } from "../../src/data";
import { FEED_PATH, harness, newQuarterFile, revisedFile, text } from "../support/datasets";
import { FeedServer } from "../support/feed-server";
import { figureByKey } from "../support/figure-by-key";
import { imported } from "../support/imported";

const page = "https://addin.example.org/taskpane.html";
const HEADER = "period,category,value_cny_mn,yoy_pct,source_title,source_url,published";
const SOURCE = "Zibo Customs quarterly release,https://stats.example.gov.cn/q2,2024-07-20";

function csv(...rows: string[]): string {
  return [HEADER, ...rows].join("\n") + "\n";
}

function value(h: ReturnType<typeof harness>, category: string, period: string): number | string {
  const found = lookupExports(h.store.current, category, period);
  return found.ok ? found.value.value : found.error.key;
}

describe("importing a CSV of figures", () => {
  it("adds the figures as user-supplied, with their source", async () => {
    const h = harness(page);
    const outcome = imported(
      await h.service.importFile(
        "zibo-q2.csv",
        csv(`2024Q2,TOTAL,95,12.5,${SOURCE}`, `2024 Q2,new energy vehicles,80,,${SOURCE}`),
      ),
    );
    expect(describeImport(outcome)).toEqual({
      headline: "Imported zibo-q2.csv.",
      details: ["2024Q2 added: TOTAL 95, NEV 80"],
    });
    expect(value(h, "TOTAL", "2024Q2")).toBe(95);
    expect(value(h, "LIB_PV", "2024Q2")).toBe(15);
    const figure = figureByKey(h.store.current, "ZIBO|TOTAL|2024Q2")!;
    expect(figure.yoyPct?.value).toBe(12.5);
    expect(h.store.current.sources.get(figure.cny!.sourceIds[0]!)).toEqual({
      id: expect.stringMatching(/^user-[0-9a-f]{8}$/),
      title: "Zibo Customs quarterly release",
      publisher: "stats.example.gov.cn",
      url: "https://stats.example.gov.cn/q2",
      published: "2024-07-20",
      standing: "user",
      file: "zibo-q2.csv",
      importedOn: "2024-09-01",
    });
  });

  it("takes the period forms the functions take, and a growth rate without a value", async () => {
    const h = harness(page);
    const outcome = imported(
      await h.service.importFile(
        "zibo-h1.csv",
        csv(
          `2024年上半年,TOTAL,190,,${SOURCE}`,
          `Jan-May 2024,PV,,57.4,${SOURCE}`,
          `2024-03-31,NEV,70,,${SOURCE}`,
        ),
      ),
    );
    expect(describeImport(outcome).details).toEqual([
      "2024H1 added: TOTAL 190",
      "2024M01-M05 added: PV +57.4 %",
    ]);
    expect(value(h, "TOTAL", "2024H1")).toBe(190);
    // The second quarter follows from the half less the first quarter: derived.
    expect(figureByKey(h.store.current, "ZIBO|TOTAL|2024Q2")?.cny?.kind).toBe("derived");
    const growthOnly = lookupGrowth(h.store.current, "PV", "2024年1-5月");
    expect(growthOnly.ok && growthOnly.value.value).toBe(57.4);
    expect(value(h, "PV", "2024M01-M05")).toBe("growthOnly");
  });

  it("refuses a row with neither a value nor a growth rate, and a locale-ordered date", async () => {
    const h = harness(page);
    const outcome = await h.service.importFile(
      "bad.csv",
      csv(`2024H1,TOTAL,,,${SOURCE}`, `6/30/2024,TOTAL,5,,${SOURCE}`),
    );
    expect(outcome.state).toBe("rejected");
    expect(describeImport(outcome).details).toEqual([
      "line 2, column 3: value_cny_mn is required unless yoy_pct gives a growth rate published without a value.",
      expect.stringMatching(/^line 3, column 1: "6\/30\/2024" is not a period/),
    ]);
  });

  it("refuses a row whose period spans two years, with its line and column, never as its first part", async () => {
    const h = harness(page);
    const outcome = await h.service.importFile(
      "span.csv",
      csv(`2024Q2,TOTAL,95,,${SOURCE}`, `2023Q1-2024Q1,TOTAL,5,,${SOURCE}`),
    );
    expect(outcome.state).toBe("rejected");
    expect(describeImport(outcome).details).toEqual([
      'line 3, column 1: "2023Q1-2024Q1" is not one period: a period is a span of months within one year (2024Q2, 2024M01-M05); give each period its own row.',
    ]);
    expect(value(h, "TOTAL", "2023Q1")).not.toBe(5);
  });

  it("refuses a publication date after today, with its line and column", async () => {
    const h = harness(page);
    const outcome = await h.service.importFile(
      "future.csv",
      csv(
        "2024Q2,TOTAL,95,12.5,Zibo Customs quarterly release,https://example.org/release,2099-01-01",
      ),
    );
    expect(outcome.state).toBe("rejected");
    expect(describeImport(outcome).details).toEqual([
      "line 2, column 7: published 2099-01-01 is after today (2024-09-01); a release cannot be dated in the future. Check the year.",
    ]);
  });

  it("accepts a byte-order mark, Windows line ends, quoted fields and a negative YoY", async () => {
    const h = harness(page);
    const file = `\uFEFF${HEADER}\r\n2024Q2,TOTAL,95,-12.5,"Release, with a comma",https://stats.example.gov.cn/q2,\r\n`;
    imported(await h.service.importFile("q2.csv", file));
    expect(figureByKey(h.store.current, "ZIBO|TOTAL|2024Q2")!.yoyPct?.value).toBe(-12.5);
  });

  it("revises a published figure, keeping the published value in its history", async () => {
    const h = harness(page);
    const outcome = imported(
      await h.service.importFile("fix.csv", csv(`2024Q1,NEV,72,,${SOURCE}`)),
    );
    expect(describeChanges(outcome.changes)).toBe("NEV 2024Q1 revised 70 → 72");
    expect(figureByKey(h.store.current, "ZIBO|NEV|2024Q1")!.history).toEqual([
      { valueCnyMn: 70, sourceId: "prnewswire-2024-05-20", replacedOn: "2024-09-01" },
    ]);
  });

  it("changes nothing when the same file is imported again", async () => {
    const h = harness(page);
    const file = csv(`2024Q2,TOTAL,95,,${SOURCE}`);
    imported(await h.service.importFile("q2.csv", file));
    const after = h.store.current;
    expect(describeImport(await h.service.importFile("q2.csv", file)).details).toEqual([
      "No changes.",
    ]);
    expect(h.store.current).toBe(after);
  });

  it("does not take over the citation of a published figure it repeats", async () => {
    const h = harness(page);
    imported(await h.service.importFile("q1.csv", csv(`2024Q1,TOTAL,80,,${SOURCE}`)));
    expect(figureByKey(h.store.current, "ZIBO|TOTAL|2024Q1")!.cny!.sourceIds).toEqual([
      "prnewswire-2024-05-20",
    ]);
  });

  const bad: { name: string; file: string; problems: string[] }[] = [
    {
      name: "a formula in a text field",
      file: csv(`2024Q2,TOTAL,95,,"=HYPERLINK(""https://evil.example"")",https://a.example/,`),
      problems: [
        'line 2, column 5: source_title starts with "=", which a spreadsheet would run as a formula; remove it.',
      ],
    },
    {
      name: "formula starts + @ and tab",
      file: csv(`@SUM(A1),+cmd,95,,"\tlabel",https://a.example/,`),
      problems: [
        'line 2, column 1: period starts with "@", which a spreadsheet would run as a formula; remove it.',
        'line 2, column 2: category starts with "+", which a spreadsheet would run as a formula; remove it.',
        'line 2, column 5: source_title starts with "tab", which a spreadsheet would run as a formula; remove it.',
      ],
    },
    {
      name: "full-width and small formula signs, and a sign after a line break or wide space",
      file: csv(
        `＠SUM(A1),﹢cmd,95,,"\n=HYPERLINK(1)",https://a.example/,`,
        `2024Q2,NEV,＝1,－5,"\u3000＝x",https://a.example/,`,
      ),
      problems: [
        'line 2, column 1: period starts with "＠", which a spreadsheet would run as a formula; remove it.',
        'line 2, column 2: category starts with "﹢", which a spreadsheet would run as a formula; remove it.',
        'line 2, column 5: source_title starts with "=", which a spreadsheet would run as a formula; remove it.',
        'line 4, column 3: value_cny_mn starts with "＝", which a spreadsheet would run as a formula; remove it.',
        'line 4, column 4: yoy_pct starts with "－", which a spreadsheet would run as a formula; remove it.',
        'line 4, column 5: source_title starts with "＝", which a spreadsheet would run as a formula; remove it.',
      ],
    },
    {
      name: "a formula in a number field",
      file: csv(`2024Q2,TOTAL,=1+1,,${SOURCE}`),
      problems: [
        'line 2, column 3: value_cny_mn starts with "=", which a spreadsheet would run as a formula; remove it.',
      ],
    },
    {
      name: "a negative value",
      file: csv(`2024Q2,TOTAL,-95,,${SOURCE}`),
      problems: [
        "line 2, column 3: value_cny_mn cannot be negative: exports are never below zero.",
      ],
    },
    {
      name: "numbers that are not plain numbers",
      file: csv(`2024Q2,TOTAL,Infinity,,${SOURCE}`, `2024Q2,NEV,"1,234",abc,${SOURCE}`),
      problems: [
        'line 2, column 3: value_cny_mn must be a plain number like 95 or 12.5; got "Infinity".',
        'line 3, column 3: value_cny_mn must be a plain number like 95 or 12.5; got "1,234".',
        'line 3, column 4: yoy_pct must be a plain number like 95 or 12.5; got "abc".',
      ],
    },
    {
      name: "a YoY below -100 %",
      file: csv(`2024Q2,TOTAL,95,-120,${SOURCE}`),
      problems: ["line 2, column 4: yoy_pct cannot be below -100 %."],
    },
    {
      name: "two rows for one category and period",
      file: csv(
        `2024Q2,TOTAL,95,,${SOURCE}`,
        `2024Q2,NEV,80,,${SOURCE}`,
        `2024-Q2,total,96,,${SOURCE}`,
      ),
      problems: ["line 4, column 1: a second row for TOTAL 2024Q2 (first on line 2)."],
    },
    {
      name: "a period far in the future",
      file: csv(`2031Q1,TOTAL,95,,${SOURCE}`),
      problems: ["line 2, column 1: 2031Q1 is more than one quarter after today."],
    },
    {
      name: "unknown period and category",
      file: csv(`summer,SOLAR PANELS,95,,${SOURCE}`),
      problems: [
        'line 2, column 1: "summer" is not a period; write a quarter as 2024Q2, a half as 2024H1, a month as 2024M05, a year-to-date span as 2024M01-M05 or a year as 2024.',
        'line 2, column 2: "SOLAR PANELS" is not a category; use one of TOTAL, NEV, LIB, PV, LIB_PV.',
      ],
    },
    {
      name: "a wrong header",
      file: "quarter,category,value\n2024Q2,TOTAL,95\n",
      problems: [
        `line 1, column 1: The first line must be the header ${HEADER}`,
        "line 2, column 1: expected 7 fields, found 3",
      ],
    },
    {
      name: "a row with a missing field, after a quoted line break",
      file: csv(
        `2024Q2,TOTAL,95,,"A title\nover two lines",https://a.example/,`,
        `2024Q2,NEV,80,${SOURCE}`,
      ),
      problems: ["line 4, column 1: expected 7 fields, found 6"],
    },
    {
      name: "an unterminated quote",
      file: csv(`2024Q2,TOTAL,95,,"never closed,https://a.example/,`),
      problems: [
        "line 2, column 18: CSV syntax error: a quoted field is never closed",
        "line 2, column 1: expected 7 fields, found 5",
      ],
    },
    {
      name: "a huge title, a bad URL and a bad date",
      file: csv(`2024Q2,TOTAL,95,,${"x".repeat(301)},javascript:alert(1),2024-13-01`),
      problems: [
        "line 2, column 5: source_title is longer than 300 characters.",
        'line 2, column 6: "javascript:alert(1)" is not an http or https URL.',
        'line 2, column 7: "2024-13-01" is not a date like 2024-07-15.',
      ],
    },
    {
      name: "missing required fields",
      file: csv("2024Q2,TOTAL,,,,,"),
      problems: [
        "line 2, column 3: value_cny_mn is required unless yoy_pct gives a growth rate published without a value.",
        "line 2, column 5: source_title is required.",
        "line 2, column 6: source_url is required.",
      ],
    },
    { name: "an empty file", file: "", problems: ["The file is empty."] },
    {
      name: "a header without rows",
      file: `${HEADER}\n`,
      problems: ["The file has a header but no figures."],
    },
  ];

  it.each(bad)(
    "rejects $name with every problem located, and changes nothing",
    async ({ file, problems }) => {
      const h = harness(page);
      const before = h.store.current;
      const outcome = await h.service.importFile("figures.csv", file);
      expect(outcome.state).toBe("rejected");
      expect(describeImport(outcome).details).toEqual(problems);
      expect(h.store.current).toBe(before);
    },
  );

  it("refuses more rows than a dataset may hold instead of cutting the file short", async () => {
    const h = harness(page);
    const rows = Array.from(
      { length: 10_001 },
      (_, i) => `${1990 + (i % 35)},TOTAL,${i},,${SOURCE}`,
    );
    const outcome = await h.service.importFile("many.csv", csv(...rows));
    if (outcome.state !== "rejected") throw new Error("imported");
    const shown = describeImport(outcome);
    expect(shown.headline).toBe(
      "many.csv was not imported (problems found: 9966); nothing was changed.",
    );
    expect(shown.details[0]).toBe("line 10002, column 1: more than 10000 rows; split the file.");
    expect(shown.details).toHaveLength(21);
    expect(shown.details.at(-1)).toBe("…and 9946 more.");
  });

  it("applies nothing when one row of many is bad", async () => {
    const h = harness(page);
    const outcome = await h.service.importFile(
      "q2.csv",
      csv(`2024Q2,TOTAL,95,,${SOURCE}`, `2024Q2,NEV,-80,,${SOURCE}`, `2024Q3,TOTAL,99,,${SOURCE}`),
    );
    expect(describeImport(outcome).headline).toBe(
      "q2.csv was not imported (problems found: 1); nothing was changed.",
    );
    expect(value(h, "TOTAL", "2024Q2")).toBe("notPublished");
  });
});

describe("importing a dataset JSON file", () => {
  it("adds new figures under user-standing copies of the file's sources", async () => {
    const h = harness(page);
    const outcome = imported(await h.service.importFile("zibo.json", text(revisedFile())));
    expect(describeChanges(outcome.changes)).toBe(
      "2024Q2 added: TOTAL 95, NEV 80; NEV 2024Q1 revised 70 → 72",
    );
    const q2 = figureByKey(h.store.current, "ZIBO|TOTAL|2024Q2")!;
    expect(q2.cny!.sourceIds).toEqual(["user-prnewswire-2024-05-20"]);
    expect(h.store.current.sources.get("user-prnewswire-2024-05-20")?.standing).toBe("user");
    // The add-in's own source keeps its standing.
    expect(h.store.current.sources.get("prnewswire-2024-05-20")?.standing).toBe("primary");
    // An import is partial: the version and date of the data stay the published ones.
    expect(h.store.current.version).toBe("2024M05.1");
  });

  const bad: { name: string; file: () => string; problems: RegExp[] }[] = [
    {
      name: "a syntax error",
      file: () => '{\n  "format": 1,\n  "version": "x",\n}\n',
      problems: [
        /^line 4, column 1: JSON syntax error: expected a property name in double quotes$/,
      ],
    },
    {
      name: "a number written as a string",
      file: () => text(newQuarterFile()).replace('"valueCnyMn": 95', '"valueCnyMn": "95"'),
      problems: [/^line 282, column 21: figures\[15\]\.valueCnyMn: should be a number, not text$/],
    },
    {
      name: "deep nesting",
      file: () => `${"[".repeat(100)}${"]".repeat(100)}`,
      problems: [/^line 1, column 33: JSON syntax error: nested more than 32 levels deep$/],
    },
  ];

  it.each(bad)("rejects $name with its line and column", async ({ file, problems }) => {
    const h = harness(page);
    const before = h.store.current;
    const outcome = await h.service.importFile("zibo.json", file());
    const details = describeImport(outcome).details;
    expect(details).toHaveLength(problems.length);
    problems.forEach((p, i) => expect(details[i]).toMatch(p));
    expect(h.store.current).toBe(before);
  });

  it("refuses a file that is neither JSON nor CSV, and one that is too large", async () => {
    const h = harness(page);
    expect(describeImport(await h.service.importFile("figures.xlsx", "PK")).details).toEqual([
      '"figures.xlsx" is neither a .json nor a .csv file.',
    ]);
    expect(
      describeImport(await h.service.importFile("big.csv", "x".repeat(3_000_000))).details,
    ).toEqual(["The file is larger than 2 MB."]);
  });
});

describe("imports and the feed", () => {
  let server: FeedServer;

  beforeEach(async () => {
    server = await FeedServer.start();
  });

  afterEach(async () => {
    await server.close();
  });

  it("keeps imported figures through a refresh and a restart, without calling them missing", async () => {
    const h = harness(server.baseUrl);
    imported(await h.service.importFile("q3.csv", csv(`2024Q3,TOTAL,99,,${SOURCE}`)));
    server.route(FEED_PATH, { kind: "file", body: text(newQuarterFile()) });
    const status = await h.service.refreshNow();
    expect(status.state === "updated" && describeChanges(status.changes)).toBe(
      "2024Q2 added: TOTAL 95, NEV 80",
    );
    const next = harness(server.baseUrl, { storage: h.storage });
    await next.service.start();
    expect(value(next, "TOTAL", "2024Q3")).toBe(99);
    expect(value(next, "TOTAL", "2024Q2")).toBe(95);
  });
});
