/**
 * Per-character tests for the rules' hot loops, on UTF-16 code units. `text[i]` makes a new
 * one-character string for every Chinese character and a regular expression then tests it;
 * over every character of every paragraph that was the largest cost of the rules that scan
 * character by character. A test whose answer depends on the code unit alone is computed
 * once per code unit and kept in a table.
 */

/** A cached test of single code units: `test(code)` equals `re.test(String.fromCharCode(code))`. */
export function unitTest(re: RegExp): (code: number) => boolean {
  // 0: not asked yet, 1: yes, 2: no.
  const table = new Uint8Array(0x10000);
  return (code) => {
    let v = table[code]!;
    if (v === 0) table[code] = v = re.test(String.fromCharCode(code)) ? 1 : 2;
    return v === 1;
  };
}

/** Is the code unit a Chinese character (Unicode script Han: 汉字, 〇, 々, the radicals)? */
export const isHanUnit = unitTest(/\p{Script=Han}/u);

/**
 * Full-width punctuation, which GB/T 15834-2011 gives its own width: no space belongs before or after it (cjk-spacing
 * reports one; punctuation-width, converting a half-width mark, takes the spaces beside it away with it).
 */
export const FULL_PUNCT = /[，。、；：？！“”‘’（）《》〈〉【】〔〕﹝﹞「」『』…—～·]/u;
/** A space as cjk-spacing weighs it (not a tab: a table's columns). */
const SPACE_CLASS = "[ \\u3000\\u00a0\\u2000-\\u200a\\u202f\\u205f]";
/** A run of spaces. */
export const GAP = new RegExp(`${SPACE_CLASS}+`, "gu");
/** One character of a GAP. */
export const isGapUnit = unitTest(new RegExp(SPACE_CLASS, "u"));

const NO_MATCHES: readonly RegExpExecArray[] = [];

/**
 * `text.matchAll(re)` where `text` holds `needs` (or one of them) — a string that every match of
 * `re` contains — and nothing otherwise, without running `re`. Most of the rules' patterns look for
 * what few paragraphs have (a 全会, a 《, a URL), and a scan of every paragraph by each of them,
 * iterator and all, cost more than the rest of those rules' work on unseen text.
 */
export function matchesWhere(text: string, re: RegExp, needs: string | readonly string[]): Iterable<RegExpExecArray> {
  if (typeof needs === "string") return text.includes(needs) ? text.matchAll(re) : NO_MATCHES;
  for (let k = 0; k < needs.length; k++) if (text.includes(needs[k]!)) return text.matchAll(re);
  return NO_MATCHES;
}

/** A Markdown paragraph's inline code as spaces (same length, so offsets hold): code is not prose. */
export function maskInlineCode(text: string): string {
  return text.includes("`") ? text.replace(/`[^`\n]*`/gu, (c) => " ".repeat(c.length)) : text;
}

/** Full-width digits (and the full-width point) as ASCII, one for one: ２０２４ → 2024, １２．５ → 12.5. */
export function asciiDigits(text: string): string {
  return text.replace(/[０-９．]/gu, (c) => (c === "．" ? "." : String.fromCharCode(c.charCodeAt(0) - 0xfee0)));
}
