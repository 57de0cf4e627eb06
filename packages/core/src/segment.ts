import { indexByUnit, indexIn, numbers, readDataFile } from "./data-file.js";
import { openDataFile, type DataReader } from "./platform.js";

/**
 * Chinese word segmentation: jieba's algorithm (the exact cut with the HMM for unknown
 * words, as jieba and jieba-rs do it) over jieba's dictionary, in plain TypeScript.
 *
 * Why not jieba itself: jieba compiled to WebAssembly spends ~650 ms and ~90 MB building
 * its dictionary on first use, which nearly every report needs (学习|习近平, 执行|行政,
 * 宪法|法律 are in all of them) — more than the rest of a lint run together, and again in
 * every worker thread. Here the dictionary is read as prepared by scripts/build-dict.mjs:
 * the sorted words in blocks by their first code unit, each block read the first time a
 * word starting with its character is looked up and then searched by bisection. Checking a
 * report segments only the clauses where a word seems doubled, so a run reads a few dozen
 * of the ~12,000 blocks (tens of kilobytes) rather than the whole 5 MB. test/segment.test.ts checks that the
 * cuts equal jieba-rs's (the jieba-wasm package) on every clause of the seed reports and
 * the false-positive fixtures.
 *
 * The input is a clause as the rules pass it: a run of Chinese characters, letters and
 * digits. Other characters are kept as one-character tokens (spaces as they are), but
 * the finer points of jieba's handling of ASCII punctuation inside words (UTF-8) are not
 * reproduced.
 */

/** The words that start with one code unit. */
interface Block {
  freqs: Uint32Array;
  /** Where each word ends in `text`; word i is text[ends[i - 1] (or 0) .. ends[i]). */
  ends: Uint32Array;
  text: Uint16Array;
  count: number;
  /** The block's words as gapCompletions reads them after a one-character prefix. */
  completions: Completions;
}

/**
 * A block's words of three or more characters by their third character, and the second characters
 * of its two-character words, the most frequent first: what gapCompletions asks of a whole block,
 * which otherwise would be scanned at every gap (国 begins thousands of words). Worked out by
 * scripts/build-dict.mjs and read with the block: built at the first use of each block, it cost a
 * process's first check of a report 7–19 ms of loops over ~150 blocks' words, before V8 had
 * optimised them.
 */
interface Completions {
  /** The distinct third characters, ascending. */
  thirds: Uint16Array;
  /** The words (indices in the block, ascending) whose third character is thirds[i]: words[starts[i] .. starts[i + 1]). */
  starts: Uint32Array;
  words: Uint32Array;
  two: Uint16Array;
  /** The first characters of the most frequent two-character words whose second is the block's (建, 开, 增 … for 设). */
  firsts: Uint16Array;
}

interface Dictionary {
  reader: DataReader;
  /** The block whose words start with a code unit, by that unit; −1: no word starts with it. */
  blockByUnit: Int32Array;
  /** Each block's byte offset in dict.bin, and the file's length last. */
  starts: Uint32Array;
  /** Blocks read so far. */
  blocks: Array<Block | undefined>;
  logTotal: number;
}

interface Hmm {
  /** Code points with an emission probability, sorted. */
  chars: Uint32Array;
  /** start[4], trans[4 × 4], then emit[4 × chars.length], state-major. */
  floats: Float64Array;
}

let dictionary: Dictionary | null = null;
let hmm: Hmm | null = null;
let loadMs = 0;

/**
 * The segmenter's data (dict.bin, hmm.bin) could not be read. Most rules cut words, so the lint cannot go on; the
 * message names the file, and no `code` says an input file is missing (a front door once read the ENOENT of
 * dict.bin as the report's own and said the report did not exist).
 */
export class SegmenterDataError extends Error {
  constructor(
    readonly file: string,
    cause: unknown,
  ) {
    const code = (cause as { code?: unknown } | null)?.code;
    super(`report-lint: 分词词典文件 ${file} ${code === "ENOENT" ? "不存在" : `无法读取（${typeof code === "string" ? code : cause instanceof Error ? cause.message : String(cause)}）`}，请重新安装 report-lint`);
    this.name = "SegmenterDataError";
  }
}

/** Open or read one of the segmenter's data files, a failure as a SegmenterDataError naming it. */
function segmenterData<T>(name: string, read: () => T): T {
  try {
    return read();
  } catch (e) {
    throw new SegmenterDataError((e as { path?: unknown } | null)?.path?.toString() ?? name, e);
  }
}

/** The dictionary's header and block index; the blocks are read when first needed. */
function loadDictionary(): Dictionary {
  const t0 = performance.now();
  // Kept open for the blocks read later: one descriptor per thread, for the life of the process.
  const reader = segmenterData("dict.bin", () => openDataFile("dict.bin", null));
  const head = reader.read(0, 16);
  const blockCount = numbers<Uint32Array>(Uint32Array, head, 0, 1)[0]!;
  const total = numbers<Float64Array>(Float64Array, head, 8, 1)[0]!;
  const index = reader.read(16, 4 * blockCount + 4 * (blockCount + 1));
  const firstUnits = numbers<Uint32Array>(Uint32Array, index, 0, blockCount);
  const starts = numbers<Uint32Array>(Uint32Array, index, 4 * blockCount, blockCount + 1);
  loadMs += performance.now() - t0;
  return { reader, blockByUnit: indexByUnit(firstUnits), starts, blocks: new Array<Block | undefined>(blockCount), logTotal: Math.log(total) };
}

/** The block of words starting with code unit `unit`, or null if no word does. */
function blockOf(d: Dictionary, unit: number): Block | null {
  const b = unit >= 0 && unit <= 0xffff ? d.blockByUnit[unit]! : -1;
  return b < 0 ? null : (d.blocks[b] ?? readBlock(d, b));
}

/** Read block `b` (the first time a word starting with its unit is looked up). */
function readBlock(d: Dictionary, b: number): Block {
  const t0 = performance.now();
  const bytes = d.reader.read(d.starts[b]!, d.starts[b + 1]! - d.starts[b]!);
  const count = numbers<Uint32Array>(Uint32Array, bytes, 0, 1)[0]!;
  const ends = numbers<Uint32Array>(Uint32Array, bytes, 4 + 4 * count, count);
  const units = ends[count - 1]!;
  // The completions after the text (scripts/build-dict.mjs): four counts, then the arrays.
  let at = 4 + 8 * count + 4 * Math.ceil(units / 2);
  const [distinct, longer, twos, firsts] = numbers<Uint32Array>(Uint32Array, bytes, at, 4);
  at += 16;
  if (at + 4 * (distinct! + 1 + longer!) + 2 * (distinct! + twos! + firsts!) > bytes.length) throw new Error(`report-lint: 分词词典 ${d.reader.name} 已损坏（第 ${b} 块不完整），请重新安装 report-lint`);
  const starts = numbers<Uint32Array>(Uint32Array, bytes, at, distinct! + 1);
  at += 4 * (distinct! + 1);
  const words = numbers<Uint32Array>(Uint32Array, bytes, at, longer!);
  at += 4 * longer!;
  const thirds = numbers<Uint16Array>(Uint16Array, bytes, at, distinct!);
  const two = numbers<Uint16Array>(Uint16Array, bytes, at + 2 * distinct!, twos!);
  const firstUnits = numbers<Uint16Array>(Uint16Array, bytes, at + 2 * (distinct! + twos!), firsts!);
  const block = {
    count,
    freqs: numbers<Uint32Array>(Uint32Array, bytes, 4, count),
    ends,
    text: numbers<Uint16Array>(Uint16Array, bytes, 4 + 8 * count, units),
    completions: { thirds, starts, words, two, firsts: firstUnits },
  };
  d.blocks[b] = block;
  loadMs += performance.now() - t0;
  return block;
}

function loadHmm(): Hmm {
  const t0 = performance.now();
  const bytes = segmenterData("hmm.bin", () => readDataFile("hmm.bin", null));
  const count = numbers<Uint32Array>(Uint32Array, bytes, 0, 1)[0]!;
  const chars = numbers<Uint32Array>(Uint32Array, bytes, 8, count);
  const floatsAt = Math.ceil((8 + 4 * count) / 8) * 8;
  const floats = numbers<Float64Array>(Float64Array, bytes, floatsAt, 20 + 4 * count);
  loadMs += performance.now() - t0;
  return { chars, floats };
}

/** Compare word i of a block with `s` by UTF-16 code unit, as the words were sorted. */
function compare(b: Block, i: number, s: string): number {
  const start = i === 0 ? 0 : b.ends[i - 1]!;
  const length = b.ends[i]! - start;
  const n = Math.min(length, s.length);
  for (let k = 0; k < n; k++) {
    const diff = b.text[start + k]! - s.charCodeAt(k);
    if (diff !== 0) return diff;
  }
  return length - s.length;
}

/** The first word of the block not below `s`. */
function lowerBound(b: Block, s: string): number {
  let lo = 0;
  let hi = b.count;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (compare(b, mid, s) < 0) lo = mid + 1;
    else hi = mid;
  }
  return lo;
}

/** The word's frequency if `s` is a word, 0 if it only begins one, -1 if no word begins with it. */
function lookUp(d: Dictionary, s: string): number {
  const b = blockOf(d, s.charCodeAt(0));
  if (b === null) return -1;
  const lo = lowerBound(b, s);
  if (lo >= b.count) return -1;
  const c = compare(b, lo, s);
  if (c === 0) return b.freqs[lo]!;
  // The first word not below `s` begins with it if it is longer and agrees on all of `s`.
  const start = lo === 0 ? 0 : b.ends[lo - 1]!;
  if (b.ends[lo]! - start < s.length) return -1;
  for (let k = 0; k < s.length; k++) if (b.text[start + k] !== s.charCodeAt(k)) return -1;
  return 0;
}

/**
 * The words that begin at one place of a text, found by narrowing one range of the block's sorted
 * words as the stretch grows a character at a time: [lo, hi) holds the words that begin with the
 * stretch's `len` code units. (lookUp of each longer stretch searched the whole block again, and
 * made each stretch a new string; the word cut and the word-level score try every stretch.)
 */
const walk = { block: null as Block | null, lo: 0, hi: 0, len: 0 };

/** Start the walk at the character `ch` (one code unit or a surrogate pair); false if no word begins with it. */
function walkStart(d: Dictionary, ch: string): boolean {
  return walkStartUnit(d, ch.charCodeAt(0)) && (ch.length === 1 || walkNarrow(ch.charCodeAt(1)));
}

/** walkStart of one code unit. */
function walkStartUnit(d: Dictionary, unit: number): boolean {
  const b = blockOf(d, unit);
  if (b === null) return false;
  walk.block = b;
  walk.lo = 0;
  walk.hi = b.count;
  walk.len = 1;
  return true;
}

/** Grow the stretch by the character `ch`; false if no word begins with it. */
function walkExtend(ch: string): boolean {
  return walkNarrow(ch.charCodeAt(0)) && (ch.length === 1 || walkNarrow(ch.charCodeAt(1)));
}

/**
 * Keep the words whose code unit after the stretch is `unit`. The words of the range agree on the
 * stretch, so they are sorted by that unit — the stretch itself, if a word, first (it has none).
 */
function walkNarrow(unit: number): boolean {
  const { ends, text } = walk.block!;
  const at = walk.len;
  let lo = walk.lo;
  let hi = walk.hi;
  // The first word whose unit at `at` is not below `unit` (a word that ends before `at` is below every unit).
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    const start = mid === 0 ? 0 : ends[mid - 1]!;
    if (ends[mid]! - start <= at || text[start + at]! < unit) lo = mid + 1;
    else hi = mid;
  }
  // The first word past them.
  let end = lo;
  hi = walk.hi;
  while (end < hi) {
    const mid = (end + hi) >>> 1;
    const start = mid === 0 ? 0 : ends[mid - 1]!;
    if (text[start + at]! <= unit) end = mid + 1;
    else hi = mid;
  }
  walk.lo = lo;
  walk.hi = end;
  walk.len = at + 1;
  return lo < end;
}

/** The stretch's frequency as a word (0 if it only begins longer words). */
function walkFrequency(): number {
  const b = walk.block!;
  const start = walk.lo === 0 ? 0 : b.ends[walk.lo - 1]!;
  return b.ends[walk.lo]! - start === walk.len ? b.freqs[walk.lo]! : 0;
}

/**
 * jieba's exact cut of a block of characters: every dictionary word starting at each
 * position (the DAG), the most probable path through them, then runs of single
 * characters that are not themselves a word handed to the HMM.
 */
function cutBlock(d: Dictionary, chars: string[]): string[] {
  const n = chars.length;
  const best = new Float64Array(n + 1);
  const next = new Int32Array(n + 1);
  for (let k = n - 1; k >= 0; k--) {
    let bestP = -Infinity;
    let bestEnd = -1;
    for (let i = k, on = walkStart(d, chars[k]!); on; on = ++i < n && walkExtend(chars[i]!)) {
      const f = walkFrequency();
      if (f > 0) {
        const p = Math.log(f) - d.logTotal + best[i + 1]!;
        // Ties go to the longer word, as in jieba.
        if (p >= bestP) {
          bestP = p;
          bestEnd = i;
        }
      }
    }
    if (bestEnd < 0) {
      // No word starts here: the character alone, with frequency 1.
      bestP = -d.logTotal + best[k + 1]!;
      bestEnd = k;
    }
    best[k] = bestP;
    next[k] = bestEnd + 1;
  }

  const out: string[] = [];
  let buffer: string[] = [];
  const flush = (): void => {
    if (buffer.length === 1) out.push(buffer[0]!);
    else if (buffer.length > 1) {
      const run = buffer.join("");
      if (lookUp(d, run) > 0) out.push(...buffer);
      else out.push(...cutUnknown(run));
    }
    buffer = [];
  };
  for (let x = 0; x < n; ) {
    const y = next[x]!;
    if (y - x === 1) buffer.push(chars[x]!);
    else {
      flush();
      out.push(chars.slice(x, y).join(""));
    }
    x = y;
  }
  flush();
  return out;
}

const HMM_HAN = /([\u4e00-\u9fd5]+)/u;
const HMM_HAN_ONLY = /^[\u4e00-\u9fd5]+$/u;
const HMM_SKIP = /([a-zA-Z0-9]+(?:\.\d+)?%?)/u;
const MIN_LOG = -3.14e100;
// States B E M S; the states each may follow: B after E or S, E after B or M, M after M or B, S after S or E.
const STATES = "BEMS";
const PREVIOUS = [
  [1, 3],
  [0, 2],
  [2, 0],
  [3, 1],
] as const;

/** jieba's HMM (Viterbi over B/E/M/S) on a run of characters the dictionary does not explain. */
function cutUnknown(run: string): string[] {
  const out: string[] = [];
  for (const block of run.split(HMM_HAN)) {
    if (block === "") continue;
    if (!HMM_HAN_ONLY.test(block)) {
      for (const x of block.split(HMM_SKIP)) if (x !== "") out.push(x);
      continue;
    }
    const chars = Array.from(block);
    const states = viterbi(chars);
    let begin = 0;
    let nextStart = 0;
    chars.forEach((c, i) => {
      const s = STATES[states[i]!];
      if (s === "B") begin = i;
      else if (s === "E") {
        out.push(chars.slice(begin, i + 1).join(""));
        nextStart = i + 1;
      } else if (s === "S") {
        out.push(c);
        nextStart = i + 1;
      }
    });
    if (nextStart < chars.length) out.push(chars.slice(nextStart).join(""));
  }
  return out;
}

function viterbi(chars: string[]): number[] {
  const model = (hmm ??= loadHmm());
  const count = model.chars.length;
  const f = model.floats;
  /** The four states' emission log probabilities of a character (looked up once for all four). */
  const emissions = (c: string): number[] => {
    const i = indexIn(model.chars, c.codePointAt(0)!);
    return [0, 1, 2, 3].map((state) => (i < 0 ? MIN_LOG : f[20 + state * count + i]!));
  };
  // Best log probability of each state at the current character, and for every character the
  // state each state came from: following them back gives the path in linear time and memory
  // (copying the four paths at every step, as jieba does, is quadratic: 32,000 unknown
  // characters in a row took 146 s).
  const n = chars.length;
  const from = new Uint8Array(4 * n);
  const first = emissions(chars[0]!);
  let v = [0, 1, 2, 3].map((y) => f[y]! + first[y]!);
  for (let t = 1; t < n; t++) {
    const nv: number[] = [];
    const emitted = emissions(chars[t]!);
    for (let y = 0; y < 4; y++) {
      const e = emitted[y]!;
      let bestP = -Infinity;
      let best = -1;
      for (const y0 of PREVIOUS[y]!) {
        const p = v[y0]! + f[4 + 4 * y0 + y]! + e;
        // Ties go to the later state letter, as jieba's max over (probability, state) does.
        if (p > bestP || (p === bestP && STATES[y0]! > STATES[best]!)) {
          bestP = p;
          best = y0;
        }
      }
      nv[y] = bestP;
      from[4 * t + y] = best;
    }
    v = nv;
  }
  // The last character ends a word (E) or is one (S); on a tie S, the later letter, as in jieba.
  const states = new Array<number>(n);
  states[n - 1] = v[3]! >= v[1]! ? 3 : 1;
  for (let t = n - 1; t > 0; t--) states[t - 1] = from[4 * t + states[t]!]!;
  return states;
}

// jieba-rs's blocks: CJK ideographs (all planes), ASCII letters and digits, + # & . _ % -.
const BLOCK =
  /([\u{3400}-\u{4DBF}\u{4E00}-\u{9FFF}\u{F900}-\u{FAFF}\u{20000}-\u{2A6DF}\u{2A700}-\u{2B73F}\u{2B740}-\u{2B81F}\u{2B820}-\u{2CEAF}\u{2CEB0}-\u{2EBEF}\u{2F800}-\u{2FA1F}a-zA-Z0-9+#&._%-]+)/u;
const WHOLE_BLOCK = new RegExp(`^${BLOCK.source}$`, "u");
const SKIP = /(\r\n|\s)/u;
const WHOLE_SKIP = /^(?:\r\n|\s)$/u;

/** The words of `text`, in order; joined they give back `text`. The dictionary loads on the first call. */
export function segment(text: string): string[] {
  const d = (dictionary ??= loadDictionary());
  const out: string[] = [];
  for (const block of text.split(BLOCK)) {
    if (block === "") continue;
    if (WHOLE_BLOCK.test(block)) {
      out.push(...cutBlock(d, Array.from(block)));
      continue;
    }
    for (const x of block.split(SKIP)) {
      if (x === "") continue;
      if (WHOLE_SKIP.test(x)) out.push(x);
      else out.push(...Array.from(x));
    }
  }
  return out;
}

/** Milliseconds spent loading the segmenter's data so far (0 until first use). */
export function segmenterLoadTime(): number {
  return loadMs;
}

/** How often jieba's dictionary counts `word` (0 if it is not a dictionary word). */
export function wordFrequency(word: string): number {
  if (word.length === 0) return 0;
  dictionary ??= loadDictionary();
  return Math.max(0, lookUp(dictionary, word));
}

/**
 * The log-probability (natural) of jieba's most probable cut of `text` into dictionary words —
 * a word-level judgement of how natural a stretch of Chinese is (执政 is a word; 治|政 two
 * characters without one). A character that begins no word counts with frequency 1.
 */
export function wordPathLogProb(text: string): number {
  if (text.length === 0) return 0;
  const d = (dictionary ??= loadDictionary());
  // By code unit, without an array of characters, unless the text has a character of two (the
  // 错别字 search asks this of short stretches of Chinese, many times a paragraph).
  const chars = hasSurrogates(text) ? [...text] : null;
  const n = chars === null ? text.length : chars.length;
  if (pathBest.length < n + 1) pathBest = new Float64Array(2 * (n + 1));
  const best = pathBest;
  best[n] = 0;
  for (let k = n - 1; k >= 0; k--) {
    let bestP = -d.logTotal + best[k + 1]!;
    for (let i = k, on = chars === null ? walkStartUnit(d, text.charCodeAt(k)) : walkStart(d, chars[k]!); on; on = ++i < n && (chars === null ? walkNarrow(text.charCodeAt(i)) : walkExtend(chars[i]!))) {
      const f = walkFrequency();
      if (f > 0) bestP = Math.max(bestP, Math.log(f) - d.logTotal + best[i + 1]!);
    }
    best[k] = bestP;
  }
  return best[0]!;
}
/** wordPathLogProb's scratch: the best path's log-probability from each position on. */
let pathBest = new Float64Array(64);

function hasSurrogates(text: string): boolean {
  for (let i = 0; i < text.length; i++) if ((text.charCodeAt(i) & 0xf800) === 0xd800) return true;
  return false;
}

/**
 * The characters that complete a dictionary word begun by `prefix` (the text before a gap) and
 * continued by the start of `after` (the text after it): the word is prefix + c + a non-empty
 * start of `after` (数据|安|全 for 数据安全). With `twoTop` > 0 also the last characters of the
 * `twoTop` most frequent two-character words that start with a one-character prefix (法 → 治, 律 …).
 * With `endsWord`, also the words that are prefix + c and end at the gap (the text after it starts
 * with punctuation: 国务|院。, 正高效便利原|则。). After a prefix of two or three characters such a
 * word is proposed before more Chinese too (互联|网|信息, 国务|院|组织法), unless the prefix is a
 * word of its own at least as common (湖北|省, 艰巨|性: the writer finished the word they meant).
 */
export function gapCompletions(prefix: string, after: string, twoTop: number, endsWord = false): number[] {
  const out = new Set<number>();
  addGapCompletions(prefix, after, twoTop, endsWord, out);
  return [...out];
}

/** What takes the completions, in order (a Set; the 错别字 search's own list, which keeps each unit once). */
export interface UnitSink {
  add(unit: number): unknown;
}

/**
 * Characters that negate what follows. The 错别字 search never proposes a word they begin (the model cannot tell
 * 成年人 from 未成年人) nor takes one out as extra (构不成犯罪).
 */
export const NEGATIONS = new Set([..."不未无非没勿否莫"].map((c) => c.charCodeAt(0)));

/**
 * The first characters of a word that lost its first character before `after` (the text after a
 * gap between Chinese characters: 法治|设 → 建设): those of the most frequent two-character words
 * ending with after's first character (scripts/build-dict.mjs WORD_STARTS), handed to `sink`. None
 * where the text after the gap already begins a word of two to four characters (…区域|陆生, …保守|知悉:
 * the writer's word is whole) or no word starts with its first character; none that negates.
 */
export function wordStarts(after: string): number[] {
  const out = new Set<number>();
  addWordStarts(after, out);
  return [...out];
}
/** wordStarts, each handed to `sink`. */
export function addWordStarts(after: string, sink: UnitSink): void {
  if (after.length === 0) return;
  const d = (dictionary ??= loadDictionary());
  const b = blockOf(d, after.charCodeAt(0));
  if (b === null || b.completions.firsts.length === 0) return;
  // Does a word of two to four characters start the text after the gap? (Walked unit by unit: no strings.)
  walkStartUnit(d, after.charCodeAt(0));
  for (let m = 1; m < Math.min(4, after.length) && walkNarrow(after.charCodeAt(m)); m++) if (walkFrequency() > 0) return;
  const firsts = b.completions.firsts;
  for (let k = 0; k < firsts.length; k++) if (!NEGATIONS.has(firsts[k]!)) sink.add(firsts[k]!);
}

/** The second units of the two-unit words that `first` begins, the most frequent first (jieba's counts); empty if none. */
export function twoUnitSeconds(first: number): Uint16Array {
  const d = (dictionary ??= loadDictionary());
  const b = blockOf(d, first);
  return b === null ? new Uint16Array(0) : b.completions.two;
}

/** gapCompletions, each handed to `sink` as it is found (the same units in the same order; a unit may come more than once). */
export function addGapCompletions(prefix: string, after: string, twoTop: number, endsWord: boolean, sink: UnitSink): void {
  if (prefix.length === 0) return;
  const d = (dictionary ??= loadDictionary());
  const b = blockOf(d, prefix.charCodeAt(0));
  if (b === null) return;
  const k = prefix.length;
  /** Does the word at `start`, whose first k + 1 characters are prefix + c, run on as the start of `after`? */
  const runsOn = (start: number, len: number): boolean => {
    for (let m = k + 1; m < len; m++) if (m - k - 1 >= after.length || b.text[start + m] !== after.charCodeAt(m - k - 1)) return false;
    return true;
  };
  if (k === 1) {
    const c = b.completions;
    const i = after.length === 0 ? -1 : indexIn(c.thirds, after.charCodeAt(0));
    for (let k = i < 0 ? 0 : c.starts[i]!, end = i < 0 ? 0 : c.starts[i + 1]!; k < end; k++) {
      const w = c.words[k]!;
      const start = w === 0 ? 0 : b.ends[w - 1]!;
      if (runsOn(start, b.ends[w]! - start)) sink.add(b.text[start + 1]!);
    }
    for (let t = 0; t < Math.min(twoTop, c.two.length); t++) sink.add(c.two[t]!);
    return;
  }
  let prefixFrequency: number | undefined;
  for (let w = lowerBound(b, prefix); w < b.count; w++) {
    const start = w === 0 ? 0 : b.ends[w - 1]!;
    const len = b.ends[w]! - start;
    if (len < k) break;
    let same = true;
    for (let m = 1; m < k && same; m++) same = b.text[start + m] === prefix.charCodeAt(m);
    if (!same) break;
    if (len < k + 1 || b.freqs[w] === 0) continue;
    // A word that ends at the gap, prefix + c: before punctuation where the caller says the word ends
    // there; before more Chinese after a prefix of two or three characters (互联|网, 国务|院), if it is
    // the more common of the two where the prefix is a word itself (湖北 before 湖北省, 艰巨 before
    // 艰巨性: the writer finished the word they meant).
    if (len === k + 1 && !endsWord && b.freqs[w]! <= (prefixFrequency ??= Math.max(0, lookUp(d, prefix)))) continue;
    if (runsOn(start, len)) sink.add(b.text[start + k]!);
  }
}
