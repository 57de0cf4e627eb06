// Edit distances for the lexicon rules: restricted Damerau-Levenshtein (optimal string
// alignment: insertions, deletions, substitutions and swaps of two neighbours), between
// two strings, and between a pattern and the best-matching substring of a text (Sellers).

/** Restricted Damerau-Levenshtein distance of `a` and `b`, or `max + 1` when it exceeds `max`. */
export function osaDistance(a: string, b: string, max: number): number {
  if (Math.abs(a.length - b.length) > max) return max + 1;
  const n = b.length;
  let prev2 = new Array<number>(n + 1).fill(0);
  let prev = Array.from({ length: n + 1 }, (_, j) => j);
  let cur = new Array<number>(n + 1).fill(0);
  for (let i = 1; i <= a.length; i++) {
    cur[0] = i;
    let rowMin = i;
    for (let j = 1; j <= n; j++) {
      const cost = a[i - 1] === b[j - 1] ? 0 : 1;
      let v = Math.min(prev[j - 1]! + cost, prev[j]! + 1, cur[j - 1]! + 1);
      if (i > 1 && j > 1 && a[i - 1] === b[j - 2] && a[i - 2] === b[j - 1]) v = Math.min(v, prev2[j - 2]! + 1);
      cur[j] = v;
      if (v < rowMin) rowMin = v;
    }
    if (rowMin > max) return max + 1;
    [prev2, prev, cur] = [prev, cur, prev2];
  }
  return Math.min(prev[n]!, max + 1);
}

/** One step of an alignment of a pattern with a window of text. */
export type EditOp = "match" | "sub" | "ins" | "del" | "swap";

export interface Alignment {
  /** Window [start, end) in the searched text. */
  start: number;
  end: number;
  distance: number;
  /** Steps from the first pattern character to the last. `ins` is a text character the pattern lacks, `del` a pattern character missing from the text. */
  ops: EditOp[];
}

/**
 * The substrings of `text[from, to)` closest to `pattern` (Sellers' algorithm with swaps):
 * one alignment per end position whose distance is at most `max`, best first (ties: the
 * longer window first), each traced back only when asked for.
 */
export function* closestWindows(pattern: string, text: string, from: number, to: number, max: number): Generator<Alignment> {
  const m = pattern.length;
  const w = to - from;
  if (m === 0 || w <= 0) return;
  const cols = w + 1;
  const d = new Int32Array((m + 1) * cols);
  for (let i = 1; i <= m; i++) d[i * cols] = i;
  for (let i = 1; i <= m; i++) {
    const p = pattern.charCodeAt(i - 1);
    for (let j = 1; j <= w; j++) {
      const t = text.charCodeAt(from + j - 1);
      let v = Math.min(d[(i - 1) * cols + j - 1]! + (p === t ? 0 : 1), d[(i - 1) * cols + j]! + 1, d[i * cols + j - 1]! + 1);
      if (i > 1 && j > 1 && p === text.charCodeAt(from + j - 2) && pattern.charCodeAt(i - 2) === t) v = Math.min(v, d[(i - 2) * cols + j - 2]! + 1);
      d[i * cols + j] = v;
    }
  }
  const ends: number[] = [];
  // A window never ends between the two halves of a character outside the BMP (𥌊 is two code units).
  for (let j = 1; j <= w; j++) if (d[m * cols + j]! <= max && !splitsPair(text, from + j)) ends.push(j);
  ends.sort((a, b) => d[m * cols + a]! - d[m * cols + b]! || b - a);
  for (const j of ends) {
    const ops: EditOp[] = [];
    let i = m;
    let k = j;
    while (i > 0) {
      const here = d[i * cols + k]!;
      const p = pattern.charCodeAt(i - 1);
      const t = k > 0 ? text.charCodeAt(from + k - 1) : -1;
      if (k > 0 && p === t && d[(i - 1) * cols + k - 1] === here) {
        ops.push("match");
        i--;
        k--;
      } else if (
        i > 1 && k > 1 && p === text.charCodeAt(from + k - 2) && pattern.charCodeAt(i - 2) === t && d[(i - 2) * cols + k - 2]! + 1 === here
      ) {
        ops.push("swap", "swap");
        i -= 2;
        k -= 2;
      } else if (k > 0 && d[(i - 1) * cols + k - 1]! + 1 === here) {
        ops.push("sub");
        i--;
        k--;
      } else if (d[(i - 1) * cols + k]! + 1 === here) {
        ops.push("del");
        i--;
      } else {
        ops.push("ins");
        k--;
      }
    }
    if (splitsPair(text, from + k)) continue;
    yield { start: from + k, end: from + j, distance: d[m * cols + j]!, ops: ops.reverse() };
  }
}

/** Does offset `i` fall between a high and a low surrogate? */
function splitsPair(text: string, i: number): boolean {
  const lo = text.charCodeAt(i);
  const hi = text.charCodeAt(i - 1);
  return i > 0 && lo >= 0xdc00 && lo <= 0xdfff && hi >= 0xd800 && hi <= 0xdbff;
}
