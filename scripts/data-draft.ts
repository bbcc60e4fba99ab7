/*
 * `npm run data:draft -- FILE --published YYYY-MM-DD [--url URL] [--title TITLE]
 * [--publisher NAME] [--id ID] [--into FEED.json]`: reads a release (plain text or a saved web
 * page, UTF-8 or GBK) and prints the figures it gives as a draft in the dataset format. What it
 * saw and did not take goes to stderr with the sentence and why. With --into, the draft is merged
 * into the feed, written beside it as FEED.draft.json, and checked as data:check checks a file.
 */
import { readFileSync, writeFileSync } from "node:fs";
import { basename, dirname, extname, join } from "node:path";
import { parseArgs } from "node:util";
import { formatDataMessage, periodKey } from "../src/core";
import {
  draftFile,
  htmlToText,
  looksLikeHtml,
  readRelease,
  skipReason,
  type ReleaseFigure,
} from "../src/core/release";
import { bundledContent } from "../src/data/bundled";
import { checkDatasetFile } from "../src/data/check-dataset-file";
import { decodeFile } from "../src/data/decode-file";
import { mergeDraftIntoFeed } from "../src/data/draft-into-feed";

const USAGE =
  "usage: npm run data:draft -- FILE --published YYYY-MM-DD [--url URL] [--title TITLE] [--publisher NAME] [--id ID] [--into FEED.json]\n";

function fail(message: string, code = 2): never {
  process.stderr.write(`${message}\n`);
  process.exit(code);
}

function options() {
  try {
    return parseArgs({
      allowPositionals: true,
      options: {
        published: { type: "string" },
        url: { type: "string" },
        title: { type: "string" },
        publisher: { type: "string" },
        id: { type: "string" },
        into: { type: "string" },
      },
    });
  } catch (e) {
    return fail(`${(e as Error).message}\n${USAGE}`);
  }
}

const count = (n: number, noun: string) => `${n} ${noun}${n === 1 ? "" : "s"}`;

function figureLabel(f: ReleaseFigure): string {
  return `${f.region} ${f.category} ${periodKey(f.period)}`;
}

async function main(): Promise<void> {
  const { values, positionals } = options();
  const path = positionals[0];
  if (!path || positionals.length > 1) fail(USAGE);
  const published = values.published;
  if (!published || !/^\d{4}-\d{2}-\d{2}$/.test(published) || Number.isNaN(Date.parse(published))) {
    fail(
      `--published YYYY-MM-DD is needed: 今年, 去年 and spans without a year are read against it.\n${USAGE}`,
    );
  }

  let bytes: Buffer;
  try {
    bytes = readFileSync(path);
  } catch (e) {
    return fail(`${path}: cannot read the file (${(e as Error).message})`);
  }
  const decoded = decodeFile(new Uint8Array(bytes));
  if (!decoded.ok) fail(`${path}: ${formatDataMessage(decoded.message)}`);
  // The only notice a decoded file has: it was not UTF-8 and was read as GBK.
  if (decoded.notices.length > 0) process.stderr.write(`${path}: not UTF-8; read as GBK.\n`);
  const page = looksLikeHtml(decoded.text)
    ? htmlToText(decoded.text)
    : { text: decoded.text, title: null, url: null };

  const url = values.url ?? page.url;
  if (!url || !/^https?:\/\/\S+$/.test(url)) {
    fail(`${path}: the release's address is needed (every source cites its page): give --url URL`);
  }
  const firstLine = page.text
    .split(/\r?\n/)
    .find((line) => line.trim() !== "")
    ?.trim();
  const title = values.title ?? page.title ?? firstLine;
  if (!title) fail(`${path}: no text to read`);
  if (!values.title) process.stderr.write(`title: ${title} (give --title to change it)\n`);

  const reading = readRelease(page.text, published);
  const draft = draftFile(reading.figures, {
    published,
    url,
    title,
    ...(values.publisher ? { publisher: values.publisher } : {}),
    ...(values.id ? { id: values.id } : {}),
  });

  for (const s of reading.skipped) {
    const word = s.word ? ` (${s.word})` : "";
    process.stderr.write(
      `not taken: ${s.number}, ${skipReason(s.reason, "en")}${word}: ${s.sentence}\n`,
    );
  }
  // What a sentence did not say itself, once per sentence, for the maintainer to confirm.
  const checks = new Map<string, string[]>();
  for (const f of reading.figures) {
    const from = f.assumed.filter((a) => a !== "year").map((a) => (a === "period" ? "span" : a));
    const lines = [
      ...(from.length ? [`takes its ${from.join(" and ")} from an earlier sentence`] : []),
      ...(f.assumed.includes("year")
        ? [`takes its year (${f.period.year}) from the publication date`]
        : []),
    ];
    for (const line of lines) {
      const key = `${line}: ${f.quote}`;
      checks.set(key, [...(checks.get(key) ?? []), figureLabel(f)]);
    }
  }
  for (const [line, labels] of checks)
    process.stderr.write(`check: ${labels.join(", ")} ${line}\n`);
  process.stderr.write(
    `${basename(path)}: ${count(reading.figures.length, "figure")} found, ${count(reading.skipped.length, "number")} not taken.\n`,
  );

  if (!values.into) {
    process.stdout.write(`${JSON.stringify(draft, null, 2)}\n`);
    return;
  }
  const feedPath = values.into;
  let feedText: string;
  try {
    feedText = readFileSync(feedPath, "utf8");
  } catch (e) {
    return fail(`${feedPath}: cannot read the file (${(e as Error).message})`);
  }
  const today = new Date();
  const merged = await mergeDraftIntoFeed(basename(feedPath), feedText, draft, today);
  if (!merged.ok) fail(merged.lines.join("\n"), 1);
  for (const note of merged.notes) process.stderr.write(`${note}\n`);
  const target = join(dirname(feedPath), `${basename(feedPath, extname(feedPath))}.draft.json`);
  const text = `${JSON.stringify(merged.file, null, 2)}\n`;
  writeFileSync(target, text);
  process.stdout.write(`wrote ${target}; give it a new version before publishing it.\n`);
  const check = await checkDatasetFile(basename(target), text, bundledContent(), today);
  (check.ok ? process.stdout : process.stderr).write(`${check.lines.join("\n")}\n`);
  process.exit(check.ok ? 0 : 1);
}

void main();
