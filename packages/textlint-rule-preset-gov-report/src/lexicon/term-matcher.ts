// Matches many entry regexes in one pass over a paragraph. Each regex is indexed by the
// characters its match can start with (read from the regex source); the scan tries, at
// each position, only the sticky regexes whose first character is there. Regexes whose
// first character cannot be determined run as an ordinary global search.

type First = Set<number> | "any";

interface Parsed {
  first: First;
  nullable: boolean;
  /** Literal text every match starts with. */
  prefix: string;
  /** The part always matches exactly `prefix` (so a literal after it extends the prefix). */
  exact: boolean;
}

const ANY: Parsed = { first: "any", nullable: false, prefix: "", exact: false };
const EMPTY: Parsed = { first: new Set(), nullable: true, prefix: "", exact: true };

function commonPrefix(a: string, b: string): string {
  let k = 0;
  while (k < a.length && k < b.length && a[k] === b[k]) k++;
  return a.slice(0, k);
}
/** Character ranges wider than this are not enumerated (the regex runs unindexed). */
const MAX_RANGE = 512;

function union(a: First, b: First): First {
  if (a === "any" || b === "any") return "any";
  return new Set([...a, ...b]);
}

/** A small reader of regex source (u flag): only what decides the first character of a match. */
class FirstChars {
  private i = 0;
  constructor(private readonly src: string) {}

  static of(source: string): { first: First; prefix: string } | null {
    const p = new FirstChars(source);
    try {
      const r = p.alternation();
      if (p.i < source.length || r.nullable) return null;
      return { first: r.first, prefix: r.prefix };
    } catch {
      return null;
    }
  }

  private peek(): string {
    return this.src[this.i] ?? "";
  }

  private alternation(): Parsed {
    let result = this.sequence();
    while (this.peek() === "|") {
      this.i++;
      const next = this.sequence();
      result = {
        first: union(result.first, next.first),
        nullable: result.nullable || next.nullable,
        prefix: commonPrefix(result.prefix, next.prefix),
        exact: false,
      };
    }
    return result;
  }

  private sequence(): Parsed {
    let first: First = new Set();
    let nullable = true;
    let prefix = "";
    let exact = true;
    while (this.i < this.src.length && this.peek() !== "|" && this.peek() !== ")") {
      const atom = this.quantified();
      if (nullable) first = union(first, atom.first);
      nullable &&= atom.nullable;
      if (exact) {
        prefix += atom.prefix;
        exact = atom.exact;
      }
    }
    return { first, nullable, prefix, exact };
  }

  private quantified(): Parsed {
    const atom = this.atom();
    const q = /^(?:[?*+]|\{(\d+)(?:,\d*)?\})\??/u.exec(this.src.slice(this.i));
    if (q === null) return atom;
    this.i += q[0].length;
    const min = q[0][0] === "+" ? 1 : q[0][0] === "{" ? Number(q[1]) : 0;
    return min === 0 ? { first: atom.first, nullable: true, prefix: "", exact: false } : { ...atom, exact: false };
  }

  private atom(): Parsed {
    const c = this.peek();
    if (c === "(") {
      this.i++;
      const look = /^\?(?:<?[=!])/u.exec(this.src.slice(this.i));
      if (look !== null) {
        this.i += look[0].length;
        this.alternation();
        this.expect(")");
        return EMPTY;
      }
      const group = /^\?(?::|<[A-Za-z_$][\w$]*>)/u.exec(this.src.slice(this.i));
      if (group !== null) this.i += group[0].length;
      const inner = this.alternation();
      this.expect(")");
      return inner;
    }
    if (c === "[") return this.charClass();
    if (c === "\\") return this.escape();
    if (c === "^" || c === "$") {
      this.i++;
      return EMPTY;
    }
    if (c === ".") {
      this.i++;
      return ANY;
    }
    const cp = this.src.codePointAt(this.i)!;
    this.i += cp > 0xffff ? 2 : 1;
    return { first: new Set([cp]), nullable: false, prefix: String.fromCodePoint(cp), exact: true };
  }

  private expect(ch: string): void {
    if (this.peek() !== ch) throw new Error(`expected ${ch}`);
    this.i++;
  }

  /** One escape: a single character, a class (\d), or zero-width (\b). */
  private escape(): Parsed {
    const e = this.classEscape();
    if (e === "zero") return EMPTY;
    if (e === "any") return ANY;
    const one = e.length === 1 ? String.fromCodePoint(e[0]!) : null;
    return { first: new Set(e), nullable: false, prefix: one ?? "", exact: one !== null };
  }

  private classEscape(): number[] | "any" | "zero" {
    this.i++; // the backslash
    const c = this.peek();
    this.i++;
    if (c === "b" || c === "B") return "zero";
    if (c === "d") return Array.from({ length: 10 }, (_, k) => 0x30 + k);
    if (c === "u") {
      const m = /^\{([0-9a-fA-F]+)\}|^([0-9a-fA-F]{4})/u.exec(this.src.slice(this.i));
      if (m === null) throw new Error("bad \\u");
      this.i += m[0].length;
      return [parseInt(m[1] ?? m[2]!, 16)];
    }
    if (c === "t") return [9];
    if (c === "n") return [10];
    if (c === "r") return [13];
    if (/[\w]/u.test(c)) return "any"; // \w \s \p{…} \1 …: not enumerated
    return [c.codePointAt(0)!];
  }

  private charClass(): Parsed {
    this.i++; // [
    if (this.peek() === "^") return this.skipClass();
    const chars = new Set<number>();
    let any = false;
    const item = (): number | null => {
      if (this.peek() === "\\") {
        const e = this.classEscape();
        if (e === "any" || e === "zero") {
          any = true;
          return null;
        }
        if (e.length === 1) return e[0]!;
        for (const x of e) chars.add(x);
        return null;
      }
      const cp = this.src.codePointAt(this.i)!;
      this.i += cp > 0xffff ? 2 : 1;
      return cp;
    };
    while (this.i < this.src.length && this.peek() !== "]") {
      const lo = item();
      if (lo !== null && this.peek() === "-" && this.src[this.i + 1] !== "]") {
        this.i++;
        const hi = item();
        if (hi === null || hi - lo > MAX_RANGE) any = true;
        else for (let x = lo; x <= hi; x++) chars.add(x);
      } else if (lo !== null) chars.add(lo);
    }
    this.expect("]");
    const one = chars.size === 1 ? String.fromCodePoint(...chars) : null;
    return any ? ANY : { first: chars, nullable: false, prefix: one ?? "", exact: one !== null };
  }

  private skipClass(): Parsed {
    while (this.i < this.src.length && this.peek() !== "]") this.i += this.peek() === "\\" ? 2 : 1;
    this.expect("]");
    return ANY;
  }
}

export interface TermHit<E> {
  entry: E;
  /** Offsets in the scanned string. */
  start: number;
  end: number;
}

interface Indexed<E> {
  entry: E;
  sticky: RegExp;
  /** Literal text every match starts with (checked before running the regex). */
  prefix: string;
  /** Where this entry may match again (a match does not overlap the previous one of the same entry). */
  next: number;
}

/** Many regexes, one scan. `regexOf` gives each entry's compiled regex (flag u). */
export class TermMatcher<E> {
  private readonly index = new Map<number, Array<Indexed<E>>>();
  /**
   * 1 for each BMP code unit some entry starts with: the scan skips every other character
   * with one array read instead of a Map lookup (most characters of a report start no entry).
   * Surrogates always go to the Map (an entry may start with a character outside the BMP).
   */
  private readonly starts = new Uint8Array(0x10000);
  private readonly unindexed: Array<{ entry: E; global: RegExp }> = [];
  private readonly all: Array<Indexed<E>> = [];

  constructor(entries: readonly E[], regexOf: (entry: E) => RegExp) {
    for (const entry of entries) {
      const re = regexOf(entry);
      const parsed = FirstChars.of(re.source);
      if (parsed === null || parsed.first === "any") {
        this.unindexed.push({ entry, global: new RegExp(re.source, "gu") });
        continue;
      }
      const item: Indexed<E> = { entry, sticky: new RegExp(re.source, "uy"), prefix: parsed.prefix, next: 0 };
      this.all.push(item);
      for (const cp of parsed.first) {
        if (cp < 0x10000) this.starts[cp] = 1;
        const list = this.index.get(cp);
        if (list === undefined) this.index.set(cp, [item]);
        else list.push(item);
      }
    }
  }

  /** Every match in `text`, in order of start. */
  scan(text: string): Array<TermHit<E>> {
    const hits: Array<TermHit<E>> = [];
    for (const item of this.all) item.next = 0;
    for (let i = 0; i < text.length; i++) {
      const unit = text.charCodeAt(i);
      if ((unit < 0xd800 || unit > 0xdfff) && this.starts[unit] === 0) continue;
      const list = this.index.get(text.codePointAt(i)!);
      if (list === undefined) continue;
      for (const item of list) {
        if (i < item.next || (item.prefix.length > 1 && !text.startsWith(item.prefix, i))) continue;
        item.sticky.lastIndex = i;
        const m = item.sticky.exec(text);
        if (m === null || m[0].length === 0) continue;
        hits.push({ entry: item.entry, start: i, end: i + m[0].length });
        item.next = i + m[0].length;
      }
    }
    for (const { entry, global } of this.unindexed) {
      for (const m of text.matchAll(global)) if (m[0].length > 0) hits.push({ entry, start: m.index, end: m.index + m[0].length });
    }
    return hits.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /** How many entries run through the first-character index (the rest run as plain searches). */
  get indexedCount(): number {
    return this.all.length;
  }
}
