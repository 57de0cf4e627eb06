import { diffChars } from "diff";

/** Replace `range` (UTF-16 offsets [start, end) of the original text) with `text`; usable as an LSP TextEdit. */
export interface TextEdit {
  range: [number, number];
  text: string;
}

/**
 * The smallest set of replacements that turns `before` into `after`: a
 * character diff of the changed middle (common prefix and suffix are cut
 * first, so large unchanged texts cost nothing), adjacent deletions and
 * insertions merged into one replacement. Edits are in order and never overlap.
 */
export function computeEdits(before: string, after: string): TextEdit[] {
  if (before === after) return [];
  let prefix = 0;
  const max = Math.min(before.length, after.length);
  while (prefix < max && before.charCodeAt(prefix) === after.charCodeAt(prefix)) prefix++;
  let suffix = 0;
  while (
    suffix < max - prefix &&
    before.charCodeAt(before.length - 1 - suffix) === after.charCodeAt(after.length - 1 - suffix)
  ) {
    suffix++;
  }
  // Never split a surrogate pair.
  if (prefix > 0 && isHighSurrogate(before.charCodeAt(prefix - 1))) prefix--;
  if (suffix > 0 && isLowSurrogate(before.charCodeAt(before.length - suffix))) suffix--;
  const a = before.slice(prefix, before.length - suffix);
  const b = after.slice(prefix, after.length - suffix);
  if (a.length === 0 || b.length === 0) return [{ range: [prefix, prefix + a.length], text: b }];

  const edits: TextEdit[] = [];
  let pos = prefix;
  let current: TextEdit | null = null;
  for (const part of diffChars(a, b)) {
    if (part.added) {
      current ??= { range: [pos, pos], text: "" };
      current.text += part.value;
    } else if (part.removed) {
      current ??= { range: [pos, pos], text: "" };
      pos += part.value.length;
      current.range[1] = pos;
    } else {
      if (current !== null) edits.push(current);
      current = null;
      pos += part.value.length;
    }
  }
  if (current !== null) edits.push(current);
  return edits;
}

/** Apply non-overlapping edits (in any order) to `text`. */
export function applyEdits(text: string, edits: readonly TextEdit[]): string {
  const sorted = [...edits].sort((x, y) => x.range[0] - y.range[0]);
  let out = "";
  let at = 0;
  for (const e of sorted) {
    if (e.range[0] < at) throw new Error("applyEdits: overlapping edits");
    out += text.slice(at, e.range[0]) + e.text;
    at = e.range[1];
  }
  return out + text.slice(at);
}

function isHighSurrogate(c: number): boolean {
  return c >= 0xd800 && c <= 0xdbff;
}

function isLowSurrogate(c: number): boolean {
  return c >= 0xdc00 && c <= 0xdfff;
}
