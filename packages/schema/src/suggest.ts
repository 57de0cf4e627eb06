import { distance } from "fastest-levenshtein";

/**
 * The candidate `word` was most likely meant to be, or undefined when none is close enough to be a
 * typo of it: the same word in another case; else the nearest by edit distance, within a third of
 * the word's length (one edit for a short word, at most three); else the one candidate the word
 * begins (“warn” → “warning”). `--formt` → `--format`, `stray-latn` → `stray-latin`.
 */
export function didYouMean(word: string, candidates: Iterable<string>): string | undefined {
  const list = [...candidates].filter((c) => c !== word);
  if (word.length === 0 || list.length === 0) return undefined;
  const lower = word.toLowerCase();
  const sameCase = list.find((c) => c.toLowerCase() === lower);
  if (sameCase !== undefined) return sameCase;
  const most = Math.min(3, Math.max(1, Math.floor(word.length / 3)));
  let best: string | undefined;
  let bestDistance = most + 1;
  for (const c of list) {
    const d = distance(lower, c.toLowerCase());
    if (d < bestDistance) {
      best = c;
      bestDistance = d;
    }
  }
  if (best !== undefined) return best;
  if (lower.length < 3) return undefined;
  const begun = list.filter((c) => c.toLowerCase().startsWith(lower));
  return begun.length === 1 ? begun[0] : undefined;
}

/**
 * A JSON pointer as a reader names the key: `/rules/cjk-spacing/allow/0` → `rules.cjk-spacing.allow[0]`;
 * the root (`/` or ``) is "".
 */
export function keyPath(pointer: string): string {
  if (pointer === "" || pointer === "/") return "";
  let out = "";
  for (const raw of pointer.replace(/^\//u, "").split("/")) {
    const part = raw.replace(/~1/gu, "/").replace(/~0/gu, "~");
    out += /^\d+$/u.test(part) ? `[${part}]` : out === "" ? part : `.${part}`;
  }
  return out;
}
