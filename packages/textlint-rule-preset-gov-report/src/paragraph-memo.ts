/**
 * What a rule found in a paragraph, kept by the paragraph's text: every paragraph of the document
 * being checked and of the one checked before it, and the `recent` paragraphs last asked for
 * across documents. An editor checks the whole document again after each keystroke, and --fix
 * checks it again after fixing: the paragraphs that did not change are not weighed again, however
 * long the document (a bound of a few hundred paragraphs alone let a long document evict each
 * paragraph just before it was asked for again). The recent ones serve reports that share a
 * template's paragraphs (a county's townships, one office's years). Memory stays bounded by two
 * documents and `recent` paragraphs.
 *
 * Only for work that depends on the paragraph's text alone (and on what the memo is kept for:
 * one memo per rule and options, see `memoFor`).
 */
export class ParagraphMemo<T> {
  private previous = new Map<string, T>();
  private current = new Map<string, T>();
  /** The paragraphs last asked for, least recent first. */
  private readonly last = new Map<string, T>();

  constructor(private readonly recent = 512) {}

  /** A new document: what the last one found stays at hand for this one. */
  begin(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  /** What `compute` finds in `text`, computed once while the memo holds it. */
  get(text: string, compute: () => T): T {
    let found = this.current.get(text);
    if (found !== undefined) return found;
    found = this.previous.get(text) ?? this.last.get(text);
    if (found === undefined) found = compute();
    this.current.set(text, found);
    if (this.recent > 0) {
      this.last.delete(text);
      this.last.set(text, found);
      if (this.last.size > this.recent) this.last.delete(this.last.keys().next().value!);
    }
    return found;
  }
}

/**
 * The memo kept for `key` — a rule's options as JSON, or what its options built (its lexicon's
 * matcher) — made on first use: each configuration has its own, so a finding never crosses from
 * one to another.
 */
export function memoFor<K, T>(memos: { get(key: K): ParagraphMemo<T> | undefined; set(key: K, memo: ParagraphMemo<T>): unknown }, key: K): ParagraphMemo<T> {
  let memo = memos.get(key);
  if (memo === undefined) memos.set(key, (memo = new ParagraphMemo<T>()));
  return memo;
}
