import { readDatasetText } from "../../src/data";
import * as jsonScan from "../../src/data/json-scan";
import { datasetFileSchema } from "../../src/data/schema";
import { bundledFile, FEED_PATH, harness, text } from "../support/datasets";
import { FeedServer } from "../support/feed-server";

// A day after the bundled dataset's as-of date, so it is not "in the future".
const TODAY = new Date("2024-06-28T00:00:00Z");

afterEach(() => jest.restoreAllMocks());

describe("a dataset file is read with as little work as its outcome needs", () => {
  test("a valid file is validated once and never scanned for positions", async () => {
    const fileText = text(bundledFile());
    const scan = jest.spyOn(jsonScan, "scanJson");
    const validate = jest.spyOn(datasetFileSchema, "safeParse");
    const read = await readDatasetText(fileText, TODAY);
    expect(read.ok).toBe(true);
    expect(validate).toHaveBeenCalledTimes(1);
    expect(scan).not.toHaveBeenCalled();
  });

  test("a file with a problem is scanned, so the problem still has its line and column", async () => {
    const scan = jest.spyOn(jsonScan, "scanJson");
    const file = bundledFile();
    file.figures[1]!.valueCnyMn = -5;
    const read = await readDatasetText(text(file), TODAY);
    expect(scan).toHaveBeenCalledTimes(1);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0]).toMatchObject({ line: expect.any(Number), column: 21 });
  });

  test("broken JSON gets the scanner's reason and position", async () => {
    const read = await readDatasetText('{\n  "format": 1,\n  "version": tru\n}', TODAY);
    expect(read.ok).toBe(false);
    if (!read.ok) expect(read.problems[0]).toMatchObject({ line: 3, column: 14 });
  });

  test("a feed repeating the data in use is validated once, not again after the merge", async () => {
    const server = await FeedServer.start();
    try {
      const h = harness(server.baseUrl);
      server.route(FEED_PATH, { kind: "file", body: text(bundledFile()) });
      const validate = jest.spyOn(datasetFileSchema, "safeParse");
      const status = await h.service.refreshNow();
      expect(status.state).toBe("up-to-date");
      expect(validate).toHaveBeenCalledTimes(1);
    } finally {
      await server.close();
    }
  });
});

describe("repeated property names are refused without scanning every good file", () => {
  test("a key given twice inside a figure is refused at its place, though the file is otherwise valid", async () => {
    const fileText = text(bundledFile());
    const twice = fileText.replace(/"valueCnyMn": (\d+)/, '"valueCnyMn": $1, "valueCnyMn": $1');
    const read = await readDatasetText(twice, TODAY);
    expect(read.ok).toBe(false);
    if (!read.ok) {
      expect(read.problems).toHaveLength(1);
      expect(read.problems[0]!.line).toBe(
        twice.slice(0, twice.indexOf('"valueCnyMn"')).split("\n").length,
      );
      expect(read.problems[0]!.message.nested?.detail?.key).toBe("jsonDuplicateKey");
    }
  });

  test('text values holding quotes and ":" are not taken for keys, and the file is not scanned', async () => {
    const file = bundledFile();
    file.sources[0]!.title = 'Report "A": exports, "B" : totals \\ end';
    const scan = jest.spyOn(jsonScan, "scanJson");
    const read = await readDatasetText(text(file), TODAY);
    expect(read.ok).toBe(true);
    expect(scan).not.toHaveBeenCalled();
  });
});
