import { describeImport, describeStatus } from "../../src/data";
import { CACHE_KEY } from "../../src/data/cache";
import { FEED_PATH, harness, newQuarterFile, text } from "../support/datasets";
import { FeedServer } from "../support/feed-server";

let server: FeedServer;
beforeEach(async () => {
  server = await FeedServer.start();
});
afterEach(async () => {
  await server.close();
});

type File = ReturnType<typeof newQuarterFile>;

/** The new-quarter file with one change; TOTAL 2024Q2 is figures[4]. */
function edited(edit: (f: File) => void): string {
  const file = newQuarterFile();
  edit(file);
  return text(file);
}

async function feedProblems(body: string, lang: "en" | "zh"): Promise<string[]> {
  const h = harness(server.baseUrl);
  server.route(FEED_PATH, { kind: "file", body });
  return describeStatus(await h.service.start(), lang).details;
}

describe("data problems reach a Chinese pane in Chinese", () => {
  it.each([
    [
      "a number written as text",
      edited((f) => ((f.figures[4] as unknown as { valueCnyMn: string }).valueCnyMn = "95")),
      /^第 \d+ 行第 \d+ 列：figures\[4\]\.valueCnyMn：应为数字，而不是文本$/,
      /figures\[4\]\.valueCnyMn: should be a number, not text$/,
    ],
    [
      "an empty list of sources",
      edited((f) => (f.sources = [])),
      /^第 \d+ 行第 \d+ 列：sources：不能为空$/,
      /sources: should not be empty$/,
    ],
    [
      "a period in the wrong form",
      edited((f) => (f.figures[14]!.period = "2024-Q2")),
      /figures\[14\]\.period：应为期间，如 2024Q1、2024H1、2024M05、2023M01-M09 或 2023$/,
      /figures\[14\]\.period: a period like 2024Q1, 2024H1, 2024M05, 2023M01-M09 or 2023$/,
    ],
    [
      "a full-width formula sign in a park",
      edited((f) => (f.parks[0]!.focusZh = "＝HYPERLINK(1)")),
      /parks\[0\]\.focusZh：以 "＝" 开头，电子表格会把它当作公式执行；请删除$/,
      /parks\[0\]\.focusZh: starts with "＝", which a spreadsheet would run as a formula; remove it$/,
    ],
    [
      "a JSON file that is not a dataset",
      JSON.stringify({ hello: "world" }),
      /^第 1 行第 1 列：format：应为 2 或 1：这不是淄博新三样的数据集文件$/,
      /^line 1, column 1: format: should be 2 or 1: this is not a Zibo New Three dataset file$/,
    ],
    [
      "a JSON syntax error",
      "{ not json",
      /^第 1 行第 3 列：JSON 语法错误：此处应为用双引号括起的属性名$/,
      /^line 1, column 3: JSON syntax error: expected a property name in double quotes$/,
    ],
    [
      "a property given twice",
      edited(() => undefined).replace('"format": 2,', '"format": 2, "format": 2,'),
      /^第 3 行第 16 列：JSON 语法错误：属性 "format" 出现了两次$/,
      /^line 3, column 16: JSON syntax error: the property "format" appears twice$/,
    ],
  ])("%s", async (_name, body, zh, en) => {
    const shownZh = await feedProblems(body, "zh");
    expect(shownZh[0]).toMatch(zh);
    expect(shownZh[0]).not.toMatch(/Invalid|Too small|expected|received|无效输入|期望/);
    expect((await feedProblems(body, "en"))[0]).toMatch(en);
  });

  it("an unterminated quote in a CSV", async () => {
    const h = harness(server.baseUrl);
    const outcome = await h.service.importFile(
      "q.csv",
      'period,category,value_cny_mn,yoy_pct,source_title,source_url,published\n2024Q2,TOTAL,95,,"open,https://a.example/,\n',
    );
    expect(describeImport(outcome, "zh").details[0]).toBe(
      "第 2 行第 18 列：CSV 语法错误：带引号的字段没有结束的引号",
    );
  });

  it("an offline copy that is no longer valid", async () => {
    const storage = harness(server.baseUrl).storage;
    server.route(FEED_PATH, { kind: "file", body: text(newQuarterFile()) });
    const first = harness(server.baseUrl, { storage });
    await first.service.start();
    const entry = JSON.parse((await storage.getItem(CACHE_KEY))!);
    entry.text = entry.text.replace('"valueCnyMn":95', '"valueCnyMn":"95"');
    await storage.setItem(CACHE_KEY, JSON.stringify(entry));
    server.route(FEED_PATH, { kind: "status", status: 503 });
    const status = await harness(server.baseUrl, { storage }).service.start();
    expect(describeStatus(status, "zh").details.join("\n")).toMatch(
      /离线副本不是有效的数据集，已忽略（第 \d+ 行第 \d+ 列：figures\[\d+\]\.valueCnyMn：应为数字，而不是文本）/,
    );
  });
});
