/**
 * What the rules found in a paragraph, kept by the paragraph's text: every paragraph of the document
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

import { TwoDocuments } from "@report-lint/core";

/**
 * The paragraphs' shelves: one per paragraph text, holding what each memo found there (at the memo's slot). The memos
 * of one configuration of the rules share one, so a paragraph is looked up once for all of them: the first rule to ask
 * finds its shelf, and every later one finds it again in the maps the first has just read — six memos' own maps, read
 * one after another after a pause, were cache misses each (in an editor, the check after a keystroke).
 */
export class ParagraphShelves {
  /** The shelves of the document being checked and of the one before it (core's TwoDocuments). */
  private readonly documents = new TwoDocuments<unknown[]>();
  /** The paragraphs last asked for, least recent first. */
  private readonly last = new Map<string, unknown[]>();
  private slots = 0;

  constructor(private readonly recent = 512) {}

  /** A place on every shelf, for one memo. */
  slot(): number {
    return this.slots++;
  }

  /**
   * A document is being checked: when it is another than the last (or none is named), what the last one found stays at
   * hand for this one, and older documents' paragraphs go unless they were asked for recently.
   */
  begin(document?: object): void {
    this.documents.begin(document);
  }

  /** The shelf of `text`: what the memos found there so far. */
  shelf(text: string): unknown[] {
    let found = this.documents.kept(text);
    if (found !== undefined) return found;
    found = this.documents.get(text) ?? this.last.get(text) ?? [];
    this.documents.set(text, found);
    if (this.recent > 0) {
      this.last.delete(text);
      this.last.set(text, found);
      if (this.last.size > this.recent) this.last.delete(this.last.keys().next().value!);
    }
    return found;
  }
}

/** The shelves the rules' memos share. */
const shared = new ParagraphShelves();

export class ParagraphMemo<T> {
  private readonly shelves: ParagraphShelves;
  private readonly at: number;

  /** A memo on `shelves` (the rules' shared ones), or — given a bound of recent paragraphs — on shelves of its own. */
  constructor(shelves: ParagraphShelves | number = shared) {
    this.shelves = typeof shelves === "number" ? new ParagraphShelves(shelves) : shelves;
    this.at = this.shelves.slot();
  }

  /** A document is being checked (`document`: its report model; none: always a new one). See ParagraphShelves.begin. */
  begin(document?: object): void {
    this.shelves.begin(document);
  }

  /** What `compute` finds in `text`, computed once while the memo holds it. */
  get(text: string, compute: () => T): T {
    const shelf = this.shelves.shelf(text);
    let found = shelf[this.at] as T | undefined;
    if (found === undefined) shelf[this.at] = found = compute();
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
