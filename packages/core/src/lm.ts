import { closeSync, fstatSync, openSync } from "node:fs";
import { fileURLToPath } from "node:url";
import { LoadOnce, dataFile, numbers, readAt } from "./data-file.js";

/**
 * A character n-gram model of official Chinese prose: how plausible each character is after the
 * ones before it, in the language of laws, regulations and government reports. The 错别字 rule
 * asks it whether a sentence reads better with another character in one place.
 *
 * The model is interpolated Kneser–Ney over UTF-16 code units (orders 1–4), estimated by
 * scripts/build-lm.mjs from 19.4 M characters of state-organ prose, pruned and quantised to one
 * byte per probability into data/lm.bin (copied to dist/jieba/ by the build). The file is read
 * as the segmenter's dictionary is: a small index first, then the n-grams that start with one
 * code unit as a block, the first time one of them is asked for — a report touches the blocks of
 * its own characters and their candidates, not the whole file.
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
  hashes: Uint32Array;
  /** Open-addressing table over `hashes` (index + 1, 0 empty), built when the block is read: one or two probes instead of a bisection. */
  slots: Int32Array;
  mask: number;
  /** prob[i], then backoff[i] at count + i. */
  quants: Uint8Array;
}

interface Model {
  fd: number;
  file: string;
  order: number;
  probStep: number;
  backoffStep: number;
  unknown: number;
  /** Block index by first code unit (−1: no n-gram starts with it). */
  blockOf: Int32Array;
  starts: Uint32Array;
  blocks: Array<Block | undefined>;
}

const MAGIC = 0x4d4c4c52; // "RLLM"
let override: string | null = null;
let loadMs = 0;

/** Use another model file (tests; a bundle that keeps it elsewhere). Forgets the loaded model. */
export function setLanguageModelFile(path: string | null): void {
  const loaded = state.reset();
  if (loaded !== null) closeSync(loaded.fd);
  override = path;
}

/** Milliseconds spent reading the model so far (for benchmarks). */
export function languageModelLoadTime(): number {
  return loadMs;
}

function load(): Model {
  const file = override ?? fileURLToPath(dataFile("lm.bin"));
  const t0 = performance.now();
  let fd: number;
  try {
    fd = openSync(file, "r");
  } catch {
    throw new LanguageModelError(file, "缺失或无法读取");
  }
  try {
    const size = fstatSync(fd).size;
    if (size < 32) throw new LanguageModelError(file, "已损坏（文件过短）");
    const head = readAt(fd, 0, 32, file);
    const view = new DataView(head.buffer);
    if (view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== 1) throw new LanguageModelError(file, "已损坏（不是 report-lint 语言模型）");
    const order = view.getUint32(8, true);
    const blockCount = view.getUint32(12, true);
    const indexBytes = 4 * blockCount + 4 * (blockCount + 1);
    if (order < 1 || order > 8 || blockCount === 0 || blockCount > 65536 || 32 + indexBytes > size) throw new LanguageModelError(file, "已损坏（索引不完整）");
    const index = readAt(fd, 32, indexBytes, file);
    const firstUnits = numbers<Uint32Array>(Uint32Array, index, 0, blockCount);
    const starts = numbers<Uint32Array>(Uint32Array, index, 4 * blockCount, blockCount + 1);
    if (starts[0] !== 32 + indexBytes || starts[blockCount] !== size) throw new LanguageModelError(file, "已损坏（长度不符）");
    const blockOf = new Int32Array(65536).fill(-1);
    for (let b = 0; b < blockCount; b++) {
      if (firstUnits[b]! > 0xffff || starts[b + 1]! < starts[b]! + 4 || (b > 0 && firstUnits[b]! <= firstUnits[b - 1]!)) throw new LanguageModelError(file, "已损坏（索引无序）");
      blockOf[firstUnits[b]!] = b;
    }
    loadMs += performance.now() - t0;
    return {
      fd,
      file,
      order,
      probStep: view.getFloat32(16, true),
      backoffStep: view.getFloat32(20, true),
      unknown: view.getFloat32(24, true),
      blockOf,
      starts,
      blocks: new Array<Block | undefined>(blockCount),
    };
  } catch (e) {
    closeSync(fd);
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

function block(m: Model, unit: number): Block | null {
  const b = m.blockOf[unit]!;
  if (b < 0) return null;
  let blk = m.blocks[b];
  if (blk === undefined) {
    const t0 = performance.now();
    const start = m.starts[b]!;
    const bytes = readAt(m.fd, start, m.starts[b + 1]! - start, m.file);
    const count = numbers<Uint32Array>(Uint32Array, bytes, 0, 1)[0]!;
    if (4 + 6 * count > bytes.length) throw new LanguageModelError(m.file, "已损坏（数据块不完整）");
    const hashes = numbers<Uint32Array>(Uint32Array, bytes, 4, count);
    let size = 8;
    while (size < 2 * count) size <<= 1;
    const mask = size - 1;
    const slots = new Int32Array(size);
    for (let k = 0; k < count; k++) {
      let at = hashes[k]! & mask;
      while (slots[at] !== 0) at = (at + 1) & mask;
      slots[at] = k + 1;
    }
    blk = { hashes, slots, mask, quants: bytes.subarray(4 + 4 * count, 4 + 6 * count) };
    m.blocks[b] = blk;
    loadMs += performance.now() - t0;
  }
  return blk;
}

/** The hash scripts/build-lm.mjs gives an n-gram: FNV-1a over its code units, then mixed. */
function hashOf(s: ArrayLike<number>, from: number, to: number, last: number): number {
  let h = 0x811c9dc5;
  for (let i = from; i < to; i++) h = Math.imul(h ^ s[i]!, 0x01000193);
  if (last >= 0) h = Math.imul(h ^ last, 0x01000193);
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Position of an n-gram with this hash in `blk`, or −1. */
function find(blk: Block, hash: number): number {
  const { slots, hashes, mask } = blk;
  for (let at = hash & mask; ; at = (at + 1) & mask) {
    const k = slots[at]!;
    if (k === 0) return -1;
    if (hashes[k - 1] === hash) return k - 1;
  }
}

/** Normalise text as the model was built: ASCII digits → 0, ASCII letters → a (the same length). */
export function normalise(text: string): string {
  return text.replace(/[0-9]/gu, "0").replace(/[A-Za-z]/gu, "a");
}

/** The model's order (the longest n-gram it knows). */
export function languageModelOrder(): number {
  return get().order;
}

/**
 * log10 p(s[j] | s[max(from, j − order + 1) .. j − 1]) — the plausibility of the code unit at `j`
 * after those before it, not looking before `from` (a paragraph's BOS). `unit`, if given, stands
 * in for s[j] (to ask about another character without copying the text).
 */
export function conditionalLogProb(s: ArrayLike<number>, j: number, from: number, unit = -1): number {
  const m = get();
  const w = unit >= 0 ? unit : s[j]!;
  let back = 0;
  for (let a = Math.max(from, j - m.order + 1); a < j; a++) {
    const blk = block(m, s[a]!);
    if (blk === null) continue;
    const g = find(blk, hashOf(s, a, j, w));
    if (g >= 0) return back - m.probStep * blk.quants[g]!;
    // The context s[a..j) as an n-gram of its own: its backoff weight, if the model kept it.
    const h = find(blk, hashOf(s, a, j, -1));
    if (h >= 0) back -= m.backoffStep * blk.quants[blk.hashes.length + h]!;
  }
  const blk = block(m, w);
  const u = blk === null ? -1 : find(blk, hashOf(s, 0, 0, w));
  return back + (u >= 0 ? -m.probStep * blk!.quants[u]! : m.unknown);
}

/** Does the model know this code unit at all (as a unigram)? */
export function knowsUnit(unit: number): boolean {
  const m = get();
  const blk = block(m, unit);
  return blk !== null && find(blk, hashOf([], 0, 0, unit)) >= 0;
}

/** Did the model keep the n-gram s[a..b) (seen at least its order's minimum count)? */
export function hasNgram(s: ArrayLike<number>, a: number, b: number): boolean {
  const m = get();
  const blk = block(m, s[a]!);
  return blk !== null && find(blk, hashOf(s, a, b, -1)) >= 0;
}

/** The stored log10 probability of the n-gram s[a..b) (its last unit after the others), or `missing` if the model did not keep it. */
export function storedLogProb(s: ArrayLike<number>, a: number, b: number, missing: number): number {
  const m = get();
  const blk = block(m, s[a]!);
  if (blk === null) return missing;
  const g = find(blk, hashOf(s, a, b, -1));
  return g >= 0 ? -m.probStep * blk.quants[g]! : missing;
}
