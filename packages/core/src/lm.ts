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
 * characters, about 4 MB, the pairs as one hash table per character of its followers — then the
 * longer n-grams that start with one pair as a group, the first time one of them is asked for.
 * Checking a report asks about a few thousand pairs' groups, a few hundred kilobytes; reading whole
 * blocks of every n-gram that starts with one character read 9 MB, and in a fresh process each new
 * page of memory costs more than the read. The 错别字 search asks about tens of candidate pairs at
 * each doubtful place: a pair is one slot of its first character's table, which holds all that a
 * lookup needs of it (the tables are made by the build: making them in the process took a report's
 * first check 30–45 ms).
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

interface Model {
  reader: DataReader;
  file: string;
  order: number;
  probStep: number;
  backoffStep: number;
  unknown: number;
  /** Index of a known code unit (its unigram, its pairs); −1: the model never saw it. */
  blockOf: Int32Array;
  /** How many units the model knows. */
  units: number;
  /** The unit's unigram: prob[b], then backoff at units + b. */
  unigrams: Uint8Array;
  /** Unit b's table of followers is slots tableStart[b] .. tableStart[b + 1] of `tables`; its last slot is free. */
  tableStart: Uint32Array;
  /**
   * The follower tables, one after another, as the file has them: open addressing with linear
   * probing that never wraps (a probe starts in the table's first size − 1 slots and ends at the
   * latest at its last, always free), two words a slot — (follower << 16 | its pair's prob quant << 8 | backoff quant), then
   * 1 + the pair's position (0: an empty slot) or, once its group is read, where the group is
   * (READ + its offset in the arena). A lookup reads one slot (one cache line) for all it needs of a pair.
   */
  tables: Uint32Array;
  /** Where each pair's group is in the file: groupStart[p] .. groupStart[p + 1] (equal: it has none). */
  groupStart: Uint32Array;
  arena: Arena;
}

/**
 * The groups read so far, one after another in one buffer (grown by doubling): a group is read
 * straight into it, and a lookup reads its numbers through the three views. Its first four bytes
 * are an empty group (n3 = n4 = 0), which every pair without one points to.
 */
interface Arena {
  bytes: Uint8Array;
  u16: Uint16Array;
  u32: Uint32Array;
  used: number;
}

function arenaOf(size: number): Arena {
  const bytes = new Uint8Array(size);
  return { bytes, u16: new Uint16Array(bytes.buffer), u32: new Uint32Array(bytes.buffer), used: 4 };
}


const MAGIC = 0x4d4c4c52; // "RLLM"
const VERSION = 4;
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
    if (view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== VERSION) throw new LanguageModelError(file, "已损坏（不是 report-lint 语言模型）");
    const order = view.getUint32(8, true);
    const unitCount = view.getUint32(12, true);
    const pairCount = view.getUint32(28, true);
    const tableStartAt = 4 * unitCount;
    const groupStartAt = tableStartAt + 4 * (unitCount + 1);
    const unigramsAt = groupStartAt + 4 * (pairCount + 1);
    const slotsAt = unigramsAt + pad4(2 * unitCount);
    if (order < 1 || order > 4 || unitCount === 0 || unitCount > 65536 || pairCount > 65536 * 65536 || 32 + slotsAt > size) throw new LanguageModelError(file, "已损坏（索引不完整）");
    const index = reader.read(32, slotsAt);
    const firstUnits = numbers<Uint32Array>(Uint32Array, index, 0, unitCount);
    const tableStart = numbers<Uint32Array>(Uint32Array, index, tableStartAt, unitCount + 1);
    const groupStart = numbers<Uint32Array>(Uint32Array, index, groupStartAt, pairCount + 1);
    const slotCount = tableStart[unitCount]!;
    if (32 + slotsAt + 8 * slotCount > size) throw new LanguageModelError(file, "已损坏（索引不完整）");
    if (groupStart[0] !== 32 + slotsAt + 8 * slotCount || groupStart[pairCount] !== size || tableStart[0] !== 0) throw new LanguageModelError(file, "已损坏（长度不符）");
    for (let b = 0; b < unitCount; b++) {
      if (firstUnits[b]! > 0xffff || tableStart[b + 1]! < tableStart[b]! + 2 || (b > 0 && firstUnits[b]! <= firstUnits[b - 1]!)) throw new LanguageModelError(file, "已损坏（索引无序）");
    }
    // The tables as the file has them, in memory of their own: a slot's second word is written when its group is read.
    const tables = new Uint32Array(2 * slotCount);
    reader.readInto(32 + slotsAt, 8 * slotCount, new Uint8Array(tables.buffer), 0);
    // Each table's last slot is free, so that every probe ends in its table, in a damaged file too.
    for (let b = 1; b <= unitCount; b++) if (tables[2 * tableStart[b]! - 1] !== 0) throw new LanguageModelError(file, "已损坏（索引无序）");
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
      units: unitCount,
      unigrams: index.subarray(unigramsAt, unigramsAt + 2 * unitCount),
      tableStart,
      tables,
      groupStart,
      // A report's groups take about 1.5 MB; memory not yet written costs nothing.
      arena: arenaOf(1 << 22),
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

/**
 * Damage found in a part of the file read after its index (a group, a unit's pairs): the model
 * fails from here on, as a file that failed to load (languageModelError() says so; the file is closed).
 */
function damaged(m: Model, detail: string): LanguageModelError {
  m.reader.close();
  return state.fail(new LanguageModelError(m.file, detail));
}

/**
 * A slot's second word once its pair's group is read: READ + where the group is in the arena (an
 * empty group is the arena's first four bytes). Before: 1 + the pair's position.
 */
const READ = 0x80000000;

/** Where the group of the pair in slot `e` of `m.tables` is in the arena (read the first time it is asked for; small, so that V8 inlines it). */
function group(m: Model, e: number): number {
  const v = m.tables[e + 1]!;
  return v >= READ ? v - READ : readGroup(m, e, v - 1);
}

/** Read pair p's group (its slot is `e`) into the arena and check it: its counts fill it exactly, its keys ascend. */
function readGroup(m: Model, e: number, p: number): number {
  const t0 = performance.now();
  // (A slot's pair and groupStart are checked here, a pair at a time, rather than all 227,807 when the index is read.)
  if (p >= m.groupStart.length - 1) throw damaged(m, "已损坏（索引无序）");
  const start = m.groupStart[p]!;
  const length = m.groupStart[p + 1]! - start;
  if (length < 0 || start + length > m.reader.size) throw damaged(m, "已损坏（索引无序）");
  if (length === 0) {
    m.tables[e + 1] = READ;
    return 0;
  }
  let arena = m.arena;
  if (arena.used + length > arena.bytes.length) {
    let size = arena.bytes.length;
    while (arena.used + length > size) size *= 2;
    const grown = arenaOf(size);
    grown.bytes.set(arena.bytes.subarray(0, arena.used));
    grown.used = arena.used;
    arena = m.arena = grown;
  }
  const at = arena.used;
  m.reader.readInto(start, length, arena.bytes, at);
  const { u16, u32 } = arena;
  const n3 = u16[at >> 1]!;
  const n4 = u16[(at >> 1) + 1]!;
  const at4 = at + 4 + 2 * pad4(2 * n3);
  if (at4 + 4 * n4 + pad4(n4) !== at + length) throw damaged(m, "已损坏（数据块不完整）");
  for (let i = (at >> 1) + 3, end = (at >> 1) + 2 + n3; i < end; i++) if (u16[i]! <= u16[i - 1]!) throw damaged(m, "已损坏（数据块无序）");
  for (let i = (at4 >> 2) + 1, end = (at4 >> 2) + n4; i < end; i++) if (u32[i]! <= u32[i - 1]!) throw damaged(m, "已损坏（数据块无序）");
  arena.used = at + length;
  m.tables[e + 1] = READ + at;
  loadMs += performance.now() - t0;
  return at;
}

const pad4 = (n: number): number => (n + 3) & ~3;

/** Position among the 3-grams of the group at `at` of the one whose third unit is `third`, or −1 (a binary search). */
function find3(u16: Uint16Array, at: number, third: number): number {
  const base = (at >> 1) + 2;
  let lo = 0;
  let hi = u16[at >> 1]! - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = u16[base + mid]!;
    if (v < third) lo = mid + 1;
    else if (v > third) hi = mid - 1;
    else return mid;
  }
  return -1;
}

/** Where the group at `at` keeps its 3-grams' quants (prob at + i, backoff at + n3 + i). */
const quants3At = (u16: Uint16Array, at: number): number => at + 4 + pad4(2 * u16[at >> 1]!);

/** The quantised probability of the 4-gram (pair, third, fourth) in the group at `at`, or −1 (a binary search). */
function quant4(a: Arena, at: number, third: number, fourth: number): number {
  const { u16, u32 } = a;
  const n4 = u16[(at >> 1) + 1]!;
  if (n4 === 0) return -1;
  const keys = (at + 4 + 2 * pad4(2 * u16[at >> 1]!)) >> 2;
  const key = ((third << 16) | fourth) >>> 0;
  let lo = 0;
  let hi = n4 - 1;
  while (lo <= hi) {
    const mid = (lo + hi) >> 1;
    const v = u32[keys + mid]!;
    if (v < key) lo = mid + 1;
    else if (v > key) hi = mid - 1;
    else return a.bytes[4 * (keys + n4) + mid]!;
  }
  return -1;
}

/**
 * Where a follower's probe starts in a table of `size` slots (at most 65,536; scripts/build-lm.mjs
 * placed them so): the top 16 bits of a Fibonacci hash, scaled to the size.
 */
const tableSlot = (second: number, size: number): number => ((Math.imul(second, 0x9e3779b1) >>> 16) * size) >>> 16;

/**
 * Where in `m.tables` the pair (first, second)'s slot is, or −1 if the model did not keep it: a
 * lookup in the table of `first`'s followers. (A binary search among them read ~10 scattered
 * cache lines for a common character's thousands of followers; a table per unit of 16-bit
 * offsets read three — the table, the follower, the quant. The 错别字 search asks about tens of
 * candidate pairs at each doubtful place.)
 */
function pairSlot(m: Model, first: number, second: number): number {
  const b = m.blockOf[first]!;
  return b < 0 ? -1 : followerSlot(m.tables, m.tableStart[b]!, m.tableStart[b + 1]!, second);
}

/** The slot of `second` in the follower table that is slots `at` .. `end` of `tables`, or −1 (the table's last slot is free: a probe ends there at the latest). */
function followerSlot(tables: Uint32Array, at: number, end: number, second: number): number {
  for (let e = 2 * (at + tableSlot(second, end - at - 1)); ; e += 2) {
    if (tables[e + 1] === 0) return -1;
    if (tables[e]! >>> 16 === second) return e;
  }
}

/** A pair's probability and backoff quants, from its slot's first word. */
const probQuant = (word: number): number => (word >>> 8) & 0xff;
const backoffQuant = (word: number): number => word & 0xff;

/** The stored log10 probability (quantised) of the n-gram s[a..b), or −1 if the model did not keep it. */
function storedQuant(m: Model, s: ArrayLike<number>, a: number, b: number): number {
  const len = b - a;
  if (len === 1) {
    const i = m.blockOf[s[a]!]!;
    return i < 0 ? -1 : m.unigrams[i]!;
  }
  if (len === 2) {
    const e = pairSlot(m, s[a]!, s[a + 1]!);
    return e < 0 ? -1 : probQuant(m.tables[e]!);
  }
  const e = pairSlot(m, s[a]!, s[a + 1]!);
  if (e < 0 || len > 4) return -1;
  const at = group(m, e);
  if (len === 4) return quant4(m.arena, at, s[a + 2]!, s[a + 3]!);
  const u16 = m.arena.u16;
  const i = find3(u16, at, s[a + 2]!);
  return i < 0 ? -1 : m.arena.bytes[quants3At(u16, at) + i]!;
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
  // Contexts of two and three units: the n-gram and, for its backoff weight, the context are in
  // the group of the context's first pair (no longer n-gram starts with a pair the model dropped).
  const start = Math.max(from, j - m.order + 1, j - context);
  for (let a = start; a < j - 1; a++) {
    const e = pairSlot(m, s[a]!, s[a + 1]!);
    if (e < 0) continue;
    const word = m.tables[e]!;
    const at = group(m, e);
    const { u16, bytes } = m.arena;
    if (j - a === 3) {
      const third = s[a + 2]!;
      const q = quant4(m.arena, at, third, w);
      if (q >= 0) {
        matched = 4;
        return back - m.probStep * q;
      }
      const i = find3(u16, at, third);
      if (i >= 0) back -= m.backoffStep * bytes[quants3At(u16, at) + u16[at >> 1]! + i]!;
    } else {
      const i = find3(u16, at, w);
      if (i >= 0) {
        matched = 3;
        return back - m.probStep * bytes[quants3At(u16, at) + i]!;
      }
      back -= m.backoffStep * backoffQuant(word);
    }
  }
  // A context of one unit: the pair, then the unit's own backoff weight.
  if (start <= j - 1) {
    const c = s[j - 1]!;
    const b = m.blockOf[c]!;
    if (b >= 0) {
      const e = pairSlot(m, c, w);
      if (e >= 0) {
        matched = 2;
        return back - m.probStep * probQuant(m.tables[e]!);
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
  return pairSlot(get(), first, second) >= 0;
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
  const tables = m.tables;
  const at = m.tableStart[b]!;
  const end = m.tableStart[b + 1]!;
  for (let k = 0; k < seconds.length; k++) {
    const e = followerSlot(tables, at, end, seconds[k]!);
    out[k] = e < 0 ? missing : -m.probStep * probQuant(tables[e]!);
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
  if (pairSlot(m, first, second) >= 0) return 0;
  const b = m.blockOf[first]!;
  const u = m.blockOf[second]!;
  return (b >= 0 ? -m.backoffStep * m.unigrams[m.units + b]! : 0) + (u >= 0 ? -m.probStep * m.unigrams[u]! : m.unknown);
}

/** The stored log10 probability of second after first (storedLogProb of a pair, without an array to hold it), or `missing`. */
export function pairLogProb(first: number, second: number, missing: number): number {
  const m = get();
  const e = pairSlot(m, first, second);
  return e < 0 ? missing : -m.probStep * probQuant(m.tables[e]!);
}

/** The stored log10 probability of the n-gram s[a..b) (its last unit after the others), or `missing` if the model did not keep it. */
export function storedLogProb(s: ArrayLike<number>, a: number, b: number, missing: number): number {
  const m = get();
  const q = storedQuant(m, s, a, b);
  return q >= 0 ? -m.probStep * q : missing;
}
