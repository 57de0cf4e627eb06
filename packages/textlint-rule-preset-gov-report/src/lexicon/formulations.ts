// Finds misquotations of fixed formulations and central document titles in a paragraph.
//
// Text and canonicals are compared after a same-length normalisation (，/、/和/及/与 as
// one separator, half-width brackets, dashes and quotes as their full-width forms,
// full-width digits as ASCII) so that punctuation faults are left to the punctuation rules.
// Candidates come from anchors (pieces of each canonical, and its list items) found
// verbatim in the text; around each anchor the closest window (restricted
// Damerau-Levenshtein, Sellers) is judged by length-dependent limits, and windows with
// the canonical's characters in another order are reported as order faults.
import type { FormulationEntry } from "@report-lint/schema";
import { confusionKindOf, segment } from "@report-lint/core";
import { closestWindows, type Alignment } from "./distance.js";
import { compileSource, listLexicon, type LexiconOptions } from "./data.js";
import { ListFormulas } from "./formula-lists.js";
import { isHanUnit, matchesWhere } from "../chars.js";

/** A title in 书名号 long enough to be a central document's. */
const TITLE_IN_MARKS = /《([^《》\n]{4,80})》/gu;

// The same-length normalisation: one table of code units, read in one pass that copies only the
// stretches between the characters it changes (four native replacements before: four copies of
// nearly every paragraph, as 和/及/与 and ， are in most; a replacement callback per character, before
// that, was the rule's largest cost on a cold start). A property test checks it against the table
// (test/normalise.test.ts).
const NORMAL = new Uint16Array(0x10000);
for (const c of "，,和及与") NORMAL[c.charCodeAt(0)] = 0x3001; // 、
for (const c of "-－–―~～") NORMAL[c.charCodeAt(0)] = 0x2014; // —
for (const c of "‘「\"'") NORMAL[c.charCodeAt(0)] = 0x201c; // “
for (const c of "’」") NORMAL[c.charCodeAt(0)] = 0x201d; // ”
NORMAL[0x28] = 0xff08; // （
NORMAL[0x29] = 0xff09; // ）
for (let u = 0xff10; u <= 0xff19; u++) NORMAL[u] = u - 0xfee0; // ０-９ → 0-9

/** Same-length normalisation: offsets in the result are offsets in the input. */
export function normalise(text: string): string {
  let out = "";
  let copied = 0;
  for (let i = 0; i < text.length; i++) {
    const to = NORMAL[text.charCodeAt(i)]!;
    if (to === 0) continue;
    out += text.slice(copied, i) + String.fromCharCode(to);
    copied = i + 1;
  }
  return copied === 0 ? text : out + text.slice(copied);
}

const PUNCT = /[\s、。；;：:“”《》〈〉（）【】[\]—·…！!？?]/gu;
/** The text without punctuation and spaces: a window that differs from a formulation only in those is no misquotation. */
export const stripPunct = (s: string): string => s.replace(PUNCT, "");
const SENTENCE_BREAK = /[\n。；！？]/u;
/** The pauses inside a formulation (its items' 、 and any comma): where it has none, a comma in a window ends the quotation. */
const PAUSE = /[、，,]/u;
/** Formulations shorter than this are judged only quoted whole (FormulationMatcher.quotedSlip): no edit distance tells a slip in them from another phrase. */
const SHORT = 6;
const COMMA = /[，,]/u;
const OPEN_QUOTE = 0x201c; // “
const CLOSE_QUOTE = 0x201d; // ”

/** Document types a title ends with, longest first; a swap between two of them is a misquote. */
const CENTRAL_TYPES = ["暂行条例", "指导意见", "条例", "规定", "意见", "决定", "决议", "纲要", "提纲", "大纲", "规划", "计划"];
/** What may stand before a document type and belong to it (暂行条例, 试行办法). */
const TENTATIVE = ["暂行", "试行"];
/** A place or an own organ before a title, or a local type after it, makes it a local document. */
const LOCAL_BEFORE = /[省市县区州盟旗镇乡村]|自治|本级|我|本/u;
const LOCAL_TYPE = /(?:方案|要点|细则|制度|办法|实施意见)$/u;
/** An organ named inside the title, right before the central document's words, makes it that organ's own (《人民检察院信访工作规定》, 《公安机关信访工作规定》). */
const ORGAN_IN_TITLE = /(?:院|机关|部|委|局|署|厅|办|会)$/u;

export type FormulationFault = "misquoted" | "order" | "title";

export interface FormulationHit {
  entry: FormulationEntry;
  fault: FormulationFault;
  start: number;
  end: number;
}

interface Compiled {
  /** Position in the matcher's list. */
  index: number;
  entry: FormulationEntry;
  canonical: string;
  counts: Map<string, number>;
  /**
   * The same counts by UTF-16 code unit, for the hot loop (characters outside the BMP never match a single
   * unit), as parallel arrays: the code units and how many of each.
   */
  unitCodes: Uint16Array;
  unitNeeds: Uint16Array;
  /** A bit for each of its code units (by unitBit): a character without its bit is not one of them (judge's first bound). */
  unitBits: Int32Array;
  adaptations: RegExp[];
  /** For titles: the part before the document type, and the type. */
  core: string | null;
  type: string | null;
  /** Where a word of three may be missing from it or put into it (wordPlaces; 12 to 23 characters only), when first asked. */
  wordPlaces?: number[];
  /** Does the canonical open with a word of two characters or more (习近平…, 党政同责)? Segmented when first asked. */
  opensWithWord?: boolean;
  /** Does it close with one (…普法, …全会)? The same. */
  closesWithWord?: boolean;
}

interface Anchor {
  target: Compiled;
  text: string;
  offset: number;
  /**
   * A list item, anchoring only the check of items in another order: found only beside a separator, as a list's items
   * stand (法治 of 自治、法治、德治相结合 is in most paragraphs, and beside 、 in few).
   */
  item: boolean;
  /** The anchor's first three code units (third −1 if it has two): most anchors of a bucket are told apart by them without a string comparison. */
  first: number;
  second: number;
  third: number;
}

/** Where the pair of code units (a, b) is in FormulationMatcher's `pairBuckets` (a few pairs share a place). */
const pairKey = (a: number, b: number): number => ((a << 7) ^ b) & 0xffff;
/** The pair's bit in FormulationMatcher's `pairBits` (2^18 bits). */
const pairBit = (a: number, b: number): number => Math.imul((a << 16) | b, 0x9e3779b1) >>> 14;

function charCounts(s: string): Map<string, number> {
  const m = new Map<string, number>();
  for (const c of s) m.set(c, (m.get(c) ?? 0) + 1);
  return m;
}

function unitCounts(s: string): { unitCodes: Uint16Array; unitNeeds: Uint16Array; unitBits: Int32Array } {
  const m = new Map<number, number>();
  for (const c of s) if (c.length === 1) m.set(c.charCodeAt(0), (m.get(c.charCodeAt(0)) ?? 0) + 1);
  const unitBits = new Int32Array(UNIT_BITS >> 5);
  for (const u of m.keys()) unitBits[unitBit(u) >> 5]! |= 1 << (unitBit(u) & 31);
  return { unitCodes: Uint16Array.from(m.keys()), unitNeeds: Uint16Array.from(m.values()), unitBits };
}

/** How many bits a canonical's unit set has (unitBits): ~15 units set ~6 % of them, so most other characters find theirs clear. */
const UNIT_BITS = 256;
const unitBit = (u: number): number => Math.imul(u, 0x9e3779b1) >>> 24;

function anchorsOf(canonical: string): Array<{ text: string; offset: number; item: boolean }> {
  const out = new Map<string, { offset: number; item: boolean }>();
  // Pigeonhole: an occurrence with up to two edits (or one block no longer than a piece) keeps one of three pieces
  // intact; a short one, judged with one changed character only (quotedSlip), one of two. Pieces as equal as can be
  // (4 + 3 + 3 of ten characters, not 4 + 4 + 2): the shortest piece is the one most often found where the formulation
  // is not (执法, 工作), and a piece of one character was no anchor at all.
  const n = canonical.length;
  const pieces = n < SHORT ? 2 : 3;
  for (let k = 0; k < pieces; k++) {
    const s = Math.floor((k * n) / pieces);
    const piece = canonical.slice(s, Math.floor(((k + 1) * n) / pieces));
    if (!out.has(piece)) out.set(piece, { offset: s, item: false });
  }
  // List items stay intact when the items are put in another order (and stand beside a separator there: see scan).
  for (const m of canonical.matchAll(LIST_ITEM)) if (!out.has(m[0])) out.set(m[0], { offset: m.index, item: true });
  return [...out].filter(([t]) => t.length >= 2).map(([text, a]) => ({ text, ...a }));
}

/** A list item of a canonical (and the text before its first separator, and after its last). */
const LIST_ITEM = /[^、“”（）《》]{2,}/gu;
/** Does the code unit part list items in normalised text (，和及与 are 、 there: 、“”（）《》)? */
const isItemBreak = (c: number): boolean => c === 0x3001 || c === 0x201c || c === 0x201d || c === 0xff08 || c === 0xff09 || c === 0x300a || c === 0x300b;

/**
 * Is this alignment a misquotation rather than a different phrase? Short canonicals
 * allow one edit inside them (or one inserted or missing two-character word); long ones
 * (12 or more) two edits, or (24 or more) one inserted or missing word of up to four characters
 * (from 12 on a word of three is looked for apart: FormulationMatcher.wordOfThree). The first
 * character must be there (a different verb in front is a different phrase), and so
 * must the last, except for a single wrong last character of a long one (矛盾不上缴):
 * two changed characters at the end are another phrase (…职责规定 / …职责情况).
 */
function acceptable(a: Alignment, n: number): boolean {
  if (a.distance === 0 || a.ops[0] !== "match") return false;
  const last = a.ops[a.ops.length - 1];
  const edits = a.ops.filter((o) => o !== "match");
  const kinds = new Set(edits);
  const firstEdit = a.ops.findIndex((o) => o !== "match");
  const block = kinds.size === 1 && (kinds.has("ins") || kinds.has("del")) && a.ops.slice(firstEdit, firstEdit + edits.length).every((o) => o !== "match");
  if (n >= 12) return (last === "match" || (last === "sub" && a.distance === 1)) && (a.distance <= 2 || (n >= 24 && block && edits.length <= 4));
  if (n >= 6) return last === "match" && (a.distance === 1 || (n >= 7 && block && edits.length === 2));
  return false;
}

/** The length of the word a formulation of 12 to 23 characters is checked for having lost or gained (see FormulationMatcher.wordOfThree). */
const WORD = 3;
/** Where such a quotation may start, from where the anchor puts the canonical's start: there, or a word before or after. */
const SHIFTS = [0, -WORD, WORD] as const;

/**
 * May the window [s, e) of the text be a quotation of t that the anchor found: does it hold the anchor, within one
 * sentence, and — where the formulation has no pause at all — without a comma (履行推进法治建设第一责任人职责，定期研究 is
 * the duty named and a clause after it, not the 规定's title with 规 typed as a comma)?
 */
function quotable(raw: string, text: string, t: Compiled, s: number, e: number, anchorStart: number, anchorEnd: number): boolean {
  if (s > anchorStart || e < anchorEnd || SENTENCE_BREAK.test(text.slice(s, e))) return false;
  return !(COMMA.test(raw.slice(s, e)) && !PAUSE.test(t.entry.canonical));
}

/**
 * Where a word of WORD characters may stand inside a canonical of 12 to 23: every place k with the first and last
 * character outside it (as acceptable() keeps them) and no separator in it — three characters with a 、 in them (绿色、
 * of 创新、协调、绿色、开放、共享) are an item the writer may have left out, which the check of a list's items weighs.
 */
function wordPlaces(canonical: string): number[] {
  const out: number[] = [];
  for (let k = 1; k + WORD < canonical.length; k++) {
    let plain = true;
    for (let i = k; i < k + WORD && plain; i++) plain = !isItemBreak(canonical.charCodeAt(i)) && !PAUSE.test(canonical[i]!);
    if (plain) out.push(k);
  }
  return out;
}

/**
 * Is this alignment the canonical with its first character missing, and nothing else wrong — the
 * window then starts with the character before (贯彻|近平新时代…: 彻 aligned with 习)? Only where
 * that character ends a word of the text, and the canonical's first character begins a word of
 * two or more (习近平, 党政, 法治): what is left is a broken word. A whole word in front changed
 * (秉持以人民为中心 for 坚持…) is another phrase, as acceptable() has it.
 */
function firstMissing(text: string, a: Alignment, n: number, t: Compiled): boolean {
  if (a.distance !== 1 || a.ops[0] !== "sub" || n < 6) return false;
  if (!(t.opensWithWord ??= (segment(t.canonical)[0]?.length ?? 0) >= 2)) return false;
  const from = Math.max(0, a.start - 6);
  let at = from;
  for (const token of segment(text.slice(from, a.start + 6))) {
    at += token.length;
    if (at >= a.start + 1) return at === a.start + 1;
  }
  return false;
}

/**
 * Is this alignment the canonical with its last character missing, and nothing else wrong, where
 * the text stops right after it (谁执法谁普，; 四中全。; “放管服”改，)? Only where the canonical
 * closes with a word of two characters or more (普法, 全会, 改革): what is left is a broken word,
 * and no Chinese character after it could be the rest of another phrase (全面依法治县 is a local
 * form, 矛盾不上缴 a wrong last character that acceptable() weighs).
 */
function lastMissing(text: string, a: Alignment, n: number, t: Compiled): boolean {
  if (a.distance !== 1 || a.ops[0] !== "match" || a.ops[a.ops.length - 1] !== "del" || n < 6) return false;
  // (The whole character after it: a character outside the BMP is two code units.)
  if (a.end < text.length && /[\p{L}\p{N}]/u.test(String.fromCodePoint(text.codePointAt(a.end)!))) return false;
  // An enumeration's last item of three characters or more is broken too (不敢腐、不能腐、不想).
  return (t.closesWithWord ??= (segment(t.canonical).at(-1)?.length ?? 0) >= 2 || (t.canonical.includes("、") && t.canonical.length - t.canonical.lastIndexOf("、") - 1 >= 3));
}

/**
 * Is this alignment the canonical with only its first character replaced by one of the same
 * sound (扒权力关进制度的笼子里 for 把…)? A different word in front (秉持 for 坚持) is another
 * phrase, as acceptable() has it; a character that merely sounds like the first is a typing slip.
 */
function firstHomophone(text: string, a: Alignment, n: number, t: Compiled): boolean {
  if (a.distance !== 1 || a.ops[0] !== "sub" || n < 6 || a.end - a.start !== n) return false;
  return confusionKindOf(t.canonical[0]!, text[a.start]!) === "homophone";
}

export class FormulationMatcher {
  private readonly compiled: Compiled[];
  /**
   * The anchors (two UTF-16 units or more) by their first two units: pairBuckets[pairKey(c1, c2)] is
   * 1 + the place in `buckets` of the anchors starting with such a pair (or 0: none), each bucket
   * in the anchors' order. The scan passes every other place of the text with one array read.
   */
  private readonly pairBuckets = new Int32Array(0x10000);
  /**
   * A bit per code unit that starts an anchor: most of a paragraph's characters start none, and
   * this 8 KB set, unlike the 256 KB of pairBuckets, stays in the processor's nearest cache.
   */
  private readonly firstUnits = new Int32Array(0x10000 >> 5);
  /**
   * A bit per pair of code units that starts an anchor (by pairBit; a few other pairs share one): about half of a
   * paragraph's characters start some anchor's pair, few start an anchor's pair, and this 32 KB set answers for them
   * without a read of pairBuckets, which is too large to stay in the nearest caches.
   */
  private readonly pairBits = new Int32Array(1 << 13);
  private readonly buckets: Anchor[][] = [];
  /** The longest canonical's length: how far before its anchor a candidate can start. */
  private readonly longest: number;

  constructor(ruleId: string, entries: readonly FormulationEntry[]) {
    this.compiled = entries.map((entry, index) => {
      const canonical = normalise(entry.canonical);
      let core: string | null = null;
      let type: string | null = null;
      if (entry.kind === "document-title") {
        type = CENTRAL_TYPES.find((t) => canonical.endsWith(t)) ?? null;
        core = type === null ? null : canonical.slice(0, -type.length);
      }
      return {
        index,
        entry,
        canonical,
        counts: charCounts(canonical),
        ...unitCounts(canonical),
        adaptations: (entry.localAdaptations ?? []).map((s) => compileSource(ruleId, entry.id, s, "gu")),
        core,
        type,
      };
    });
    this.longest = Math.max(0, ...this.compiled.map((t) => t.canonical.length));
    for (const target of this.compiled) {
      for (const a of anchorsOf(target.canonical)) {
        const key = pairKey(a.text.charCodeAt(0), a.text.charCodeAt(1));
        this.firstUnits[a.text.charCodeAt(0) >> 5]! |= 1 << (a.text.charCodeAt(0) & 31);
        const bit = pairBit(a.text.charCodeAt(0), a.text.charCodeAt(1));
        this.pairBits[bit >> 5]! |= 1 << (bit & 31);
        if (this.pairBuckets[key] === 0) this.pairBuckets[key] = this.buckets.push([]);
        this.buckets[this.pairBuckets[key]! - 1]!.push({ target, ...a, first: a.text.charCodeAt(0), second: a.text.charCodeAt(1), third: a.text.length > 2 ? a.text.charCodeAt(2) : -1 });
      }
    }
  }

  /** Misquotations in one paragraph (offsets in `raw`); `text` is normalise(raw), if the caller has it. */
  scan(raw: string, text = normalise(raw)): FormulationHit[] {
    const hits: FormulationHit[] = [];
    const exact: Array<[number, number]> = [];
    // (target, start) pairs already taken, as one number; start lies in [-longest canonical, text.length).
    const seen = new Set<number>();
    const bias = this.longest;
    const stride = text.length + bias;
    const candidates: Array<{ target: Compiled; start: number; anchorStart: number; anchorEnd: number }> = [];
    const { pairBuckets, buckets, firstUnits, pairBits } = this;
    for (let i = 0; i + 1 < text.length; i++) {
      const first = text.charCodeAt(i);
      if ((firstUnits[first >> 5]! & (1 << (first & 31))) === 0) continue;
      const second = text.charCodeAt(i + 1);
      const bit = pairBit(first, second);
      if ((pairBits[bit >> 5]! & (1 << (bit & 31))) === 0) continue;
      const bucket = pairBuckets[pairKey(first, second)]!;
      if (bucket === 0) continue;
      const anchors = buckets[bucket - 1]!;
      const third = i + 2 < text.length ? text.charCodeAt(i + 2) : -1;
      for (let q = 0; q < anchors.length; q++) {
        const a = anchors[q]!;
        // (Keys may collide: the units themselves decide. An anchor of three units or fewer is matched by them.)
        if (a.second !== second || a.first !== first || (a.third !== -1 && a.third !== third) || (a.text.length > 3 && !text.startsWith(a.text, i))) continue;
        if (a.item && !isItemBreak(text.charCodeAt(i - 1)) && !isItemBreak(text.charCodeAt(i + a.text.length))) continue;
        const start = i - a.offset;
        const key = a.target.index * stride + start + bias;
        if (seen.has(key)) continue;
        seen.add(key);
        if (text.startsWith(a.target.canonical, start)) exact.push([start, start + a.target.canonical.length]);
        // (A short one is judged only quoted: see quotedSlip.)
        else if (a.target.canonical.length >= SHORT || text.charCodeAt(start - 1) === OPEN_QUOTE) candidates.push({ target: a.target, start, anchorStart: i, anchorEnd: i + a.text.length });
      }
    }
    for (const c of candidates) {
      const hit = this.judge(raw, text, c.target, c.start, c.anchorStart, c.anchorEnd);
      if (hit !== null) hits.push(hit);
    }
    hits.push(...this.titleTypes(text));
    if (hits.length === 0) return [];

    // Exact formulations and accepted variants are never faults, nor is a window that differs only in punctuation.
    for (const t of this.compiled) for (const re of t.adaptations) for (const m of text.matchAll(re)) exact.push([m.index, m.index + m[0].length]);
    const kept: FormulationHit[] = [];
    for (const h of hits.sort((a, b) => a.start - b.start || b.end - a.end)) {
      // (A shorter formulation quoted correctly inside a misquoted title does not excuse the title.)
      if (exact.some(([s, e]) => s < h.end && e > h.start && !(s >= h.start && e <= h.end && e - s < h.end - h.start))) continue;
      if (kept.some((k) => k.start < h.end && k.end > h.start)) continue;
      if (stripPunct(text.slice(h.start, h.end)) === stripPunct(normalise(h.entry.canonical))) continue;
      if (h.entry.kind === "document-title" && this.isLocal(text, h)) continue;
      kept.push(h);
    }
    return kept;
  }

  private judge(raw: string, text: string, t: Compiled, start: number, anchorStart: number, anchorEnd: number): FormulationHit | null {
    const n = t.canonical.length;
    const fault: FormulationFault = t.entry.kind === "document-title" ? "title" : "misquoted";
    // A short one is judged quoted whole only (its characters in another order are as likely other words: 各项制度三项).
    if (n < SHORT) return this.quotedSlip(text, t, start);
    const quoted = this.quotedWordSlip(text, t, start, fault);
    if (quoted !== null) return quoted;
    // Same characters in another order: list items or words swapped.
    const lo = Math.max(0, anchorEnd - n);
    const hi = Math.min(anchorStart, text.length - n);
    const max = n >= 24 ? 4 : 2;
    const from = Math.max(0, start - max);
    const to = Math.min(text.length, start + n + max);
    // Both counts with the canonical's counts loaded once, each only where its bound by the canonical's unit bits
    // (which counts a character of the canonical's as often as it comes) can reach what is asked of it.
    // (Each count stops once it cannot reach what is asked of it: then it is below that, which is all that is checked.)
    const orderPossible = lo <= hi && unitsAtMost(t.unitBits, text, lo, hi + n, n) >= n;
    const nearPossible = unitsAtMost(t.unitBits, text, from, to, n - max) >= n - max;
    const wordOfThree = (): FormulationHit | null => (n >= 12 && n < 24 ? this.wordOfThree(raw, text, t, start, anchorStart, anchorEnd, fault) : null);
    if (!orderPossible && !nearPossible) return wordOfThree();
    loadNeed(t);
    const aroundAnchor = orderPossible ? countShared(text, lo, hi + n, n) : 0;
    const aroundStart = nearPossible ? countShared(text, from, to, n - max) : 0;
    clearNeed(t);
    if (lo <= hi && aroundAnchor >= n) {
      for (let s = lo; s <= hi; s++) {
        const window = text.slice(s, s + n);
        // (Not where a comma the formulation lacks parts the items: 坚决做到“两个维护”，增强“四个意识”、坚定“四个自信” is
        // two clauses, each whole, not the triad with its items swapped.)
        if (window !== t.canonical && !SENTENCE_BREAK.test(window) && sameCounts(window, t.counts) && !(t.entry.kind !== "document-title" && COMMA.test(raw.slice(s, s + n)) && !COMMA.test(t.entry.canonical)) && !headFirst(window, t.canonical)) {
          return { entry: t.entry, fault: fault === "title" ? "title" : "order", start: s, end: s + n };
        }
      }
    }
    // Cheap bound first: a window within `max` edits shares at least n - max characters with the canonical.
    if (n - aroundStart > max) return wordOfThree();
    for (const a of closestWindows(t.canonical, text, from, to, max)) {
      if (!quotable(raw, text, t, a.start, a.end, anchorStart, anchorEnd)) continue;
      if (acceptable(a, n)) return { entry: t.entry, fault, start: a.start, end: a.end };
      if (firstMissing(text, a, n, t)) return { entry: t.entry, fault, start: a.start + 1, end: a.end };
      if (lastMissing(text, a, n, t) || firstHomophone(text, a, n, t)) return { entry: t.entry, fault, start: a.start, end: a.end };
    }
    return wordOfThree();
  }

  /**
   * A formulation of 12 to 23 characters with a word of three left out (习近平|新时代|中国特色社会主义思想 written without
   * 新时代, 第三次 of …第二十届中央委员会第三次全体会议) or put in, nothing else changed: beyond the two edits the search
   * weighs at this length, and looked for directly — the canonical's two sides at the anchor's place — since a search of
   * three edits around every anchor cost the whole lint ~8 %.
   */
  private wordOfThree(raw: string, text: string, t: Compiled, start: number, anchorStart: number, anchorEnd: number, fault: FormulationFault): FormulationHit | null {
    const c = t.canonical;
    const n = c.length;
    for (const k of (t.wordPlaces ??= wordPlaces(c))) {
      // Left out: the text has c[0, k) + c[k + 3, n); put in: c[0, k) + three characters + c[k, n).
      for (const [end, tail] of [
        [n - WORD, k + WORD],
        [n + WORD, k],
      ] as const) {
        for (const shift of SHIFTS) {
          const s = start + shift;
          if (s < 0 || s + end > text.length) continue;
          if (!text.startsWith(c.slice(0, k), s) || !text.startsWith(c.slice(tail), s + end - (n - tail))) continue;
          if (!quotable(raw, text, t, s, s + end, anchorStart, anchorEnd)) continue;
          // The three put in are a word, not a separator and more (…、xx、…: another item).
          if (end > n && !/^\p{Script=Han}{3}$/u.test(text.slice(s + k, s + k + WORD))) continue;
          return { entry: t.entry, fault, start: s, end: s + end };
        }
      }
    }
    return null;
  }

  /**
   * A short formulation (a slogan: 一网通办, 最多跑一次, 三项制度) quoted whole with one character of another sound or
   * shape (“一网通力”, “三项制渡”): too short for an edit to tell a slip from another phrase anywhere, but in quotation
   * marks it is the slogan named. Only there, and only a character of core's confusion set of the slogan's.
   */
  private quotedSlip(text: string, t: Compiled, start: number): FormulationHit | null {
    const n = t.canonical.length;
    if (text.charCodeAt(start - 1) !== OPEN_QUOTE || (text[start + n] !== "”" && text[start + n] !== "“")) return null;
    let slip = -1;
    for (let k = 0; k < n; k++) {
      if (text.charCodeAt(start + k) === t.canonical.charCodeAt(k)) continue;
      if (slip !== -1) return null;
      slip = k;
    }
    if (slip === -1 || confusionKindOf(t.canonical[slip]!, text[start + slip]!) === null) return null;
    return { entry: t.entry, fault: "misquoted", start, end: start + n };
  }

  /**
   * A formulation of SHORT characters or more quoted whole, of its length, with one character of another (“双随机、一公示”):
   * the quotation marks name the formulation, so the character is a slip wherever it stands — the alignment above,
   * which cannot tell an edited ending from another phrase going on, does not take a change at the end.
   */
  private quotedWordSlip(text: string, t: Compiled, start: number, fault: FormulationFault): FormulationHit | null {
    const n = t.canonical.length;
    if (text.charCodeAt(start - 1) !== OPEN_QUOTE || text.charCodeAt(start + n) !== CLOSE_QUOTE) return null;
    // One character: two (a word) may make a sister formulation (“谁执法谁公示”, “谁服务谁普法” beside “谁执法谁普法”).
    let differs = false;
    for (let k = 0; k < n; k++) {
      if (text.charCodeAt(start + k) === t.canonical.charCodeAt(k)) continue;
      if (differs || !isHanUnit(text.charCodeAt(start + k)) || !isHanUnit(t.canonical.charCodeAt(k))) return null;
      differs = true;
    }
    return differs ? { entry: t.entry, fault, start, end: start + n } : null;
  }

  /** 《信访工作规定》 for 《信访工作条例》: the right title with another central document type. */
  private titleTypes(text: string): FormulationHit[] {
    const hits: FormulationHit[] = [];
    for (const m of matchesWhere(text, TITLE_IN_MARKS, "《")) {
      const content = m[1]!;
      const found = CENTRAL_TYPES.find((x) => content.endsWith(x));
      if (found === undefined) continue;
      let body = content.slice(0, -found.length);
      let type = found;
      // 暂行 or 试行 before the type belongs to it (《重大行政决策程序暂行规定》 for …暂行条例).
      const tentative = TENTATIVE.find((q) => body.endsWith(q));
      if (tentative !== undefined) {
        body = body.slice(0, -tentative.length);
        type = tentative + found;
      }
      for (const t of this.compiled) {
        if (t.core === null || t.type === type || !body.endsWith(t.core)) continue;
        const start = m.index + 1 + body.length - t.core.length;
        hits.push({ entry: t.entry, fault: "title", start, end: m.index + 1 + content.length });
      }
    }
    return hits;
  }

  /** A title of a local document or of an organ's own: a place or own organ named before it, an organ inside the title, or a local document type. */
  private isLocal(text: string, h: FormulationHit): boolean {
    const open = text.lastIndexOf("《", h.start);
    const inTitle = open >= 0 && text.indexOf("》", open) >= h.end && !text.slice(open, h.start).includes("》");
    const before = inTitle ? text.slice(open + 1, h.start) : text.slice(Math.max(0, h.start - 6), h.start).split(/[、。；：！？“”]/u).pop()!;
    const close = inTitle ? text.indexOf("》", h.end) : h.end;
    const withoutPeriod = (t: string) => t.replace(/（[^（）]*）$/u, "");
    const title = withoutPeriod(text.slice(h.start, close));
    return LOCAL_BEFORE.test(before) || (inTitle && ORGAN_IN_TITLE.test(before)) || (LOCAL_TYPE.test(title) && !LOCAL_TYPE.test(withoutPeriod(normalise(h.entry.canonical))));
  }
}

const used = new Uint8Array(65536);
/** How many of each code unit the canonical being compared has: set from its arrays for one count, then cleared. */
const need = new Uint16Array(65536);

/** Load the canonical's counts of code units into `need` (for countShared; clearNeed undoes it). */
function loadNeed(t: Pick<Compiled, "unitCodes" | "unitNeeds">): void {
  for (let k = 0; k < t.unitCodes.length; k++) need[t.unitCodes[k]!] = t.unitNeeds[k]!;
}

function clearNeed(t: Pick<Compiled, "unitCodes" | "unitNeeds">): void {
  for (let k = 0; k < t.unitCodes.length; k++) need[t.unitCodes[k]!] = 0;
}

/**
 * How many characters of `text[from, to)` the canonical loaded by loadNeed has (as a multiset), or,
 * once fewer than `atLeast` can be reached, a number below `atLeast` (the count so far).
 */
function countShared(text: string, from: number, to: number, atLeast: number): number {
  let shared = 0;
  let i = from;
  for (; i < to; i++) {
    if (shared + (to - i) < atLeast) break;
    const code = text.charCodeAt(i);
    if (used[code]! < need[code]!) {
      used[code]!++;
      shared++;
    }
  }
  for (let k = from; k < i; k++) used[text.charCodeAt(k)] = 0;
  return shared;
}

/**
 * A bound on countShared: how many characters of `text[from, to)` have their bit in the canonical's `bits` — or, once
 * fewer than `atLeast` can be reached, a number below `atLeast`. No array as large as the alphabet is touched.
 */
function unitsAtMost(bits: Int32Array, text: string, from: number, to: number, atLeast: number): number {
  let count = 0;
  for (let i = from; i < to; i++) {
    if (count + (to - i) < atLeast) break;
    const b = unitBit(text.charCodeAt(i));
    if ((bits[b >> 5]! & (1 << (b & 31))) !== 0) count++;
  }
  return count;
}

/**
 * The canonical's last word moved to the front, the rest in order (确保行政执法严格规范公正文明: 严格规范公正文明执法 with
 * 执法 the subject and the four the predicate): a clause that says the formulation, not its items swapped. Only for a
 * canonical without punctuation (a list's items in another order are still told) and a head of two characters.
 */
const HEAD = 2;
function headFirst(window: string, canonical: string): boolean {
  return !/[、，,；;：:]/u.test(canonical) && window === canonical.slice(-HEAD) + canonical.slice(0, -HEAD);
}

function sameCounts(window: string, counts: Map<string, number>): boolean {
  const seen = new Map<string, number>();
  for (const c of window) {
    const k = (seen.get(c) ?? 0) + 1;
    if (k > (counts.get(c) ?? 0)) return false;
    seen.set(c, k);
  }
  return true;
}

/**
 * The formulation rule's lexicon under `options`, compiled once: its matcher of quoted wordings and its item-by-item
 * lists. One builder for every rule that asks (wrong-character asks with the defaults): listLexicon caches by the rule
 * id and options alone, so two builders under one key would hand each other's shape back.
 */
export function formulationLexicon(options: LexiconOptions): { matcher: FormulationMatcher; lists: ListFormulas } {
  return listLexicon("formulation", "formulations", options, (entries) => ({
    matcher: new FormulationMatcher("formulation", entries),
    lists: new ListFormulas("formulation", entries),
  }));
}
