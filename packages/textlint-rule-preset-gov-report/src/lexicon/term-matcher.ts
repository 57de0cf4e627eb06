// Matches many entry regexes in one pass over a paragraph. Each regex is indexed by the
// literal starts its match can have, read from the regex source: (?:全国)?法制宣传日 starts
// with 全国法制宣传日 or 法制宣传日, (?<=认真|…)的(?=做好|抓好…) with 的做好, 的抓好 … (up to
// MAX_LITERAL code units, at most MAX_LITERALS of them). The starts of all entries form one
// trie; the scan walks it from each position and runs, there, only the sticky regexes of the
// entries whose start is at that position. An entry whose starts cannot be listed is indexed by
// the characters its match can start with; one whose first character cannot be determined runs
// as an ordinary global search. The regexes decide every match: the index only says where
// they cannot match (before, a sticky regex ran wherever its first character was: at every 的
// and every 法 of a report, 1,900 runs a report for the two term lexicons).

type First = Set<number> | "any";

interface Parsed {
  first: First;
  nullable: boolean;
  /** Literal text every match starts with. */
  prefix: string;
  /** The part always matches exactly `prefix` (so a literal after it extends the prefix). */
  exact: boolean;
  /** Every match starts with one of these (an empty string: nothing known). */
  lits: string[];
  /** Every match is exactly one of `lits` (so what follows extends them). */
  whole: boolean;
}

/** The longest literal start listed per entry (code units), and how many an entry may have. */
const MAX_LITERAL = 6;
const MAX_LITERALS = 48;

const ANY: Parsed = { first: "any", nullable: false, prefix: "", exact: false, lits: [""], whole: false };
const EMPTY: Parsed = { first: new Set(), nullable: true, prefix: "", exact: true, lits: [""], whole: true };

/** The literals of a part that matches one of the characters `cps`. */
function charLits(cps: Iterable<number>): Pick<Parsed, "lits" | "whole"> {
  const lits = [...new Set([...cps].map((cp) => String.fromCodePoint(cp)))];
  return lits.length <= MAX_LITERALS ? { lits, whole: true } : { lits: [""], whole: false };
}

/** The literal starts of `a` followed by `b`. */
function concatLits(a: Pick<Parsed, "lits" | "whole">, b: Pick<Parsed, "lits" | "whole">): Pick<Parsed, "lits" | "whole"> {
  if (!a.whole) return a;
  if (a.lits.length * b.lits.length > MAX_LITERALS) return { lits: a.lits, whole: false };
  const out = new Set<string>();
  let cut = false;
  for (const x of a.lits) {
    for (const y of b.lits) {
      const s = x + y;
      if (s.length > MAX_LITERAL) cut = true;
      out.add(s.slice(0, MAX_LITERAL));
    }
  }
  return { lits: [...out], whole: b.whole && !cut };
}

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

  static of(source: string): { first: First; prefix: string; lits: string[] | null } | null {
    const p = new FirstChars(source);
    try {
      const r = p.alternation();
      if (p.i < source.length || r.nullable) return null;
      // Of two starts where one begins the other, the shorter says all (and an entry appears once on a path of the trie).
      const lits = r.lits.length === 0 || r.lits.includes("") ? null : r.lits.filter((x) => !r.lits.some((y) => y !== x && x.startsWith(y)));
      return { first: r.first, prefix: r.prefix, lits };
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
        lits: [...new Set([...result.lits, ...next.lits])],
        whole: result.whole && next.whole,
      };
    }
    return result;
  }

  private sequence(): Parsed {
    let first: First = new Set();
    let nullable = true;
    let prefix = "";
    let exact = true;
    let lits: Pick<Parsed, "lits" | "whole"> = { lits: [""], whole: true };
    while (this.i < this.src.length && this.peek() !== "|" && this.peek() !== ")") {
      const atom = this.quantified();
      if (nullable) first = union(first, atom.first);
      nullable &&= atom.nullable;
      if (exact) {
        prefix += atom.prefix;
        exact = atom.exact;
      }
      lits = concatLits(lits, atom);
    }
    return { first, nullable, prefix, exact, ...lits };
  }

  private quantified(): Parsed {
    const atom = this.atom();
    const q = /^(?:[?*+]|\{(\d+)(,(\d*))?\})\??/u.exec(this.src.slice(this.i));
    if (q === null) return atom;
    this.i += q[0].length;
    const min = q[0][0] === "+" ? 1 : q[0][0] === "{" ? Number(q[1]) : 0;
    const max = q[0][0] === "?" ? 1 : q[0][0] === "{" ? (q[2] === undefined ? min : q[3] === "" ? Infinity : Number(q[3])) : Infinity;
    // Zero or one time: "" or the atom's own; more times: starts with the atom's.
    const lits = min === 0 ? [...new Set(["", ...atom.lits])] : atom.lits;
    const whole = atom.whole && max <= 1;
    return min === 0
      ? { first: atom.first, nullable: true, prefix: "", exact: false, lits, whole }
      : { ...atom, exact: false, lits, whole };
  }

  private atom(): Parsed {
    const c = this.peek();
    if (c === "(") {
      this.i++;
      const look = /^\?(?:<?[=!])/u.exec(this.src.slice(this.i));
      if (look !== null) {
        this.i += look[0].length;
        const inner = this.alternation();
        this.expect(")");
        // A lookahead consumes nothing, but the text there starts with one of its literals (的(?=做好|抓好)).
        if (look[0] === "?=" && !inner.lits.includes("")) return { ...EMPTY, lits: inner.lits, whole: false };
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
    return { first: new Set([cp]), nullable: false, prefix: String.fromCodePoint(cp), exact: true, lits: [String.fromCodePoint(cp)], whole: true };
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
    return { first: new Set(e), nullable: false, prefix: one ?? "", exact: one !== null, ...charLits(e) };
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
    return any ? ANY : { first: chars, nullable: false, prefix: one ?? "", exact: one !== null, ...charLits(chars) };
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
  /** Position in the entries: at one place of the text, entries are tried in their order. */
  order: number;
  sticky: RegExp;
  /** Where this entry may match again (a match does not overlap the previous one of the same entry). */
  next: number;
}

/** A node of the trie of literal starts: what follows by code unit, and the entries whose start ends here. */
interface Node<E> {
  next: Map<number, Node<E>> | null;
  items: Array<Indexed<E>> | null;
}

/**
 * What TermMatcher indexes a regex source (flag u) by: the literal starts of its matches, or else
 * the literal every match starts with, or else each character a match can start with; null when
 * that cannot be told (the regex then runs as a plain search).
 */
export function literalStarts(source: string): string[] | null {
  const parsed = FirstChars.of(source);
  if (parsed === null || (parsed.first === "any" && parsed.lits === null)) return null;
  return parsed.lits ?? (parsed.prefix !== "" ? [parsed.prefix] : [...(parsed.first as Set<number>)].map((cp) => String.fromCodePoint(cp)));
}

/** Where the pair of code units (a, b) is in TermMatcher's `pairs`. */
const pairKey = (a: number, b: number): number => ((a << 7) ^ b) & 0xffff;

/** Many regexes, one scan. `regexOf` gives each entry's compiled regex (flag u). */
export class TermMatcher<E> {
  private readonly root = new Map<number, Node<E>>();
  /**
   * For each code unit: 0 if no literal start begins with it, 1 if only starts of two units or more
   * do (the pair of units is looked up in `pairs` before the trie), 2 if a one-unit start is that unit.
   * Most characters of a report start no entry: the scan passes them with one or two array reads.
   */
  private readonly starts = new Uint8Array(0x10000);
  /** 1 at pairKey(first, second) of every literal start of two units or more (keys may collide: the trie decides). */
  private readonly pairs = new Uint8Array(0x10000);
  private readonly unindexed: Array<{ entry: E; global: RegExp }> = [];
  private readonly all: Array<Indexed<E>> = [];

  /**
   * `known` gives the literal starts of regex sources read before (the built-in lexicons', read at
   * build time: term-starts.generated.ts); any other source is read here.
   */
  constructor(entries: readonly E[], regexOf: (entry: E) => RegExp, known?: ReadonlyMap<string, readonly string[] | null>) {
    entries.forEach((entry, order) => {
      const re = regexOf(entry);
      const starts = known?.has(re.source) ? known.get(re.source)! : literalStarts(re.source);
      if (starts === null) {
        this.unindexed.push({ entry, global: new RegExp(re.source, "gu") });
        return;
      }
      const item: Indexed<E> = { entry, order, sticky: new RegExp(re.source, "uy"), next: 0 };
      this.all.push(item);
      for (const lit of starts) this.insert(lit, item);
    });
  }

  private insert(lit: string, item: Indexed<E>): void {
    const first = lit.charCodeAt(0);
    if (lit.length === 1) this.starts[first] = 2;
    else {
      this.starts[first] ||= 1;
      this.pairs[pairKey(first, lit.charCodeAt(1))] = 1;
    }
    let node = this.root.get(first);
    if (node === undefined) this.root.set(first, (node = { next: null, items: null }));
    for (let k = 1; k < lit.length; k++) {
      const unit = lit.charCodeAt(k);
      node.next ??= new Map();
      let child: Node<E> | undefined = node.next.get(unit);
      if (child === undefined) node.next.set(unit, (child = { next: null, items: null }));
      node = child;
    }
    node.items ??= [];
    if (!node.items.includes(item)) node.items.push(item);
  }

  /** Every match in `text`, in order of start. */
  scan(text: string): Array<TermHit<E>> {
    const hits: Array<TermHit<E>> = [];
    const tried: Array<Indexed<E>> = [];
    /** The entries that matched: their `next` is reset when the scan ends. */
    const matched: Array<Indexed<E>> = [];
    const { starts, pairs } = this;
    const n = text.length;
    for (let i = 0; i < n; i++) {
      const unit = text.charCodeAt(i);
      const s = starts[unit]!;
      if (s === 0 || (s === 1 && (i + 1 === n || pairs[pairKey(unit, text.charCodeAt(i + 1))] === 0))) continue;
      // The entries whose literal start is at i, in their order.
      let node = this.root.get(unit);
      let j = i + 1;
      while (node !== undefined) {
        if (node.items !== null) tried.push(...node.items);
        if (node.next === null || j >= text.length) break;
        node = node.next.get(text.charCodeAt(j++));
      }
      if (tried.length === 0) continue;
      if (tried.length > 1) tried.sort((a, b) => a.order - b.order);
      for (const item of tried) {
        if (i < item.next) continue;
        item.sticky.lastIndex = i;
        const m = item.sticky.exec(text);
        if (m === null || m[0].length === 0) continue;
        hits.push({ entry: item.entry, start: i, end: i + m[0].length });
        if (item.next === 0) matched.push(item);
        item.next = i + m[0].length;
      }
      tried.length = 0;
    }
    for (const item of matched) item.next = 0;
    for (const { entry, global } of this.unindexed) {
      for (const m of text.matchAll(global)) if (m[0].length > 0) hits.push({ entry, start: m.index, end: m.index + m[0].length });
    }
    return hits.sort((a, b) => a.start - b.start || b.end - a.end);
  }

  /** How many entries run through the index of literal starts (the rest run as plain searches). */
  get indexedCount(): number {
    return this.all.length;
  }
}
