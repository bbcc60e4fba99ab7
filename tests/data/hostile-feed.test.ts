import { describeStatus } from "../../src/data";
import { FEED_PATH, harness, newQuarterFile, text } from "../support/datasets";
import { FeedServer } from "../support/feed-server";
import { tenYearsOfQuarters } from "../support/feed-datasets";
import { figureByKey } from "../support/figure-by-key";

let server: FeedServer;

beforeEach(async () => {
  server = await FeedServer.start();
});

afterEach(async () => {
  await server.close();
});

type Edit = (file: ReturnType<typeof newQuarterFile>) => unknown;

/** The new-quarter file with one hostile change; TOTAL 2024Q2 is figures[15], after the bundled figures. */
function hostile(edit: Edit): string {
  const file = newQuarterFile();
  return text(edit(file) ?? file);
}

const cases: { name: string; body: () => string; says: RegExp }[] = [
  {
    name: "deeply nested JSON",
    body: () => `{"format": 1, "notes": ${"[".repeat(50_000)}${"]".repeat(50_000)}}`,
    says: /line 1, column \d+: JSON syntax error: nested more than 32 levels deep/,
  },
  {
    name: "a huge string",
    body: () => hostile((f) => void (f.version = "v".repeat(200_000))),
    says: /line 4, column 14: version: should have at most 40 characters/,
  },
  {
    name: "a number written as a string",
    body: () =>
      hostile((f) => ({
        ...f,
        figures: [...f.figures.slice(0, 15), { ...f.figures[15], valueCnyMn: "95" }, f.figures[16]],
      })),
    says: /figures\[15\]\.valueCnyMn: should be a number, not text/,
  },
  {
    name: "a negative value",
    body: () => hostile((f) => void (f.figures[15]!.valueCnyMn = -95)),
    says: /figures\[15\]\.valueCnyMn: should be at least 0/,
  },
  {
    name: "a non-finite value",
    body: () => hostile(() => undefined).replace('"valueCnyMn": 95', '"valueCnyMn": 1e999'),
    says: /figures\[15\]\.valueCnyMn: /,
  },
  {
    name: "two figures for one category and period",
    body: () => hostile((f) => void f.figures.push({ ...f.figures[15]!, valueCnyMn: 96 })),
    says: /figures\[17\]: a second figure for ZIBO TOTAL 2024Q2/,
  },
  {
    name: "a period far in the future",
    body: () => hostile((f) => void (f.figures[15]!.period = "2031Q1")),
    says: /2031Q1 is more than one quarter after today/,
  },
];

describe("a hostile feed is rejected with a located reason and changes nothing", () => {
  it.each(cases)("$name", async ({ body, says }) => {
    const h = harness(server.baseUrl);
    const before = h.store.current;
    server.route(FEED_PATH, { kind: "file", body: body() });
    const status = await h.service.start();
    const shown = describeStatus(status);
    expect(status.state).toBe("rejected");
    expect(shown.details.join("\n")).toMatch(says);
    expect(shown.details[0]).toMatch(/^line \d+, column \d+: /);
    expect(h.store.current).toBe(before);
  });

  it("takes a generated feed of ten years of quarters for every category", async () => {
    const file = newQuarterFile();
    file.figures = file.figures.filter((f) => f.region !== "ZIBO");
    // Up to 2024Q2: a later quarter would be ahead of the tests' today.
    const upTo2024Q2 = tenYearsOfQuarters().filter((f) => String(f.period) <= "2024Q2");
    file.figures.push(...(upTo2024Q2 as unknown as typeof file.figures));
    const h = harness(server.baseUrl);
    server.route(FEED_PATH, { kind: "file", body: text(file) });
    const status = await h.service.start();
    expect(status.state === "updated" && status.changes.added.length).toBe(4 * 38 - 2);
    expect(figureByKey(h.store.current, "ZIBO|LIB_PV|2019Q3")?.cny!.kind).toBe("derived");
  });

  it("accepts a file that starts with a UTF-8 byte-order mark", async () => {
    const h = harness(server.baseUrl);
    server.route(FEED_PATH, { kind: "file", body: `\uFEFF${text(newQuarterFile())}` });
    expect((await h.service.start()).state).toBe("updated");
  });
});
