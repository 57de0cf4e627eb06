/**
 * The bounds of the sentence around an offset, found by walking to the nearest sentence
 * mark on each side. A rule that asks "what else does this sentence say?" of every match
 * must not slice or search the whole paragraph each time: on a one-line file of a megabyte
 * that turns seconds into minutes.
 */

/**
 * What a half-width `.` ending a Chinese sentence follows (提高. / “宪法宣传周”.), as a regex
 * character class: a Chinese character or a closing mark of Chinese text. punctuation-width makes
 * such a `.` a 。, and broken-paragraph takes a paragraph that ends with one as whole.
 */
export const BEFORE_CHINESE_PERIOD = "[\\p{Script=Han}”’）》」』】]";

/** Offset just after the last of `marks` before offset `i` of `t` (0 if there is none). */
export function sentenceStart(t: string, i: number, marks: string): number {
  let j = i;
  while (j > 0 && !marks.includes(t[j - 1]!)) j--;
  return j;
}

/** Offset of the first of `marks` at or after offset `i` of `t` (t.length if there is none). */
export function sentenceEnd(t: string, i: number, marks: string): number {
  let j = i;
  while (j < t.length && !marks.includes(t[j]!)) j++;
  return j;
}
