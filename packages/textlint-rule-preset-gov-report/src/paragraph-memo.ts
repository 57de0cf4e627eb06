/**
 * What a rule found in a paragraph, kept by the paragraph's text for the document being checked
 * and for the one checked before it. An editor checks the whole document again after each
 * keystroke, and --fix checks it again after fixing: the paragraphs that did not change are not
 * weighed again. Nothing older is kept, so memory is bounded by two documents, and a batch of
 * distinct reports gains nothing from it (and pays nothing for it).
 *
 * Only for work that depends on the paragraph's text alone (and on what the memo is kept for:
 * one memo per rule and options, see `memoFor`).
 */
export class ParagraphMemo<T> {
  private previous = new Map<string, T>();
  private current = new Map<string, T>();

  /** A new document: what the last one found stays at hand for this one, the rest is dropped. */
  begin(): void {
    this.previous = this.current;
    this.current = new Map();
  }

  /** What `compute` finds in `text`, computed once per text over this document and the last. */
  get(text: string, compute: () => T): T {
    let found = this.current.get(text);
    if (found !== undefined) return found;
    found = this.previous.get(text);
    if (found === undefined) found = compute();
    this.current.set(text, found);
    return found;
  }
}

/**
 * The memo kept for `key` (a rule's options, as JSON), made on first use: each configuration
 * has its own, so a finding never crosses from one to another.
 */
export function memoFor<T>(memos: Map<string, ParagraphMemo<T>>, key: string): ParagraphMemo<T> {
  let memo = memos.get(key);
  if (memo === undefined) memos.set(key, (memo = new ParagraphMemo<T>()));
  return memo;
}
