// What keeps the Markdown parsers linear on any input — textlint's (remark-parse 9 on micromark 2,
// with GFM) and the report model's (remark-parse 11): they recurse once per level of nesting, and
// several inline constructs rescan a paragraph from each delimiter — `*a*a*a…` (emphasis),
// `_a_a…`, `^[a]^[a]…`, `1.1.1.1…` (GFM's e-mail autolinks) — so 5,000 characters of them took 1–4 s,
// and twice that length four times as long.

/**
 * How deeply Markdown may nest block containers (block quotes, list items) on one line: the
 * Markdown parser recurses once per level, so `>` × 4,000 exhausted the stack and a few hundred
 * levels cost seconds; a report nests a handful. The engine refuses a deeper text; the report
 * model reads it as plain text.
 */
export const MAX_MARKDOWN_DEPTH = 32;

function isDigit(c: number): boolean {
  return c >= 0x30 && c <= 0x39;
}

/**
 * The deepest nesting of block quotes and list items at the start of a line (and its line),
 * counting `>`, bullets (`-` `*` `+`) and ordered markers (`1.` `1)`) followed by a space or tab,
 * and indentation in pairs of spaces.
 */
export function markdownDepth(text: string): { depth: number; line: number } {
  let deepest = { depth: 0, line: 0 };
  let line = 1;
  for (let i = 0; i < text.length; ) {
    let depth = 0;
    let spaces = 0;
    let j = i;
    for (;;) {
      const c = text.charCodeAt(j);
      if (c === 0x20) spaces++;
      else if (c === 0x09) spaces += 4;
      else if (c === 0x3e) depth++; // >
      else if ((c === 0x2d || c === 0x2a || c === 0x2b) && (text.charCodeAt(j + 1) === 0x20 || text.charCodeAt(j + 1) === 0x09)) {
        depth++; // - * + and the space after it
        j++;
      } else if (isDigit(c)) {
        // 1. or 1) and the space after it (a list item holds at most nine digits)
        let k = j;
        while (k - j < 9 && isDigit(text.charCodeAt(k))) k++;
        const mark = text.charCodeAt(k);
        const after = text.charCodeAt(k + 1);
        if (!((mark === 0x2e || mark === 0x29) && (after === 0x20 || after === 0x09))) break;
        depth++;
        j = k + 1;
      } else break;
      j++;
    }
    depth += spaces >> 1;
    if (depth > deepest.depth) deepest = { depth, line };
    const next = text.indexOf("\n", j);
    if (next < 0) break;
    i = next + 1;
    line++;
  }
  return deepest;
}

/** A paragraph at least this long is parsed with its inline syntax masked. A report's longest paragraphs have 600–1,500 characters. */
export const MASK_FROM = 2000;
/**
 * A paragraph with at least this many ASCII digits and punctuation marks is masked too, however
 * short: GFM's e-mail autolinks rescan a run of them (1111…, 1.1.1…) from each of its characters,
 * and emphasis, strikethrough and code delimiters (*a*a…, ~a~a…, `a`a…) are paired against each
 * other — 1,600 digits in a paragraph took 170–310 ms to parse and a --fix twice that (found by
 * the fuzzer), 950 `*a` 300 ms. A report's paragraph has a few dozen (dates, numbers, 〔2023〕5号).
 */
export const MARKS_FROM = 200;

/** An ASCII digit or punctuation mark: what masking replaces (past a line's start). */
function maskable(c: number): boolean {
  return (c >= 0x21 && c <= 0x40) || (c >= 0x5b && c <= 0x60) || (c >= 0x7b && c <= 0x7e);
}
/** Block syntax is at the start of a line: so many characters of each line are never masked. */
const LINE_HEAD = 8;
/** What stands in for a masked character: one UTF-16 unit, like every character it replaces, and no Markdown syntax. */
const MASK = "\u3007";

/**
 * The text the Markdown parser is given: the same length and lines, with the inline syntax of
 * every paragraph (a run of non-blank lines) of MASK_FROM characters or more, or with MARKS_FROM
 * digits and marks, replaced — ASCII punctuation and digits, except in the first LINE_HEAD
 * characters of a line where they may start a block (all of the paragraph's first line; see
 * BLOCK_START for the others), and except inside HTML comments (where the report-lint-disable
 * directives are). Offsets, lines, block structure and comments are those of the text: the
 * report model takes only block positions from its parser, and textlint's rules read the text
 * itself (from textlint's tree the engine uses only the document and the HTML comments).
 */
export function maskInline(text: string): string {
  if (text.length < MARKS_FROM) return text;
  let out: string[] | null = null;
  let paragraph = -1; // where the current run of non-blank lines starts
  let marks = 0; // maskable characters in it
  for (let at = 0; ; ) {
    const done = at >= text.length;
    const nl = done ? -1 : text.indexOf("\n", at);
    const lineEnd = nl < 0 ? text.length : nl;
    const blank = done || /^[ \t\r]*$/u.test(text.slice(at, lineEnd));
    if (blank && paragraph >= 0) {
      if (at - paragraph >= MASK_FROM || marks >= MARKS_FROM) maskParagraph(text, paragraph, at, (out ??= text.split("")));
      paragraph = -1;
      marks = 0;
    } else if (!blank) {
      if (paragraph < 0) paragraph = at;
      for (let i = at; i < lineEnd && marks < MARKS_FROM; i++) if (maskable(text.charCodeAt(i))) marks++;
    }
    if (done) break;
    at = nl < 0 ? text.length : nl + 1;
  }
  return out === null ? text : out.join("");
}

/**
 * What may stand at the start of a line inside a paragraph and still mean something there: the
 * starts of the blocks that can interrupt a paragraph (headings, quotes, lists, fences, thematic
 * breaks, HTML, setext underlines). A continuation line's other leading marks are text — `[x]: a`
 * cannot start a link definition inside a paragraph — and are masked like the rest.
 */
const BLOCK_START = /[ \t#>\-*+_=`~<0-9.)]/u;

/** A line that is a setext heading's underline or a thematic break (----, ====, * * *): block syntax, kept whole. */
const RULE_LINE = /^ {0,3}(?:=+|(?:-[ \t]*){3,}|(?:\*[ \t]*){3,}|(?:_[ \t]*){3,}|-+)[ \t]*\r?$/u;

function maskParagraph(text: string, start: number, end: number, out: string[]): void {
  let column = 0;
  let firstLine = true;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === 0x0a || c === 0x0d) {
      column = 0;
      if (c === 0x0a || text.charCodeAt(i + 1) !== 0x0a) firstLine = false;
      continue;
    }
    if (column === 0) {
      const lineEnd = text.indexOf("\n", i);
      const stop = lineEnd < 0 || lineEnd > end ? end : lineEnd;
      if (RULE_LINE.test(text.slice(i, stop))) {
        i = stop - 1;
        continue;
      }
    }
    if (c === 0x3c && text.startsWith("<!--", i)) {
      const close = text.indexOf("-->", i + 4);
      const stop = close < 0 ? end : Math.min(end, close + 3);
      column += stop - i;
      i = stop - 1;
      continue;
    }
    if (column++ < LINE_HEAD && (firstLine || BLOCK_START.test(text[i]!))) continue;
    if (maskable(c)) out[i] = MASK;
  }
}
