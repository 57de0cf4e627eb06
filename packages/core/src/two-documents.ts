/**
 * What was kept for the document being checked and for the one checked before it, by key: when another document
 * begins, what the last one kept stays at hand for it (and is carried over as it is asked for), older entries go. A
 * check after a keystroke and --fix's check of the text its fixes made find there what did not change. (The rules'
 * paragraph shelves are built on it, the 错别字 search's sentence memo is one.)
 */
export class TwoDocuments<V> {
  private before = new Map<string, V>();
  private now = new Map<string, V>();
  private document: object | undefined = undefined;

  /** A document is being checked (none named: a new one each time); the same one begun again turns nothing over. */
  begin(document?: object): void {
    if (document !== undefined && document === this.document) return;
    this.document = document;
    this.before = this.now;
    this.now = new Map();
  }

  /** What is kept for `key` in this document only. */
  kept(key: string): V | undefined {
    return this.now.get(key);
  }

  /** What is kept for `key` in this document or the last (then kept for this one too). */
  get(key: string): V | undefined {
    let found = this.now.get(key);
    if (found === undefined && (found = this.before.get(key)) !== undefined) this.now.set(key, found);
    return found;
  }

  set(key: string, value: V): void {
    this.now.set(key, value);
  }
}
