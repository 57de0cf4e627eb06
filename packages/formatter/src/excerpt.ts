/**
 * Where a clause ends: full-width and half-width clause punctuation, and a tab (Word's ^t, which a
 * pasted search loses). ASCII `.` and `:` are left out: they sit inside numbers and times (3.5, 8:30).
 */
const CLAUSE_END = new Set([..."，。；：！？、,;!?\t"]);
/** A clause shorter than this (with the finding) names no place: the clause before it is taken too. */
const MIN_CHARS = 8;
/** At most this many characters of context on either side of the finding. */
const SIDE = 40;
/** At most this much of a long finding: with SIDE either side, under the 255 characters Word's 查找 takes. */
const MOST = 170;

const isLow = (c: number): boolean => c >= 0xdc00 && c <= 0xdfff;

/**
 * An excerpt of the finding at [start, end) that Word's 查找 (Find) finds as it is: the exact
 * characters of the document — no “…”, no spaces folded — from the start of the clause the
 * finding is in to the punctuation that ends it, inside the finding's paragraph (a line of
 * `text`). A clause too short to tell apart takes the clause before it; a very long one is cut
 * SIDE characters from the finding; whitespace at either end is left out (the finding's own
 * is kept). A finding that runs on past its paragraph is cut at the paragraph's end.
 */
export function findableExcerpt(text: string, start: number, end: number): string {
  const ps = text.lastIndexOf("\n", start - 1) + 1;
  let pe = text.indexOf("\n", start);
  if (pe < 0) pe = text.length;
  if (pe > ps && text[pe - 1] === "\r") pe--;
  let s = Math.min(Math.max(start, ps), pe);
  if (s > ps && isLow(text.charCodeAt(s))) s--;
  let e = Math.min(Math.max(end, s), pe, s + MOST);
  if (e < pe && isLow(text.charCodeAt(e))) e++;
  const clauseStart = (from: number): number => {
    while (from > ps && s - from < SIDE && !CLAUSE_END.has(text[from - 1]!)) from--;
    return from;
  };
  let from = clauseStart(s);
  // Too short to be told apart (一是, a heading's number): the clause before it too.
  while (from > ps && e - from < MIN_CHARS && s - from < SIDE) from = clauseStart(from - 1);
  let to = e;
  if (!(e > s && CLAUSE_END.has(text[e - 1]!))) {
    while (to < pe && to - e < SIDE) {
      const c = text[to++]!;
      if (CLAUSE_END.has(c)) break;
    }
  }
  // The clause-ending tab is not kept; nor is whitespace at either end (the indent 　　), outside the finding.
  if (to > e && text[to - 1] === "\t") to--;
  while (from < s && /\s/u.test(text[from]!)) from++;
  while (to > e && /\s/u.test(text[to - 1]!)) to--;
  if (from > ps && isLow(text.charCodeAt(from))) from--;
  if (to < pe && isLow(text.charCodeAt(to))) to++;
  return text.slice(from, to);
}
