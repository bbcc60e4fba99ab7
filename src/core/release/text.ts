/** One sentence of a release, as written, and where it starts in the text. */
export interface Sentence {
  text: string;
  at: number;
}

/**
 * Splits a release into sentences: at 。！？ (and their ASCII forms before a space or the end) and
 * at line breaks, since headlines and datelines stand on lines of their own. A closing quote or
 * bracket after the stop stays with its sentence.
 */
export function splitSentences(text: string): Sentence[] {
  const sentences: Sentence[] = [];
  const stop = /[。！？!?]+[”’」』）)]*|\r?\n/g;
  let start = 0;
  const push = (end: number) => {
    const raw = text.slice(start, end);
    const lead = raw.length - raw.trimStart().length;
    const trimmed = raw.trim();
    if (trimmed !== "") sentences.push({ text: trimmed, at: start + lead });
  };
  for (const m of text.matchAll(stop)) {
    // "3.5!" inside English text is rare in these releases; an ASCII stop ends a sentence only
    // before a space, a line break or the end.
    if (
      /^[!?]/.test(m[0]) &&
      !/^\s|^$/.test(text.slice(m.index + m[0].length, m.index + m[0].length + 1))
    )
      continue;
    push(m.index + (m[0].startsWith("\n") || m[0].startsWith("\r") ? 0 : m[0].length));
    start = m.index + m[0].length;
  }
  push(text.length);
  return sentences;
}

const FULL_WIDTH = /[０-９％．－～]/g;

/**
 * Full-width digits and signs as ASCII, one character for one, so that positions in the folded
 * text are positions in the sentence as written (whose words are quoted unchanged).
 */
export function foldWidth(text: string): string {
  return text.replace(FULL_WIDTH, (c) => String.fromCharCode(c.charCodeAt(0) - 0xfee0));
}

const ENTITIES: Record<string, string> = {
  nbsp: " ",
  amp: "&",
  lt: "<",
  gt: ">",
  quot: '"',
  apos: "'",
  ldquo: "“",
  rdquo: "”",
  lsquo: "‘",
  rsquo: "’",
  middot: "·",
  mdash: "—",
  ndash: "–",
  hellip: "…",
  ensp: " ",
  emsp: " ",
};

export interface PageText {
  text: string;
  /** The page's <title>, when it has one. */
  title: string | null;
  /** The address the page was saved from (a browser's "saved from" note, canonical link, og:url). */
  url: string | null;
}

/** Whether the text is a saved web page rather than plain text. */
export function looksLikeHtml(text: string): boolean {
  return /^\s*(<!--[\s\S]*?-->\s*)*<(!doctype\s+html|html|head|body|meta|div|p)\b/i.test(text);
}

/**
 * The readable text of a saved web page: scripts, styles and comments dropped, block elements
 * and <br> as line breaks, entities decoded. No DOM: the script runs in Node as the pane does.
 */
export function htmlToText(html: string): PageText {
  const title = /<title[^>]*>([\s\S]*?)<\/title>/i.exec(html)?.[1];
  const url =
    /<!--\s*saved from url=\(\d+\)(https?:\/\/[^\s>]+?)\s*-->/i.exec(html)?.[1] ??
    /<link[^>]+rel=["']canonical["'][^>]*href=["'](https?:[^"']+)["']/i.exec(html)?.[1] ??
    /<meta[^>]+property=["']og:url["'][^>]*content=["'](https?:[^"']+)["']/i.exec(html)?.[1] ??
    null;
  const text = html
    .replace(/<!--[\s\S]*?-->/g, "")
    .replace(/<(script|style|noscript|template|head)\b[\s\S]*?<\/\1\s*>/gi, "")
    .replace(/<br\s*\/?>/gi, "\n")
    .replace(
      /<\/?(p|div|h[1-6]|li|tr|table|section|article|header|footer|blockquote|ul|ol)\b[^>]*>/gi,
      "\n",
    )
    .replace(/<[^>]+>/g, "");
  return {
    text: decodeEntities(text)
      .replace(/[ \t\u00a0\u3000]+\n/g, "\n")
      .replace(/\n{3,}/g, "\n\n")
      .trim(),
    title: title ? decodeEntities(title).replace(/\s+/g, " ").trim() || null : null,
    url: url ? decodeEntities(url) : null,
  };
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/gi, (whole, name: string) => {
    if (name[0] === "#") {
      const code =
        name[1] === "x" || name[1] === "X" ? parseInt(name.slice(2), 16) : Number(name.slice(1));
      return Number.isFinite(code) && code > 0 && code <= 0x10ffff
        ? String.fromCodePoint(code)
        : whole;
    }
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}
