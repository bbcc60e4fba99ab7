import { lookupExports } from "../../src/core";
import { describeImport, type ImportOutcome } from "../../src/data";
import { decodeFile } from "../../src/data/decode-file";
import { harness } from "../support/datasets";

const page = "https://addin.example.org/taskpane.html";
const HEADER = [
  "period",
  "category",
  "value_cny_mn",
  "yoy_pct",
  "source_title",
  "source_url",
  "published",
];

/** 新能源汽车 and 淄博 as Excel on Chinese Windows saves them (GBK). */
const GBK_NEV = [0xd0, 0xc2, 0xc4, 0xdc, 0xd4, 0xb4, 0xc6, 0xfb, 0xb3, 0xb5];
const GBK_ZIBO = [0xd7, 0xcd, 0xb2, 0xa9];

function table(delimiter: string, rows: string[][]): string {
  return [HEADER, ...rows].map((r) => r.join(delimiter)).join("\r\n") + "\r\n";
}

const ascii = (text: string) => [...text].map((c) => c.charCodeAt(0));

function utf16(text: string, endian: "le" | "be"): Uint8Array {
  const bytes = [endian === "le" ? 0xff : 0xfe, endian === "le" ? 0xfe : 0xff];
  for (const unit of text.split("").map((c) => c.charCodeAt(0))) {
    const pair = [unit & 0xff, unit >> 8];
    bytes.push(...(endian === "le" ? pair : pair.reverse()));
  }
  return new Uint8Array(bytes);
}

async function importBytes(name: string, bytes: Uint8Array | string) {
  const h = harness(page);
  const outcome = await h.service.importFile(name, bytes);
  const total = lookupExports(h.store.current, "TOTAL", "2024Q2");
  const nev = lookupExports(h.store.current, "NEV", "2024Q2");
  return {
    outcome,
    shown: describeImport(outcome),
    total: total.ok ? total.value.value : null,
    nev: nev.ok ? nev.value.value : null,
    title: (o: ImportOutcome) =>
      o.state === "imported"
        ? [...h.store.current.sources.values()].find((s) => s.standing === "user")?.title
        : undefined,
  };
}

describe("CSV files as spreadsheets save them", () => {
  it("reads a GBK file saved by Excel on Chinese Windows, and says it read it as GBK", async () => {
    const bytes = new Uint8Array([
      ...ascii(`${HEADER.join(",")}\r\n2024Q2,`),
      ...GBK_NEV,
      ...ascii(",80,,"),
      ...GBK_ZIBO,
      ...ascii(" release,https://stats.example.gov.cn/q2,2024-07-20\r\n"),
    ]);
    const read = await importBytes("zibo.csv", bytes);
    expect(read.outcome.state).toBe("imported");
    expect(read.nev).toBe(80);
    expect(read.title(read.outcome)).toBe("淄博 release");
    expect(read.shown.details.at(-1)).toMatch(/^The file is not UTF-8; it was read as GBK/);
  });

  it.each(["le", "be"] as const)(
    "reads UTF-16 %s with its byte-order mark, tab-separated (Excel's Unicode Text, .txt)",
    async (endian) => {
      const text = table("\t", [
        ["2024Q2", "TOTAL", "95", "", "淄博海关", "https://stats.example.gov.cn/q2", "2024-07-20"],
      ]);
      const read = await importBytes("zibo.txt", utf16(text, endian));
      expect(read.shown.headline).toBe("Imported zibo.txt.");
      expect(read.total).toBe(95);
      expect(read.title(read.outcome)).toBe("淄博海关");
    },
  );

  it("reads a semicolon-separated file, as Excel saves CSV where the decimal mark is a comma", async () => {
    const text = `\uFEFF${table(";", [
      ["2024Q2", "TOTAL", "95", "", "Release, Q2", "https://stats.example.gov.cn/q2", ""],
    ])}`;
    const read = await importBytes("zibo.csv", new TextEncoder().encode(text));
    expect(read.shown.headline).toBe("Imported zibo.csv.");
    expect(read.total).toBe(95);
  });

  it("says exactly what to change for a decimal comma", async () => {
    const text = table(";", [
      ["2024Q2", "TOTAL", "95,5", "-3,25", "Release", "https://stats.example.gov.cn/q2", ""],
    ]);
    const read = await importBytes("zibo.csv", text);
    expect(read.shown.details).toEqual([
      'line 2, column 3: value_cny_mn has a decimal comma: write 95.5, not 95,5 (or save the file from Excel as "CSV UTF-8 (Comma delimited)").',
      'line 2, column 4: yoy_pct has a decimal comma: write -3.25, not -3,25 (or save the file from Excel as "CSV UTF-8 (Comma delimited)").',
    ]);
  });

  it("names the cause for UTF-16 without a byte-order mark", async () => {
    const read = await importBytes("zibo.csv", utf16(table(",", []), "le").subarray(2));
    expect(read.shown.details).toEqual([
      'The file\'s text encoding was not recognised; in Excel, save it as "CSV UTF-8 (Comma delimited)" and import it again.',
    ]);
    expect(describeImport(read.outcome, "zh").details[0]).toMatch(/^无法识别文件的文本编码/);
  });

  it.each([
    ["UTF-8", new TextEncoder().encode("淄博"), "淄博"],
    [
      "UTF-8 with BOM",
      new Uint8Array([0xef, 0xbb, 0xbf, ...new TextEncoder().encode("淄博")]),
      "淄博",
    ],
    ["GBK", new Uint8Array(GBK_ZIBO), "淄博"],
  ])("decodes %s", (_name, bytes, text) => {
    const decoded = decodeFile(bytes);
    expect(decoded.ok && decoded.text).toBe(text);
  });
});
