const { existsSync, readFileSync } = require("fs");
const { Compilation, WebpackError, sources } = require("webpack");

/**
 * Emits help.html from the generated functions.json, its Chinese twin and one small docs file
 * (examples and notes per function, the page's own words). Descriptions, syntax and parameters
 * come from the metadata alone, so the page cannot drift from what Excel shows; a function with
 * no docs entry still gets its section. The English and the Chinese reference are two pages of
 * one file: each has its own heading, navigation and sections, and a link lands on its language
 * (help.html#exports, help.html#zh-exports).
 */
class HelpPagePlugin {
  constructor({ docs, results, source = "functions.json", localized = {}, output = "help.html" }) {
    this.docs = docs;
    // What each example answers, run through the built functions (npm run help:results).
    this.results = results;
    this.source = source;
    this.localized = localized;
    this.output = output;
  }

  apply(compiler) {
    compiler.hooks.thisCompilation.tap("HelpPagePlugin", (compilation) => {
      compilation.fileDependencies.add(this.docs);
      if (this.results) compilation.fileDependencies.add(this.results);
      compilation.hooks.processAssets.tap(
        { name: "HelpPagePlugin", stage: Compilation.PROCESS_ASSETS_STAGE_DERIVED },
        (assets) => {
          const read = (name) => {
            if (!assets[name]) {
              compilation.errors.push(new WebpackError(`HelpPagePlugin: no ${name} to read`));
              return null;
            }
            return JSON.parse(assets[name].source().toString());
          };
          const en = read(this.source);
          const zh = read(this.localized.zh ?? "functions.zh-cn.json");
          if (!en || !zh) return;
          const docs = JSON.parse(readFileSync(this.docs, "utf8"));
          if (this.results && existsSync(this.results)) {
            docs.results = JSON.parse(readFileSync(this.results, "utf8"));
          }
          const { html, problems } = renderHelpPage({ en, zh }, docs);
          for (const problem of problems) {
            compilation.errors.push(new WebpackError(`${this.docs}: ${problem}`));
          }
          compilation.emitAsset(this.output, new sources.RawSource(html));
          compilation.emitAsset(SCRIPT_NAME, new sources.RawSource(titleScript(docs)));
        },
      );
    });
  }
}

const LANGUAGES = [
  { key: "en", lang: "en", prefix: "", other: "zh" },
  { key: "zh", lang: "zh-CN", prefix: "zh-", other: "en" },
];

/** Escaped for HTML; "931.2 %" keeps its number and sign on one line. */
function escapeHtml(text) {
  return String(text)
    .replace(/(\d) %/g, "$1\u00a0%")
    .replace(/&/g, "&amp;")
    .replace(/</g, "&lt;")
    .replace(/>/g, "&gt;")
    .replace(/"/g, "&quot;");
}

/** Chinese characters with the punctuation and digits between them ("2024年第一季度"). */
const CHINESE_RUN =
  /[\p{Script=Han}\u3000-\u303f\uff00-\uffef](?:[\s\d\p{Script=Han}\u3000-\u303f\uff00-\uffef·]*[\p{Script=Han}\u3000-\u303f\uff00-\uffef])?/gu;
/** Two or more English words in a row ("new energy vehicles", "distributed by PR Newswire"). */
const ENGLISH_RUN =
  /[A-Za-z][\w'’&.-]*(?:[ ,:;/()-]+[A-Za-z0-9][\w'’&.-]*)*[ ,:;/()-]+[A-Za-z][\w'’&.-]*/g;

/**
 * Escaped text of the page in `key`'s language, each run of the other language in a span with its
 * `lang` (WCAG 3.1.2): a Chinese period in the English page, an English title in the Chinese one.
 * Codes (NEV, 2024Q1) stay unmarked, as names do in speech.
 */
function inLanguage(text, key) {
  const [pattern, lang] = key === "en" ? [CHINESE_RUN, "zh-CN"] : [ENGLISH_RUN, "en"];
  const raw = String(text);
  let html = "";
  let at = 0;
  for (const match of raw.matchAll(pattern)) {
    html += escapeHtml(raw.slice(at, match.index));
    html += `<span lang="${lang}">${escapeHtml(match[0])}</span>`;
    at = match.index + match[0].length;
  }
  return html + escapeHtml(raw.slice(at));
}

/** Docs prose: plain text, with `backticks` for formulas, names and values. */
function prose(text, key) {
  return String(text)
    .split(/(`[^`]*`)/)
    .map((part) =>
      part.startsWith("`") && part.endsWith("`") && part.length > 1
        ? `<code>${inLanguage(part.slice(1, -1), key)}</code>`
        : inLanguage(part, key),
    )
    .join("");
}

function syntaxOf(fn) {
  const params = fn.parameters.map((p) => (p.optional ? `[${p.name}]` : p.name));
  return `=ZIBO.${fn.name}(${params.join(", ")})`;
}

/** Functions in the docs' order, then any the docs do not mention yet, in the metadata's order. */
function orderedFunctions(metadata, docs) {
  const listed = Object.keys(docs.functions ?? {});
  const byId = new Map(metadata.functions.map((f) => [f.id, f]));
  return [
    ...listed.filter((id) => byId.has(id)).map((id) => byId.get(id)),
    ...metadata.functions.filter((f) => !listed.includes(f.id)),
  ];
}

function checkDocs(metadata, docs) {
  const problems = [];
  const ids = new Set(metadata.functions.map((f) => f.id));
  for (const key of ["en", "zh"]) {
    if (!docs.page?.[key]) problems.push(`no page words for ${key}`);
    if (!Array.isArray(docs.conventions?.[key])) problems.push(`no conventions for ${key}`);
  }
  for (const [id, entry] of Object.entries(docs.functions ?? {})) {
    if (!ids.has(id)) {
      problems.push(`docs for unknown function ${id}`);
      continue;
    }
    const name = metadata.functions.find((f) => f.id === id).name;
    for (const [i, example] of (entry.examples ?? []).entries()) {
      if (!String(example.formula).includes(`ZIBO.${name}(`)) {
        problems.push(`${id} example ${i + 1} does not call ZIBO.${name}: ${example.formula}`);
      }
      for (const key of ["en", "zh"]) {
        if (!example[key]) problems.push(`${id} example ${i + 1} has no ${key} result`);
      }
    }
    const notes = entry.notes ?? {};
    if ((notes.en ?? []).length !== (notes.zh ?? []).length) {
      problems.push(
        `${id} has ${(notes.en ?? []).length} English notes, ${(notes.zh ?? []).length} Chinese`,
      );
    }
  }
  return problems;
}

function functionSection(fn, entry, words, language, results = {}) {
  const { key, prefix } = language;
  const id = `${prefix}${fn.id.toLowerCase()}`;
  const parts = [
    `<section id="${id}">`,
    `<h2>${escapeHtml(fn.name)}</h2>`,
    `<p>${inLanguage(fn.description, key)}</p>`,
    `<pre class="syntax"><code>${escapeHtml(syntaxOf(fn))}</code></pre>`,
    `<h3>${escapeHtml(words.parametersHeading)}</h3>`,
  ];
  if (fn.parameters.length === 0) {
    parts.push(`<p>${escapeHtml(words.noParameters)}</p>`);
  } else {
    parts.push('<dl class="parameters">');
    for (const p of fn.parameters) {
      const optional = p.optional
        ? ` <span class="optional">${escapeHtml(words.optional)}</span>`
        : "";
      parts.push(`<dt><code>${escapeHtml(p.name)}</code>${optional}</dt>`);
      parts.push(`<dd>${inLanguage(p.description ?? "", key)}</dd>`);
    }
    parts.push("</dl>");
  }
  const examples = entry?.examples ?? [];
  if (examples.length > 0) {
    parts.push(`<h3>${escapeHtml(words.examplesHeading)}</h3>`, '<dl class="examples">');
    for (const example of examples) {
      parts.push(`<dt><code>${inLanguage(example.formula, key)}</code></dt>`);
      // The cell's own answer, as the built functions give it, then what the example explains.
      const shown = results[example.formula]?.[key];
      const answer = shown
        ? `<pre class="answer"><span class="answer-label">${escapeHtml(words.answerLabel ?? "")}</span>${inLanguage(shown, key)}</pre>`
        : "";
      parts.push(`<dd>${answer}${prose(example[key], key)}</dd>`);
    }
    parts.push("</dl>");
  }
  const notes = entry?.notes?.[key] ?? [];
  if (notes.length > 0) {
    parts.push(`<h3>${escapeHtml(words.notesHeading)}</h3>`, '<ul class="notes">');
    for (const note of notes) parts.push(`<li>${prose(note, key)}</li>`);
    parts.push("</ul>");
  }
  parts.push("</section>");
  return parts.join("\n");
}

function languagePage(metadata, docs, language) {
  const { key, lang, prefix, other } = language;
  const words = docs.page[key];
  const otherLanguage = LANGUAGES.find((l) => l.key === other);
  const functions = orderedFunctions(metadata, docs);
  const conventionsId = `${prefix}conventions`;
  const colon = key === "zh" ? "：" : ":";
  const nav = [
    ...functions.map(
      (f) => `<li><a href="#${prefix}${f.id.toLowerCase()}">${escapeHtml(f.name)}</a></li>`,
    ),
    `<li><a href="#${conventionsId}">${escapeHtml(words.conventionsHeading)}</a></li>`,
  ];
  const conventions = docs.conventions[key].map(
    ([term, text]) =>
      `<p><strong>${inLanguage(term, key)}${colon}</strong> ${prose(text, key)}</p>`,
  );
  return [
    `<div class="page" id="${key}" lang="${lang}">`,
    "<header>",
    `<h1>${escapeHtml(words.title)}</h1>`,
    `<p>${prose(words.intro, key)}</p>`,
    `<a class="other-language" href="#${otherLanguage.key}" hreflang="${otherLanguage.lang}" lang="${otherLanguage.lang}">${escapeHtml(words.otherLanguage)}</a>`,
    `<nav aria-label="${escapeHtml(words.navLabel)}"><ul>`,
    ...nav,
    "</ul></nav>",
    "</header>",
    "<main>",
    ...functions.map((fn) =>
      functionSection(fn, docs.functions?.[fn.id], words, language, docs.results),
    ),
    `<section id="${conventionsId}">`,
    `<h2>${escapeHtml(words.conventionsHeading)}</h2>`,
    ...conventions,
    "</section>",
    "</main>",
    "</div>",
  ].join("\n");
}

const STYLE = `
:root {
  color-scheme: light dark;
  --font-family-base: "Segoe UI", "Segoe UI Web (West European)", -apple-system, BlinkMacSystemFont,
    Roboto, "Helvetica Neue", "Microsoft YaHei", "PingFang SC", sans-serif;
  --font-family-monospace: Consolas, "Courier New", Courier, monospace;
  /* Fluent 2 light and dark, following the system's colour scheme. */
  --color-neutral-foreground-1: light-dark(#242424, #ffffff);
  --color-neutral-foreground-3: light-dark(#616161, #adadad);
  --color-neutral-background-1: light-dark(#ffffff, #292929);
  --color-neutral-background-3: light-dark(#f5f5f5, #141414);
  --color-neutral-stroke-2: light-dark(#e0e0e0, #525252);
  --color-brand-foreground-1: light-dark(#0f6cbd, #479ef5);
  --color-stroke-focus-2: light-dark(#000000, #ffffff);
  --border-radius-medium: 4px;
}
:root[data-theme="light"] { color-scheme: light; }
:root[data-theme="dark"] { color-scheme: dark; }
* { box-sizing: border-box; }
body {
  margin: 0;
  font-family: var(--font-family-base);
  font-size: 14px;
  line-height: 20px;
  color: var(--color-neutral-foreground-1);
  background: var(--color-neutral-background-1);
  overflow-wrap: break-word;
}
header, main { max-width: 880px; margin: 0 auto; padding: 16px; }
header { border-bottom: 1px solid var(--color-neutral-stroke-2); }
h1 { margin: 0; font-size: 24px; line-height: 32px; font-weight: 600; }
h2 { margin: 0 0 8px; font-size: 20px; line-height: 28px; font-weight: 600; }
h3 { margin: 16px 0 4px; font-size: 16px; line-height: 22px; font-weight: 600; }
header p { margin: 4px 0 8px; color: var(--color-neutral-foreground-3); }
a { color: var(--color-brand-foreground-1); text-decoration: none; }
a:hover, a:focus-visible { text-decoration: underline; }
a:focus-visible { outline: 2px solid var(--color-stroke-focus-2); outline-offset: 2px; }
@media (forced-colors: active) {
  a:focus-visible { outline-color: Highlight; }
  pre.syntax, .examples dt code { border: 1px solid CanvasText; }
}
nav ul { display: flex; flex-wrap: wrap; gap: 4px 16px; margin: 8px 0 0; padding: 0; list-style: none; }
.other-language { font-weight: 600; }
section { padding: 16px 0; border-bottom: 1px solid var(--color-neutral-stroke-2); scroll-margin-top: 8px; }
section:target h2 { color: var(--color-brand-foreground-1); }
code { font-family: var(--font-family-monospace); font-size: 13px; overflow-wrap: anywhere; }
pre.syntax {
  margin: 8px 0;
  padding: 8px 12px;
  background: var(--color-neutral-background-3);
  border-radius: var(--border-radius-medium);
  white-space: pre-wrap;
}
dl { margin: 0; }
dt { margin-top: 8px; font-weight: 600; }
dd { margin: 2px 0 0 16px; }
.examples dt { font-weight: 400; }
.examples dt code { background: var(--color-neutral-background-3); padding: 1px 4px; border-radius: var(--border-radius-medium); }
.optional { font-weight: 400; color: var(--color-neutral-foreground-3); }
.notes { margin: 0; padding-left: 20px; }
pre.answer { margin: 4px 0; font-family: var(--font-family-monospace); font-size: 13px; white-space: pre-wrap; overflow-wrap: anywhere; }
.answer-label { font-family: var(--font-family-base); color: var(--color-neutral-foreground-3); margin-right: 8px; }
/* One language at a time: English unless the address points into the Chinese page. */
#zh { display: none; }
body:has(#zh:target, #zh :target) #zh { display: block; }
body:has(#zh:target, #zh :target) #en { display: none; }
@media (min-width: 600px) {
  header, main { padding: 24px 32px; }
  h1 { font-size: 28px; line-height: 36px; }
}
`;

const SCRIPT_NAME = "help.js";

/**
 * The one script of the page: the window's title and the document's language follow the page
 * shown, so the Chinese reference is titled in Chinese; a `?theme=` from the pane sets the colour
 * scheme. Without it both titles show and the system's scheme stays, nothing else changes.
 */
function titleScript(docs) {
  const titles = JSON.stringify({ en: docs.page.en.title, zh: docs.page.zh.title });
  return `(() => {
  const titles = ${titles};
  const update = () => {
    const target = document.getElementById(decodeURIComponent(location.hash.slice(1)));
    const zh = target !== null && target.closest("#zh") !== null;
    document.title = zh ? titles.zh : titles.en;
    document.documentElement.lang = zh ? "zh-CN" : "en";
  };
  addEventListener("hashchange", update);
  update();
  // Opened from the pane: the pane's theme (Office's), which the system's may differ from.
  const theme = new URLSearchParams(location.search).get("theme");
  if (theme === "light" || theme === "dark") document.documentElement.dataset.theme = theme;
})();
`;
}

/** The whole page, and what is wrong with the docs (an unknown function, a missing result…). */
function renderHelpPage(metadata, docs) {
  const problems = checkDocs(metadata.en, docs);
  if (problems.length > 0) return { html: "", problems };
  const title = `${docs.page.en.title} · ${docs.page.zh.title}`;
  const html = [
    "<!doctype html>",
    '<html lang="en">',
    "<head>",
    '<meta charset="UTF-8" />',
    '<meta name="viewport" content="width=device-width, initial-scale=1" />',
    `<title>${escapeHtml(title)}</title>`,
    `<style>${STYLE}</style>`,
    `<script src="${SCRIPT_NAME}" defer></script>`,
    "</head>",
    "<body>",
    ...LANGUAGES.map((language) => languagePage(metadata[language.key], docs, language)),
    "</body>",
    "</html>",
    "",
  ].join("\n");
  return { html, problems };
}

module.exports = { HelpPagePlugin, renderHelpPage };
