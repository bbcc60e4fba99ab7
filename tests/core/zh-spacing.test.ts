import { readFileSync, readdirSync } from "fs";
import { resolve } from "path";
import { formatMessage, type MessageKey, type MessageParams } from "../../src/core";
import { parseSeriesForm } from "../../src/core/series-forms";

/**
 * Chinese sets no space between Chinese words ("在最早期间至最新期间之间", not "在 最早期间 至
 * 最新期间 之间"); a space stays only beside Latin text and numbers (2024Q1, NEV), as elsewhere.
 */
const CJK = "[\\u3000-\\u303f\\u4e00-\\u9fff\\uff00-\\uffef]";
const SPACE_BETWEEN_CJK = new RegExp(`${CJK} +${CJK}`);

const CORE = resolve(__dirname, "../../src/core");
const MESSAGES = readFileSync(resolve(CORE, "messages.ts"), "utf8");
/** The keys of one language's table in messages.ts, as written there. */
function keysOf(start: string): MessageKey[] {
  const at = MESSAGES.indexOf(start);
  const block = MESSAGES.slice(at, MESSAGES.indexOf("\n}", at));
  return [...block.matchAll(/^ {2}(\w+): /gm)].map((m) => m[1] as MessageKey);
}
const zhKeys = keysOf("const zh:");

/** Params as lookups give them: codes, periods and numbers; regions as codes the message names. */
function params(empty: readonly string[]): MessageParams {
  return new Proxy({} as MessageParams, {
    get: (_, key: string) =>
      empty.includes(key)
        ? ""
        : /region$/i.test(key)
          ? "SHANDONG"
          : key === "zh"
            ? "数据相互矛盾"
            : "2024Q1",
    has: () => true,
  });
}
/** Parameters a message may get empty, where its Chinese words stand in. */
const OPTIONAL = [
  "from",
  "to",
  "published",
  "derived",
  "rated",
  "scopeZh",
  "partScopeZh",
  "totalScopeZh",
];

test("every Chinese message is read here", () => {
  expect(zhKeys.length).toBeGreaterThan(20);
  expect([...zhKeys].sort()).toEqual(keysOf("const en =").sort());
});

test.each(zhKeys)("the Chinese %s has no space between Chinese words", (key) => {
  for (const empty of [[], OPTIONAL]) {
    const text = formatMessage(key, params(empty), "zh");
    expect(text).not.toMatch(SPACE_BETWEEN_CJK);
  }
});

test("SERIES from 2025 to the latest says so in Chinese without stray spaces", () => {
  const text = formatMessage(
    "noFiguresBetween",
    { region: "ZIBO", category: "TOTAL", from: "2025", to: "", published: "2024Q1", derived: "" },
    "zh",
  );
  expect(text).toContain("淄博 TOTAL 在 2025 至最新期间之间的数据");
});

test("an unknown SERIES form is refused in Chinese without stray spaces", () => {
  const refused = parseSeriesForm("weekly");
  expect(refused.ok).toBe(false);
  if (!refused.ok) expect(String(refused.error.params.zh)).not.toMatch(SPACE_BETWEEN_CJK);
});

test("no Chinese string in the core's sources puts a space between Chinese words", () => {
  const offending = readdirSync(CORE, { recursive: true, encoding: "utf8" })
    .filter((file) => file.endsWith(".ts"))
    .flatMap((file) =>
      readFileSync(resolve(CORE, file), "utf8")
        .split("\n")
        // Comments may quote what users type (a search for `山东 锂电池`).
        .filter((line) => !/^\s*(\/\/|\*|\/\*)/.test(line) && SPACE_BETWEEN_CJK.test(line))
        .map((line) => `${file}: ${line.trim()}`),
    );
  expect(offending).toEqual([]);
});

test("the help page's Chinese examples and notes put no space between Chinese words", () => {
  const docs = JSON.parse(
    readFileSync(resolve(__dirname, "../../src/functions/functions.help.json"), "utf8"),
  ) as { functions: Record<string, { examples: { zh: string }[]; notes?: { zh: string[] } }> };
  const texts = Object.values(docs.functions).flatMap((f) => [
    ...f.examples.map((e) => e.zh),
    ...(f.notes?.zh ?? []),
  ]);
  expect(texts.filter((t) => SPACE_BETWEEN_CJK.test(t))).toEqual([]);
});
