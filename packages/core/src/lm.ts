import { LoadOnce } from "./data-file.js";
import { LM_WASM_BASE64 } from "./lm-wasm.generated.js";
import { dataFileLocation, openDataFile, type DataReader } from "./platform.js";

/**
 * A character n-gram model of official Chinese prose: how plausible each character is after the
 * ones before it, in the language of laws, regulations and government reports. The 错别字 rule
 * asks it whether a sentence reads better with another character in one place.
 *
 * The model is interpolated Kneser–Ney over UTF-16 code units (orders 1–4), estimated by
 * scripts/build-lm.mjs from 19.4 M characters of state-organ prose, pruned and quantised to one
 * byte per probability into data/lm.bin (copied to dist/jieba/ by the build): every unigram and
 * every pair of characters, the pairs as one hash table per character of its followers (a pair is
 * one slot of its first character's table, which holds all that a lookup needs of it), and the
 * longer n-grams that start with one pair as a group.
 *
 * The lookups are compiled ahead to WebAssembly (wasm/lm.ts, AssemblyScript; built into
 * lm-wasm.generated.ts by scripts/build-wasm.mjs): a report's first check asks the model ~15,000
 * times before V8 has compiled JavaScript that asks it, and that first run, not the lookups, was
 * most of the model's cost to a cold start. The index and the tables (about 4 MB) are read into
 * the module's memory and checked here when the model is first used; each group is read the first
 * time the module asks for it (`readGroup`: a report needs ~4,000 of the 207,000, ~1.5 MB) — after
 * WHOLE_AFTER of them, as in a batch or an editor, the rest of them at once — and the module checks
 * it. The loops that ask most run in the module whole — the pass over a paragraph
 * (`modelPass`), the gain of a change (`boundedGain`), a place's candidates' pairs
 * (`candidateScores`, `pairsBefore`, `pairLogProbsAfter`), a gap's proposed characters
 * (`insertionSums`), a stretch's sum (`logProbSum`): a call across the boundary costs more
 * than one lookup.
 *
 * Text is given as code units normalised by `normalise` (digits → 0, Latin letters → a), with
 * BOS before a paragraph and EOS after it: any array of them, or — without a copy — the buffers
 * `paragraphBuffers` hands out, which live in the module's memory.
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

/**
 * The little of the WebAssembly API this module uses (declared here: core's TypeScript is built
 * without the DOM's declarations, where the full API is declared).
 */
interface WasmMemory {
  readonly buffer: ArrayBuffer;
  grow(pages: number): number;
}
interface WasmApi {
  Module: new (bytes: Uint8Array) => object;
  Instance: new (module: object, imports: object) => { exports: unknown };
}
const { WebAssembly: wasm } = globalThis as unknown as { WebAssembly: WasmApi };

/** What the module exports (wasm/lm.ts). */
interface Lookups {
  memory: WasmMemory;
  init(at: number, scratch: number): void;
  emptyGroupAt(): number;
  conditionalLogProb(s: number, j: number, from: number, unit: number, context: number): number;
  knowsUnit(unit: number): number;
  hasPair(first: number, second: number): number;
  pairLogProb(first: number, second: number, missing: number): number;
  pairLogProbsAfter(first: number, seconds: number, n: number, out: number, missing: number): void;
  followerCeiling(first: number, second: number): number;
  unigramLogProb(unit: number): number;
  storedQuant(s: number, a: number, b: number): number;
  lpPass(s: number, n: number, lp: number, match: number): void;
  boundedGain(s: number, lp: number, from: number, to: number, floor: number, context: number): number;
  candidateScores(before: number, unit: number, after: number, seconds: number, n: number, out: number, missing: number, slack: number): void;
  pairsBefore(firsts: number, n: number, second: number, out: number): void;
  insertionSums(s: number, at: number, last: number, lpNext: number, floor: number, context: number, proposals: number, n: number, out: number): void;
  logProbSum(s: number, at: number, end: number, floor: number, context: number): number;
}

/**
 * The module's memory: below MODEL_AT, fixed places — the unit index, the empty group and the
 * last match length (the module's scratch), a window for text given as a plain array, a place's candidates and their
 * pairs' probabilities; at MODEL_AT the file's index and tables; after them the groups read one
 * by one so far, one after another (room for all of them: memory not yet written costs nothing);
 * after those, room for the groups' part of the file read whole; after that, growing as a
 * paragraph needs, the paragraph buffers.
 */
const PAGE = 65536;
const SCRATCH_AT = PAGE;
const WINDOW_AT = SCRATCH_AT + 4 * 65536 + 64;
const WINDOW_UNITS = 64;
const SECONDS_AT = WINDOW_AT + 2 * WINDOW_UNITS;
const SECONDS_UNITS = 1024;
const OUT_AT = SECONDS_AT + 2 * SECONDS_UNITS;
const MODEL_AT = 7 * PAGE;
/** Where the module writes the last match length (after the unit index and the empty group). */
const MATCHED_AT = SCRATCH_AT + 4 * 65536 + 4;

interface Model {
  reader: DataReader;
  file: string;
  size: number;
  order: number;
  pairCount: number;
  /** Where groupStart[0] is, as an index of `u32`. */
  groupStartIndex: number;
  /** The groups read one by one so far: from arenaAt to arenaUsed (4-aligned), at most to arenaEnd. */
  arenaUsed: number;
  arenaEnd: number;
  /** How many groups have been read one by one. */
  groupsRead: number;
  /** Where the groups' part of the file is in the module's memory once read whole (see WHOLE_AFTER), or -1. */
  imageAt: number;
  emptyGroupAt: number;
  /** log10 of one step of a quantised probability (the file's, as a 32-bit float). */
  probStep: number;
  x: Lookups;
  /** The module's memory as it is now (a new buffer each time it grows), and views of it. */
  buffer: ArrayBuffer;
  u8: Uint8Array;
  u16: Uint16Array;
  u32: Uint32Array;
  f64: Float64Array;
  /** The place of a call's results (SECONDS_UNITS of them), as f64s and as bytes: what the calls that hand out a view return. */
  out: Float64Array;
  outBytes: Uint8Array;
  /** Where the paragraph buffers start, and how many units they hold now. */
  paragraphAt: number;
  capacity: number;
}

const MAGIC = 0x4d4c4c52; // "RLLM"
const VERSION = 4;
const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;
let override: string | null = null;
let loadMs = 0;
let compiled: object | null = null;

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

/**
 * How the loaded model has read its groups so far: how many one by one, and whether the rest were
 * then read whole (see WHOLE_AFTER); none before the model is first used. For tests and benchmarks.
 */
export function languageModelGroupReads(): { oneByOne: number; whole: boolean } {
  const m = state.peek();
  return m === null ? { oneByOne: 0, whole: false } : { oneByOne: m.groupsRead, whole: m.imageAt >= 0 };
}

/** The compiled module (compiled once a process; 3 KB, so synchronously, also on a page's main thread). */
function lookupsModule(): object {
  if (compiled === null) {
    const text = atob(LM_WASM_BASE64);
    const bytes = new Uint8Array(text.length);
    for (let i = 0; i < text.length; i++) bytes[i] = text.charCodeAt(i);
    compiled = new wasm.Module(bytes);
  }
  return compiled;
}

/** What the module's `damaged(kind)` reports (wasm/lm.ts). */
const DAMAGE = ["", "已损坏（索引无序）", "已损坏（数据块不完整）", "已损坏（数据块无序）"];

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
    if (!LITTLE_ENDIAN) throw new LanguageModelError(file, "需要小端字节序的计算机");
    const size = reader.size;
    if (size < 32) throw new LanguageModelError(file, "已损坏（文件过短）");
    const head = new DataView(reader.read(0, 32).buffer);
    if (head.getUint32(0, true) !== MAGIC || head.getUint32(4, true) !== VERSION) throw new LanguageModelError(file, "已损坏（不是 report-lint 语言模型）");
    const order = head.getUint32(8, true);
    const unitCount = head.getUint32(12, true);
    const pairCount = head.getUint32(28, true);
    const tableStartAt = 32 + 4 * unitCount;
    const groupStartAt = tableStartAt + 4 * (unitCount + 1);
    const unigramsAt = groupStartAt + 4 * (pairCount + 1);
    const slotsAt = unigramsAt + pad4(2 * unitCount);
    if (order < 1 || order > 4 || unitCount === 0 || unitCount > 65536 || pairCount > 65536 * 65536 || slotsAt > size) throw new LanguageModelError(file, "已损坏（索引不完整）");
    let m: Model | null = null;
    const x = new wasm.Instance(lookupsModule(), {
      env: {
        damaged: (kind: number) => damaged(m!, DAMAGE[kind] ?? DAMAGE[1]!),
        readGroup: (p: number) => readGroup(m!, p),
      },
    }).exports as unknown as Lookups;
    // Room for the whole file, the groups' part of it a second time (read whole after WHOLE_AFTER
    // groups) and the paragraph buffers: the index and tables are read now, the groups as they are asked for.
    const paragraphAt = pad8(MODEL_AT + 2 * size + 64);
    x.memory.grow(Math.ceil((paragraphAt + PARAGRAPH_BYTES * INITIAL_UNITS) / PAGE) - x.memory.buffer.byteLength / PAGE);
    const u8 = new Uint8Array(x.memory.buffer);
    reader.readInto(0, slotsAt, u8, MODEL_AT);
    const u32 = new Uint32Array(x.memory.buffer);
    const firstUnit = (b: number): number => u32[(MODEL_AT >> 2) + 8 + b]!;
    const tableStart = (b: number): number => u32[((MODEL_AT + tableStartAt) >> 2) + b]!;
    const groupStart = (p: number): number => u32[((MODEL_AT + groupStartAt) >> 2) + p]!;
    const slotCount = tableStart(unitCount);
    const groupsAt = slotsAt + 8 * slotCount;
    if (groupsAt > size) throw new LanguageModelError(file, "已损坏（索引不完整）");
    if (groupStart(0) !== groupsAt || groupStart(pairCount) !== size || tableStart(0) !== 0) throw new LanguageModelError(file, "已损坏（长度不符）");
    for (let b = 0; b < unitCount; b++) {
      if (firstUnit(b) > 0xffff || tableStart(b + 1) < tableStart(b) + 2 || (b > 0 && firstUnit(b) <= firstUnit(b - 1))) throw new LanguageModelError(file, "已损坏（索引无序）");
    }
    reader.readInto(slotsAt, 8 * slotCount, u8, MODEL_AT + slotsAt);
    // Each table's last slot is free, so that every probe ends in its table, in a damaged file too.
    for (let b = 1; b <= unitCount; b++) if (u32[((MODEL_AT + slotsAt) >> 2) + 2 * tableStart(b) - 1] !== 0) throw new LanguageModelError(file, "已损坏（索引无序）");
    x.init(MODEL_AT, SCRATCH_AT);
    const arenaAt = pad8(MODEL_AT + groupsAt);
    m = {
      reader,
      file,
      size,
      order,
      pairCount,
      groupStartIndex: (MODEL_AT + groupStartAt) >> 2,
      arenaUsed: arenaAt,
      arenaEnd: arenaAt + (size - groupsAt),
      groupsRead: 0,
      imageAt: -1,
      emptyGroupAt: x.emptyGroupAt(),
      probStep: head.getFloat32(16, true),
      x,
      ...views(x.memory.buffer),
      paragraphAt,
      capacity: capacityOf(x.memory.buffer, paragraphAt),
    };
    loadMs += performance.now() - t0;
    return m;
  } catch (e) {
    reader.close();
    throw e instanceof LanguageModelError ? e : new LanguageModelError(file, `无法读取（${(e as Error).message}）`);
  }
}

/**
 * After this many groups read one by one, the rest of the groups are read whole. A group read alone
 * costs a system call, a report's first lint ~4,000 of them (25–35 ms on the benchmark machine) and
 * each new report ~1,000–3,000 more; the groups' 10 MB read at once cost about as much as one report's
 * (most of it the first touch of that memory), and nothing after. So a one-report run never reads
 * them whole, and a batch, an editor or a long document does once, a couple of reports in.
 */
const WHOLE_AFTER = 8192;

/**
 * Read pair p's group into the module's memory (the module asks, the first time the group is
 * needed, and checks its content): where it is now — after those read before, or, once the groups
 * have been read whole, at its place in their image. Its place is checked here: a damaged index
 * fails the model as a damaged group does.
 */
function readGroup(m: Model, p: number): number {
  const t0 = performance.now();
  if (p >= m.pairCount) damaged(m, DAMAGE[1]!);
  const start = m.u32[m.groupStartIndex + p]!;
  const end = m.u32[m.groupStartIndex + p + 1]!;
  if (end < start || end > m.size) damaged(m, DAMAGE[1]!);
  if (end === start) return m.emptyGroupAt;
  if (m.imageAt >= 0 || ++m.groupsRead > WHOLE_AFTER) {
    // The groups' part of the file starts where the first group does.
    const groupsAt = m.u32[m.groupStartIndex]!;
    if (m.imageAt < 0) {
      m.imageAt = pad8(m.arenaEnd);
      m.reader.readInto(groupsAt, m.size - groupsAt, m.u8, m.imageAt);
    }
    loadMs += performance.now() - t0;
    if (start < groupsAt || (start & 3) !== 0) damaged(m, DAMAGE[1]!);
    return m.imageAt + (start - groupsAt);
  }
  const at = m.arenaUsed;
  if (at + (end - start) > m.arenaEnd) damaged(m, DAMAGE[1]!);
  m.reader.readInto(start, end - start, m.u8, at);
  m.arenaUsed = pad4(at + end - start);
  loadMs += performance.now() - t0;
  return at;
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
 * Damage found in a part of the file read after its index (a group, or where the index says it
 * is): the model fails from here on, as a file that failed to load (languageModelError() says so;
 * the file is closed).
 */
function damaged(m: Model, detail: string): never {
  m.reader.close();
  throw state.fail(new LanguageModelError(m.file, detail));
}

const pad4 = (n: number): number => (n + 3) & ~3;
const pad8 = (n: number): number => (n + 7) & ~7;

/** Bytes of the paragraph buffers per unit of capacity: two texts (u16), log-probabilities (f64), match lengths (u8). */
const PARAGRAPH_BYTES = 2 + 2 + 8 + 1;
const INITIAL_UNITS = 4096;

/** Views of the module's memory (made again each time it grows: growing replaces the buffer). */
function views(buffer: ArrayBuffer): Pick<Model, "buffer" | "u8" | "u16" | "u32" | "f64" | "out" | "outBytes"> {
  return {
    buffer,
    u8: new Uint8Array(buffer),
    u16: new Uint16Array(buffer),
    u32: new Uint32Array(buffer),
    f64: new Float64Array(buffer),
    out: new Float64Array(buffer, OUT_AT, SECONDS_UNITS),
    outBytes: new Uint8Array(buffer, OUT_AT, SECONDS_UNITS),
  };
}

/** How many units the paragraph buffers at `paragraphAt` hold in `buffer`. */
const capacityOf = (buffer: ArrayBuffer, paragraphAt: number): number => Math.floor((buffer.byteLength - paragraphAt) / PARAGRAPH_BYTES) - 16;

/**
 * A paragraph's buffers in the module's memory, for `units` code units (the text with BOS and
 * EOS): `u` and a second text `v` (a change's text: a character inserted or taken out), `lp` and
 * `match` (what `modelPass` writes). Valid until the next call: the memory may grow then.
 */
export interface ParagraphBuffers {
  u: Uint16Array;
  v: Uint16Array;
  lp: Float64Array;
  match: Uint8Array;
}

export function paragraphBuffers(units: number): ParagraphBuffers {
  const m = get();
  const need = units + 8;
  if (need > m.capacity) {
    m.x.memory.grow(Math.ceil((m.paragraphAt + PARAGRAPH_BYTES * (need + 16) - m.buffer.byteLength) / PAGE));
    Object.assign(m, views(m.x.memory.buffer));
    m.capacity = capacityOf(m.buffer, m.paragraphAt);
  }
  // f64s first (aligned), then the two texts, then the match lengths.
  const at = m.paragraphAt;
  const capacity = m.capacity;
  return {
    lp: new Float64Array(m.buffer, at, units),
    u: new Uint16Array(m.buffer, at + 8 * capacity, units),
    v: new Uint16Array(m.buffer, at + 10 * capacity, units + 8),
    match: new Uint8Array(m.buffer, at + 12 * capacity, units),
  };
}

/** Where `s`'s units [from, to) are in the module's memory: in place if `s` is a buffer of it, else copied to a window (then `s`'s index i is the window's i − base). */
function unitsIn(m: Model, s: ArrayLike<number>, from: number, to: number): { at: number; base: number } {
  if (s instanceof Uint16Array && s.buffer === m.buffer) return { at: s.byteOffset, base: 0 };
  const w = WINDOW_AT >> 1;
  for (let i = from; i < to; i++) m.u16[w + i - from] = s[i]!;
  return { at: WINDOW_AT, base: from };
}

/** Normalise text as the model was built: ASCII digits → 0, ASCII letters → a (the same length). */
export function normalise(text: string): string {
  return text.replace(/[0-9A-Za-z]/gu, (c) => String.fromCharCode(normalisedUnit(c.charCodeAt(0))));
}

/** One code unit as normalise() makes it. */
export function normalisedUnit(c: number): number {
  return c >= 0x30 && c <= 0x39 ? 0x30 : (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a) ? 0x61 : c;
}

/** The loaded model, as an opaque key: what is worked out from the model can be kept by it (another file set by setLanguageModelFile is another key). */
export function languageModelKey(): object {
  return get();
}

/** The model's order (the longest n-gram it knows). */
export function languageModelOrder(): number {
  return get().order;
}

/**
 * The length of the n-gram the last conditionalLogProb found (0: the unit is unknown to the
 * model): the longest n-gram the model kept that ends at that position. Passed as `context` for
 * the next position, it spares the lookups of contexts the model cannot have kept.
 */
export function lastMatchLength(): number {
  return get().u8[MATCHED_AT]!;
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
  if (s instanceof Uint16Array && s.buffer === m.buffer) return m.x.conditionalLogProb(s.byteOffset, j, from, unit, context);
  const first = Math.max(0, from, j - m.order + 1);
  const { at } = unitsIn(m, s, first, j + 1);
  return m.x.conditionalLogProb(at, j - first, Math.max(0, from - first), unit, context);
}

/** Does the model know this code unit at all (as a unigram)? */
export function knowsUnit(unit: number): boolean {
  return get().x.knowsUnit(unit) !== 0;
}

/** log10 of the unit's own probability (its unigram), or the unknown unit's. */
export function unigramLogProb(unit: number): number {
  return get().x.unigramLogProb(unit);
}

/** The stored quantised probability of the n-gram s[a..b), or −1 if the model did not keep it. */
function storedQuant(m: Model, s: ArrayLike<number>, a: number, b: number): number {
  if (b - a > m.order || b <= a) return -1;
  const w = unitsIn(m, s, a, b);
  return m.x.storedQuant(w.at, a - w.base, b - w.base);
}

/** Did the model keep the n-gram s[a..b) (seen at least its order's minimum count)? */
export function hasNgram(s: ArrayLike<number>, a: number, b: number): boolean {
  return storedQuant(get(), s, a, b) >= 0;
}

/** Did the model keep the pair of code units (first, second)? */
export function hasPair(first: number, second: number): boolean {
  return get().x.hasPair(first, second) !== 0;
}

/**
 * pairLogProb(first, seconds[k], missing) into out[k] for every k: the followers of one unit
 * looked up in its one table, in the module — followerLogProbs for any number of units, copied out.
 */
export function pairLogProbsAfter(first: number, seconds: Uint16Array, out: Float64Array, missing: number): void {
  for (let from = 0; from < seconds.length; from += SECONDS_UNITS) {
    const n = Math.min(SECONDS_UNITS, seconds.length - from);
    out.set(followerLogProbs(first, seconds.subarray(from, from + n), missing).subarray(0, n), from);
  }
}

/**
 * pairLogProbsAfter of at most SECONDS_UNITS units, without a copy of the results: a view of the
 * module's memory (its first seconds.length entries; see RESULTS), valid until the next call that
 * hands out one (the 错别字 search's candidates).
 */
export function followerLogProbs(first: number, seconds: Uint16Array, missing: number): Float64Array {
  const m = get();
  const n = candidatesIn(m, seconds);
  m.x.pairLogProbsAfter(first, SECONDS_AT, n, OUT_AT, missing);
  return m.out;
}

/**
 * An upper bound on log10 p(second | any context that ends with first): 0 when the model kept
 * the pair (a longer n-gram may make second likely), else first's backoff weight plus second's
 * unigram — no n-gram that ends with an unkept pair is kept (scripts/build-lm.mjs refuses a
 * model whose n-gram lost its suffix), so the walk can only back off to the unigram.
 */
export function followerCeiling(first: number, second: number): number {
  return get().x.followerCeiling(first, second);
}

/** The stored log10 probability of second after first (storedLogProb of a pair, without an array to hold it), or `missing`. */
export function pairLogProb(first: number, second: number, missing: number): number {
  return get().x.pairLogProb(first, second, missing);
}

/** The stored log10 probability of the n-gram s[a..b) (its last unit after the others), or `missing` if the model did not keep it. */
export function storedLogProb(s: ArrayLike<number>, a: number, b: number, missing: number): number {
  const m = get();
  const q = storedQuant(m, s, a, b);
  if (q < 0) return missing;
  return -m.probStep * q;
}

/**
 * The model's pass over a paragraph's buffers (`b.u` holds `units` code units, BOS … EOS):
 * b.lp[j] = conditionalLogProb(b.u, j, 0) and b.match[j] its match length, for j in 1..units − 1.
 */
export function modelPass(b: ParagraphBuffers, units: number): void {
  get().x.lpPass(b.u.byteOffset, units, b.lp.byteOffset, b.match.byteOffset);
}

/**
 * The change in log-probability of units [from, to) of `b.u` (as it stands) against `b.lp`, the
 * text's as written, or −Infinity as soon as it cannot reach `floor`: every later term can at
 * best rise to 0. `context` is the model's match length at from − 1 (unchanged by the edit).
 */
export function boundedGain(b: ParagraphBuffers, from: number, to: number, floor: number, context: number): number {
  return get().x.boundedGain(b.u.byteOffset, b.lp.byteOffset, from, to, floor, context);
}

/**
 * RESULTS: the calls that answer for a list of units (candidateScores, pairsBefore, insertionSums,
 * followerLogProbs) hand back one view of the module's place for results, SECONDS_UNITS long: the
 * answers are its first entries, one per unit given, and stand until the next such call. (A view
 * of exactly their length was a new object per call, ~1.5 % of the search.)
 */

/** `units` copied to the module's place for a list of candidates (at most SECONDS_UNITS of them: a character's confusion list has ≤ 46). */
function candidatesIn(m: Model, units: Uint16Array): number {
  if (units.length > SECONDS_UNITS) throw new RangeError(`report-lint: ${units.length} candidates for one place; at most ${SECONDS_UNITS}`);
  m.u16.set(units, SECONDS_AT >> 1);
  return units.length;
}

/**
 * The shortlist's scores of the candidates `units` for the unit `unit` between `before` and
 * `after` (src/spelling.ts shortlist): the sum of each candidate's two pairs' stored
 * log-probabilities, NaN where it does not qualify (the unit written; its left pair alone, or the
 * sum, below the written unit's two pairs less `slack`; neither pair kept). A view of the
 * module's memory (see RESULTS).
 */
export function candidateScores(before: number, unit: number, after: number, units: Uint16Array, missing: number, slack: number): Float64Array {
  const m = get();
  const n = candidatesIn(m, units);
  m.x.candidateScores(before, unit, after, SECONDS_AT, n, OUT_AT, missing, slack);
  return m.out;
}

/** 1 for each of `units` that the model kept a pair with `second` after it, else 0. A view of the module's memory (see RESULTS). */
export function pairsBefore(units: Uint16Array, second: number): Uint8Array {
  const m = get();
  const n = candidatesIn(m, units);
  m.x.pairsBefore(SECONDS_AT, n, second, OUT_AT);
  return m.outBytes;
}

/**
 * The dropped-character search's weighing of each of the characters `proposals`, inserted in turn
 * at `at` of `b.v` (the text around the gap as the model reads it, up to `last`): the sum of the
 * log-probabilities from it to `last`, or −Infinity as soon as it cannot reach what it must — it
 * and the next unit together no worse than that unit alone after the gap (`lpNext`), then the
 * whole no less than `floor`. `context` is the match length before the gap. A view of the
 * module's memory (see RESULTS).
 */
export function insertionSums(b: ParagraphBuffers, at: number, last: number, lpNext: number, floor: number, context: number, proposals: Uint16Array): Float64Array {
  const m = get();
  const n = candidatesIn(m, proposals);
  m.x.insertionSums(b.v.byteOffset, at, last, lpNext, floor, context, SECONDS_AT, n, OUT_AT);
  return m.out;
}

/**
 * The sum of the log-probabilities of units at .. end − 1 of `s`, one of the buffers
 * `paragraphBuffers` handed out, stopping as soon as it falls below `floor` (every term is ≤ 0;
 * −Infinity: the whole stretch). `context` is the match length before `at` (ANY_CONTEXT: not known).
 */
export function logProbSum(s: Uint16Array, at: number, end: number, floor: number, context: number): number {
  const m = get();
  if (s.buffer !== m.buffer) throw new RangeError("report-lint: logProbSum needs a buffer of paragraphBuffers()");
  return m.x.logProbSum(s.byteOffset, at, end, floor, context);
}
