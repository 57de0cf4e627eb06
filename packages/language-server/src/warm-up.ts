/**
 * What the lint thread checks in idle time after its first document, so that the user's first
 * edits are answered as fast as the later ones.
 *
 * A fresh thread runs the rules interpreted until V8 has seen them often enough to compile them:
 * on a 10,000-character report the first dozen edits after opening took 15–45 ms where later ones
 * take 6–10 (in process, bench/didchange.mjs's edits). Linting the document again does not help
 * much — every rule's paragraph memo answers for it — so each text here is the start of the
 * document with one paragraph changed the way typing changes one (a character doubled, a comma
 * typed half-width, a character deleted), which sends the rules, and the language model's search,
 * through the paths a real edit takes. The document's other paragraphs stay in the memos' recent
 * ones (512), so the first real edit after it still finds them there.
 */

/** How many changed texts: fewer left the first edits at 20–35 ms in the measurement above. */
export const WARM_UP_TEXTS = 40;
/** Each is the document's first this many characters: one step costs a few milliseconds, so a real edit never waits long behind one. */
export const WARM_UP_CHARS = 4000;

/** The texts to lint, in order: `count` changed prefixes of `text`. */
export function warmUpTexts(text: string, count = WARM_UP_TEXTS, chars = WARM_UP_CHARS): string[] {
  if (text.trim() === "") return [];
  const lines = text.slice(0, chars).split("\n");
  // The lines worth changing: prose, not headings or blank lines (any line if there is none).
  let prose = lines.flatMap((l, i) => (l.trim().length >= 20 ? [i] : []));
  if (prose.length === 0) prose = lines.flatMap((l, i) => (l.length > 0 ? [i] : []));
  if (prose.length === 0) return [];
  const out: string[] = [];
  for (let k = 0; k < count; k++) {
    const at = prose[k % prose.length]!;
    const line = lines[at]!;
    // Each pass over the lines moves the place and the kind of change.
    const round = Math.floor(k / prose.length);
    let m = Math.min(line.length - 1, (line.length >> 1) + 3 * round + (k % 3));
    if (m > 0 && /[\udc00-\udfff]/u.test(line[m]!)) m--;
    const ch = String.fromCodePoint(line.codePointAt(m)!);
    const comma = line.indexOf("，", m) >= 0 ? line.indexOf("，", m) : line.lastIndexOf("，", m);
    const kind = (k + round) % 3;
    const changed =
      kind === 0 ? line.slice(0, m) + ch + line.slice(m) : kind === 1 && comma >= 0 ? `${line.slice(0, comma)},${line.slice(comma + 1)}` : line.slice(0, m) + line.slice(m + ch.length);
    const copy = lines.slice();
    copy[at] = changed;
    out.push(copy.join("\n"));
  }
  return out;
}
