import { LoadOnce, indexByUnit, numbers } from "./data-file.js";
import { dataFileLocation, openDataFile, type DataReader } from "./platform.js";

/**
 * A character n-gram model of official Chinese prose: how plausible each character is after the
 * ones before it, in the language of laws, regulations and government reports. The 错别字 rule
 * asks it whether a sentence reads better with another character in one place.
 *
 * The model is interpolated Kneser–Ney over UTF-16 code units (orders 1–4), estimated by
 * scripts/build-lm.mjs from 19.4 M characters of state-organ prose, pruned and quantised to one
 * byte per probability into data/lm.bin (copied to dist/jieba/ by the build). The file is read
 * as the segmenter's dictionary is: an index first — with it every unigram and every pair of
 * characters, about 1 MB, as plain arrays — then the longer n-grams that start with one code unit
 * as a block, the first time one of them is asked for. The 错别字 search asks about tens of
 * candidate pairs at each doubtful place: a pair is found in a small table of one character's
 * followers (made the first time they are asked about), and touches no block.
 *
 * Text is given as code units normalised by `normalise` (digits → 0, Latin letters → a), with
 * BOS before a paragraph and EOS after it.
 */

export const BOS = 0x0002;
export const EOS = 0x0003;

/** A missing or corrupt model file: one line that names it. */
export class LanguageModelError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`report-lint: 语言模型文件 ${file} ${detail}`);
    this.name = "LanguageModelError";
  }
}

interface Block {
  /** The block's n-gram hashes, ascending (as the file stores them). */
  hashes: Uint32Array;
  /**
   * Where the hashes whose top `bits` bits are q begin: bucket[q] .. bucket[q + 1], about four
   * to a bucket. Built when the block is read, in one pass over the sorted hashes: a lookup reads
   * one bucket bound and one short run of adjacent hashes, and the index costs a byte per n-gram
   * (an open-addressing table beside the hashes cost eight, and a random write per n-gram to build).
   */
  bucket: Uint32Array;
  /** 32 − bits (32 for a block of one bucket). */
  shift: number;
  /** prob[i], then backoff[i] at count + i. */
  quants: Uint8Array;
}

interface Model {
  reader: DataReader;
  file: string;
  order: number;
  probStep: number;
  backoffStep: number;
  unknown: number;
  /** Index of a known code unit (its block, its unigram, its pairs); −1: the model never saw it. */
  blockOf: Int32Array;
  starts: Uint32Array;
  blocks: Array<Block | undefined>;
  /** How many units the model knows. */
  units: number;
  /** The unit's unigram: prob[b], then backoff at units + b. */
  unigrams: Uint8Array;
  /** The pairs of unit b are pairStart[b] .. pairStart[b + 1]: pairNext (ascending), their quants (prob, then backoff at pairCount + i). */
  pairStart: Uint32Array;
  pairNext: Uint16Array;
  pairQuants: Uint8Array;
  /**
   * Per unit, made the first time its pairs are asked about (and its followers then checked for
   * order: a damaged file is found when its part is read, as a block's): an open-addressing
   * table of its followers, slot → 1 + the follower's offset among them (0: empty).
   */
  pairTables: Array<Uint16Array | Uint32Array | undefined>;
}

const MAGIC = 0x4d4c4c52; // "RLLM"
let override: string | null = null;
let loadMs = 0;

/** Use another model file (tests; a bundle that keeps it elsewhere). Forgets the loaded model. */
export function setLanguageModelFile(path: string | null): void {
  const loaded = state.reset();
  if (loaded !== null) loaded.reader.close();
  override = path;
}

/** Milliseconds spent reading the model so far (for benchmarks). */
export function languageModelLoadTime(): number {
  return loadMs;
}

function load(): Model {
  const t0 = performance.now();
  let reader: DataReader;
  try {
    reader = openDataFile("lm.bin", override);
  } catch {
    throw new LanguageModelError(dataFileLocation("lm.bin", override), "缺失或无法读取");
  }
  const file = reader.name;
  try {
    const size = reader.size;
    if (size < 32) throw new LanguageModelError(file, "已损坏（文件过短）");
    const head = reader.read(0, 32);
    const view = new DataView(head.buffer, head.byteOffset, head.length);
    if (view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== 2) throw new LanguageModelError(file, "已损坏（不是 report-lint 语言模型）");
    const order = view.getUint32(8, true);
    const blockCount = view.getUint32(12, true);
    const pairCount = view.getUint32(28, true);
    const pad4 = (n: number): number => Math.ceil(n / 4) * 4;
    const unigramsAt = 4 * blockCount + 8 * (blockCount + 1);
    const pairNextAt = unigramsAt + pad4(2 * blockCount);
    const pairQuantsAt = pairNextAt + pad4(2 * pairCount);
    const indexBytes = pairQuantsAt + pad4(2 * pairCount);
    if (order < 1 || order > 8 || blockCount === 0 || blockCount > 65536 || pairCount > 65536 * 65536 || 32 + indexBytes > size) throw new LanguageModelError(file, "已损坏（索引不完整）");
    const index = reader.read(32, indexBytes);
    const firstUnits = numbers<Uint32Array>(Uint32Array, index, 0, blockCount);
    const starts = numbers<Uint32Array>(Uint32Array, index, 4 * blockCount, blockCount + 1);
    const pairStart = numbers<Uint32Array>(Uint32Array, index, 4 * blockCount + 4 * (blockCount + 1), blockCount + 1);
    if (starts[0] !== 32 + indexBytes || starts[blockCount] !== size || pairStart[0] !== 0 || pairStart[blockCount] !== pairCount) throw new LanguageModelError(file, "已损坏（长度不符）");
    for (let b = 0; b < blockCount; b++) {
      if (firstUnits[b]! > 0xffff || starts[b + 1]! < starts[b]! + 4 || pairStart[b + 1]! < pairStart[b]! || (b > 0 && firstUnits[b]! <= firstUnits[b - 1]!)) {
        throw new LanguageModelError(file, "已损坏（索引无序）");
      }
    }
    const blockOf = indexByUnit(firstUnits);
    loadMs += performance.now() - t0;
    return {
      reader,
      file,
      order,
      probStep: view.getFloat32(16, true),
      backoffStep: view.getFloat32(20, true),
      unknown: view.getFloat32(24, true),
      blockOf,
      starts,
      blocks: new Array<Block | undefined>(blockCount),
      units: blockCount,
      unigrams: index.subarray(unigramsAt, unigramsAt + 2 * blockCount),
      pairStart,
      pairNext: numbers<Uint16Array>(Uint16Array, index, pairNextAt, pairCount),
      pairQuants: index.subarray(pairQuantsAt, pairQuantsAt + 2 * pairCount),
      pairTables: new Array<Uint16Array | Uint32Array | undefined>(blockCount),
    };
  } catch (e) {
    reader.close();
    throw e instanceof LanguageModelError ? e : new LanguageModelError(file, `无法读取（${(e as Error).message}）`);
  }
}

/** The model, loaded on first use; a LanguageModelError (the same one each time) if it cannot be read. */
const state = new LoadOnce(
  load,
  (e): e is LanguageModelError => e instanceof LanguageModelError,
  (e) => new LanguageModelError("lm.bin", String(e)),
);
const get = (): Model => state.get();

/** Is the model there and readable? Loads its index; never throws. */
export function languageModelError(): LanguageModelError | null {
  return state.error();
}

/** The block of n-grams that start with `unit`, or null if the model never saw it (small, so that V8 inlines it; reading is readBlock's). */
function block(m: Model, unit: number): Block | null {
  const b = m.blockOf[unit]!;
  return b < 0 ? null : (m.blocks[b] ?? readBlock(m, b));
}

/** Read block `b` and index its hashes (the first time one of its n-grams is asked for). */
function readBlock(m: Model, b: number): Block {
  const t0 = performance.now();
  const start = m.starts[b]!;
  const bytes = m.reader.read(start, m.starts[b + 1]! - start);
  const count = numbers<Uint32Array>(Uint32Array, bytes, 0, 1)[0]!;
  if (4 + 6 * count > bytes.length) throw new LanguageModelError(m.file, "已损坏（数据块不完整）");
  const hashes = numbers<Uint32Array>(Uint32Array, bytes, 4, count);
  let bits = 0;
  while (4 << bits < count && bits < 24) bits++;
  const shift = 32 - bits;
  const bucket = new Uint32Array((1 << bits) + 1);
  let last = 0;
  for (let k = 0; k < count; k++) {
    const h = hashes[k]!;
    if (h < last) throw new LanguageModelError(m.file, "已损坏（数据块无序）");
    last = h;
    // Each n-gram counts towards the start of every bucket after its own.
    bucket[bucketOf(h, shift) + 1]!++;
  }
  for (let q = 1; q <= 1 << bits; q++) bucket[q]! += bucket[q - 1]!;
  const blk = { hashes, bucket, shift, quants: bytes.subarray(4 + 4 * count, 4 + 6 * count) };
  m.blocks[b] = blk;
  loadMs += performance.now() - t0;
  return blk;
}

/**
 * The hash scripts/build-lm.mjs gives an n-gram: FNV-1a over its code units, then mixed. In two
 * steps, so that an n-gram and its context share the first: `fnv` over the units, `mixed` after.
 */
const FNV_START = 0x811c9dc5;
const fnvStep = (h: number, unit: number): number => Math.imul(h ^ unit, 0x01000193);
function fnv(s: ArrayLike<number>, from: number, to: number): number {
  let h = FNV_START;
  for (let i = from; i < to; i++) h = fnvStep(h, s[i]!);
  return h;
}
function mixed(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}
const hashOf = (s: ArrayLike<number>, from: number, to: number): number => mixed(fnv(s, from, to));

/** The bucket of a hash: its top 32 − `shift` bits. (`>>>` by 32 is a shift by 0 in JavaScript: a block of one bucket has only bucket 0.) */
const bucketOf = (hash: number, shift: number): number => (shift === 32 ? 0 : hash >>> shift);

/** Position of an n-gram with this hash in `blk`, or −1. */
function find(blk: Block, hash: number): number {
  const { hashes, bucket, shift } = blk;
  const q = bucketOf(hash, shift);
  for (let k = bucket[q]!, end = bucket[q + 1]!; k < end; k++) {
    const h = hashes[k]!;
    if (h >= hash) return h === hash ? k : -1;
  }
  return -1;
}

/** Where a follower's search starts in its unit's table. */
const slotOf = (second: number, mask: number): number => {
  const h = Math.imul(second, 0x9e3779b1);
  return (h ^ (h >>> 15)) & mask;
};

/**
 * Position of the pair (first, second) among the model's pairs, or −1: a lookup in the table of
 * `first`'s followers. (A binary search among them read ~10 scattered cache lines for a common
 * character's thousands of followers, and the 错别字 search asks about tens of candidate pairs at
 * each doubtful place.)
 */
function pairIndex(m: Model, first: number, second: number): number {
  const b = m.blockOf[first]!;
  return b < 0 ? -1 : followerIndex(m, m.pairTables[b] ?? pairTable(m, b), m.pairStart[b]! - 1, second);
}

/** Position of `second` among the model's pairs, looked up in its first unit's follower table (whose followers start after `base`), or −1. */
function followerIndex(m: Model, table: Uint16Array | Uint32Array, base: number, second: number): number {
  const next = m.pairNext;
  const mask = table.length - 1;
  for (let slot = slotOf(second, mask); ; slot = (slot + 1) & mask) {
    const v = table[slot]!;
    if (v === 0) return -1;
    if (next[base + v] === second) return base + v;
  }
}

/** Check unit b's followers for order and make their table: a power of two at least twice their number. */
function pairTable(m: Model, b: number): Uint16Array | Uint32Array {
  const lo = m.pairStart[b]!;
  const hi = m.pairStart[b + 1]!;
  const next = m.pairNext;
  for (let k = lo + 1; k < hi; k++) if (next[k]! <= next[k - 1]!) throw new LanguageModelError(m.file, "已损坏（数据块无序）");
  let size = 2;
  while (size < 2 * (hi - lo)) size *= 2;
  const table = hi - lo < 0xffff ? new Uint16Array(size) : new Uint32Array(size);
  const mask = size - 1;
  for (let k = lo; k < hi; k++) {
    let slot = slotOf(next[k]!, mask);
    while (table[slot] !== 0) slot = (slot + 1) & mask;
    table[slot] = k - lo + 1;
  }
  m.pairTables[b] = table;
  return table;
}

/** The stored log10 probability (quantised) of the n-gram s[a..b), or −1 if the model did not keep it. */
function storedQuant(m: Model, s: ArrayLike<number>, a: number, b: number): number {
  const len = b - a;
  if (len === 1) {
    const i = m.blockOf[s[a]!]!;
    return i < 0 ? -1 : m.unigrams[i]!;
  }
  if (len === 2) {
    const i = pairIndex(m, s[a]!, s[a + 1]!);
    return i < 0 ? -1 : m.pairQuants[i]!;
  }
  const blk = block(m, s[a]!);
  const g = blk === null ? -1 : find(blk, hashOf(s, a, b));
  return g < 0 ? -1 : blk!.quants[g]!;
}

/** Normalise text as the model was built: ASCII digits → 0, ASCII letters → a (the same length). */
export function normalise(text: string): string {
  return text.replace(/[0-9]/gu, "0").replace(/[A-Za-z]/gu, "a");
}

/** The loaded model, as an opaque key: what is worked out from the model can be kept by it (another file set by setLanguageModelFile is another key). */
export function languageModelKey(): object {
  return get();
}

/** The model's order (the longest n-gram it knows). */
export function languageModelOrder(): number {
  return get().order;
}

let matched = 0;

/**
 * The length of the n-gram the last conditionalLogProb found (0: the unit is unknown to the
 * model): the longest n-gram the model kept that ends at that position. Passed as `context` for
 * the next position, it spares the lookups of contexts the model cannot have kept.
 */
export function lastMatchLength(): number {
  return matched;
}

/** No bound on the context: the walk starts at the model's order. */
export const ANY_CONTEXT = 255;

/**
 * log10 p(s[j] | s[max(from, j − order + 1) .. j − 1]) — the plausibility of the code unit at `j`
 * after those before it, not looking before `from` (a paragraph's BOS). `unit`, if given, stands
 * in for s[j] (to ask about another character without copying the text).
 *
 * `context`, if given, is lastMatchLength() after the position before j: the model kept no
 * n-gram longer than that ending at j − 1, so (every kept n-gram's prefix being kept — the build
 * prunes by counts that never fall with the order) no longer context of j has an n-gram or a
 * backoff weight to look up. The result is the same; the walk is shorter.
 */
export function conditionalLogProb(s: ArrayLike<number>, j: number, from: number, unit = -1, context = ANY_CONTEXT): number {
  const m = get();
  const w = unit >= 0 ? unit : s[j]!;
  let back = 0;
  // Contexts of two units and more: the n-gram and the context's own n-gram (for its backoff
  // weight) are in the block of the context's first unit, but a context of two units is a pair.
  const start = Math.max(from, j - m.order + 1, j - context);
  for (let a = start; a < j - 1; a++) {
    const blk = block(m, s[a]!);
    if (blk === null) continue;
    const ctx = fnv(s, a, j);
    const g = find(blk, mixed(fnvStep(ctx, w)));
    if (g >= 0) {
      matched = j - a + 1;
      return back - m.probStep * blk.quants[g]!;
    }
    if (j - a === 2) {
      const p = pairIndex(m, s[a]!, s[a + 1]!);
      if (p >= 0) back -= m.backoffStep * m.pairQuants[m.pairNext.length + p]!;
    } else {
      const h = find(blk, mixed(ctx));
      if (h >= 0) back -= m.backoffStep * blk.quants[blk.hashes.length + h]!;
    }
  }
  // A context of one unit: the pair, then the unit's own backoff weight.
  if (start <= j - 1) {
    const c = s[j - 1]!;
    const b = m.blockOf[c]!;
    if (b >= 0) {
      const p = pairIndex(m, c, w);
      if (p >= 0) {
        matched = 2;
        return back - m.probStep * m.pairQuants[p]!;
      }
      back -= m.backoffStep * m.unigrams[m.units + b]!;
    }
  }
  const u = m.blockOf[w]!;
  matched = u >= 0 ? 1 : 0;
  return back + (u >= 0 ? -m.probStep * m.unigrams[u]! : m.unknown);
}

/**
 * Does the model know this code unit at all (as a unigram)? Asked of the index alone: a unit has
 * a block exactly when it is a kept unigram (every n-gram it starts is at most as frequent as it).
 */
export function knowsUnit(unit: number): boolean {
  return get().blockOf[unit]! >= 0;
}

/** Did the model keep the n-gram s[a..b) (seen at least its order's minimum count)? */
export function hasNgram(s: ArrayLike<number>, a: number, b: number): boolean {
  return storedQuant(get(), s, a, b) >= 0;
}

/** Did the model keep the pair of code units (first, second)? (hasNgram of a pair, without an array to hold it.) */
export function hasPair(first: number, second: number): boolean {
  return pairIndex(get(), first, second) >= 0;
}

/**
 * pairLogProb(first, seconds[k], missing) into out[k] for every k: the followers of one unit
 * looked up with its table read once (the 错别字 search asks this of every candidate at a place).
 */
export function pairLogProbsAfter(first: number, seconds: Uint16Array, out: Float64Array, missing: number): void {
  const m = get();
  const b = m.blockOf[first]!;
  if (b < 0) {
    out.fill(missing, 0, seconds.length);
    return;
  }
  const table = m.pairTables[b] ?? pairTable(m, b);
  const base = m.pairStart[b]! - 1;
  for (let k = 0; k < seconds.length; k++) {
    const i = followerIndex(m, table, base, seconds[k]!);
    out[k] = i < 0 ? missing : -m.probStep * m.pairQuants[i]!;
  }
}

/**
 * An upper bound on log10 p(second | any context that ends with first): 0 when the model kept
 * the pair (a longer n-gram may make second likely), else first's backoff weight plus second's
 * unigram — no n-gram that ends with an unkept pair is kept (scripts/build-lm.mjs refuses a
 * model whose n-gram lost its suffix), so the walk can only back off to the unigram.
 */
export function followerCeiling(first: number, second: number): number {
  const m = get();
  if (pairIndex(m, first, second) >= 0) return 0;
  const b = m.blockOf[first]!;
  const u = m.blockOf[second]!;
  return (b >= 0 ? -m.backoffStep * m.unigrams[m.units + b]! : 0) + (u >= 0 ? -m.probStep * m.unigrams[u]! : m.unknown);
}

/** The stored log10 probability of second after first (storedLogProb of a pair, without an array to hold it), or `missing`. */
export function pairLogProb(first: number, second: number, missing: number): number {
  const m = get();
  const i = pairIndex(m, first, second);
  return i < 0 ? missing : -m.probStep * m.pairQuants[i]!;
}

/** The stored log10 probability of the n-gram s[a..b) (its last unit after the others), or `missing` if the model did not keep it. */
export function storedLogProb(s: ArrayLike<number>, a: number, b: number, missing: number): number {
  const m = get();
  const q = storedQuant(m, s, a, b);
  return q >= 0 ? -m.probStep * q : missing;
}
