/**
 * The helpers that read the package's data files — the segmenter's dictionary and HMM
 * (scripts/build-dict.mjs), the language model (scripts/build-lm.mjs) and the confusion set
 * (scripts/build-confusion.mjs) — little-endian arrays, opened through the platform (platform.ts
 * in Node, platform.browser.ts in a browser).
 */

import { dataFileLocation, openDataFile } from "./platform.js";

/**
 * The data files core reads from its data directory (dataDirectory()), by name: what a bundle copies
 * and a browser page provides (provideDataFile) — one list for all of them.
 */
export const DATA_FILES = ["dict.bin", "hmm.bin", "lm.bin", "confusion.bin", "places.bin"] as const;

const LITTLE_ENDIAN = new Uint8Array(new Uint16Array([1]).buffer)[0] === 1;

type NumberArray = Uint16Array | Uint32Array | Float64Array;
type NumberArrayOf = { new (length: number): NumberArray; new (buffer: ArrayBufferLike, byteOffset: number, length: number): NumberArray; BYTES_PER_ELEMENT: number };

/**
 * `length` numbers stored little-endian at `at` in a data file's `bytes` (the build scripts
 * write them so): the bytes themselves where the host is little-endian and they are aligned,
 * as they are for every file read whole; a converted copy otherwise.
 */
export function numbers<A extends NumberArray>(Type: NumberArrayOf, bytes: Uint8Array, at: number, length: number): A {
  const size = Type.BYTES_PER_ELEMENT;
  if (LITTLE_ENDIAN && (bytes.byteOffset + at) % size === 0) return new Type(bytes.buffer, bytes.byteOffset + at, length) as A;
  const view = new DataView(bytes.buffer, bytes.byteOffset + at, length * size);
  const out = new Type(length);
  for (let i = 0; i < length; i++) {
    out[i] = size === 2 ? view.getUint16(2 * i, true) : size === 4 ? view.getUint32(4 * i, true) : view.getFloat64(8 * i, true);
  }
  return out as A;
}

/** The whole of the data file `name` (or of the file at `path` given in its place); throws when it cannot be read. */
export function readDataFile(name: string, path: string | null): Uint8Array {
  const reader = openDataFile(name, path);
  try {
    return reader.read(0, reader.size);
  } finally {
    reader.close();
  }
}

/**
 * A data file read whole for a loader that checks it (confusion.bin, places.bin): its bytes and where it is, for the
 * messages; `fail` makes the loader's own one-line error when it cannot be read.
 */
export function readWholeDataFile<E extends Error>(name: string, path: string | null, fail: (file: string, detail: string) => E): { file: string; bytes: Uint8Array } {
  const file = dataFileLocation(name, path);
  try {
    return { file, bytes: readDataFile(name, path) };
  } catch {
    throw fail(file, "无法读取");
  }
}

/**
 * A table of the 65,536 code units: the position in `units` (each block's first unit) of each
 * unit, −1 for the others (a unit above 0xFFFF is left out). The dictionary and the language model
 * look a block up by its first unit at every lookup: one read, not a search.
 */
export function indexByUnit(units: Uint32Array): Int32Array {
  const table = new Int32Array(0x10000).fill(-1);
  for (let b = 0; b < units.length; b++) if (units[b]! <= 0xffff) table[units[b]!] = b;
  return table;
}

/** Where `value` is in the ascending array `sorted`, or -1. */
export function indexIn(sorted: Uint16Array | Uint32Array, value: number): number {
  let lo = 0;
  let hi = sorted.length;
  while (lo < hi) {
    const mid = (lo + hi) >>> 1;
    if (sorted[mid]! < value) lo = mid + 1;
    else hi = mid;
  }
  return lo < sorted.length && sorted[lo] === value ? lo : -1;
}

/**
 * A data file read on first use. A load that fails with a `Failure` is remembered and thrown
 * again, never retried: a rule asks about every character and must not read a broken file each
 * time.
 */
export class LoadOnce<T, Failure extends Error> {
  private value: T | null = null;
  private failure: Failure | null = null;

  constructor(
    private readonly load: () => T,
    private readonly isFailure: (e: unknown) => e is Failure,
    /** Any other error as a Failure, for `error()`. */
    private readonly wrap: (e: unknown) => Failure,
  ) {}

  get(): T {
    if (this.value !== null) return this.value;
    if (this.failure !== null) throw this.failure;
    try {
      return (this.value = this.load());
    } catch (e) {
      if (this.isFailure(e)) this.failure = e;
      throw e;
    }
  }

  /** Why the file cannot be used, or null when it loads; never throws. */
  error(): Failure | null {
    try {
      this.get();
      return null;
    } catch (e) {
      return this.isFailure(e) ? e : this.wrap(e);
    }
  }

  /**
   * Damage found after the load, in a part read later: from now on the file fails as if its load
   * had (every use throws `failure`, error() returns it). Returns `failure`, to be thrown.
   */
  fail(failure: Failure): Failure {
    this.value = null;
    this.failure = failure;
    return failure;
  }

  /** What was loaded, or null (not yet, or failed); never loads. */
  peek(): T | null {
    return this.value;
  }

  /** Forget what was loaded or failed; returns what was loaded, for its owner to close. */
  reset(): T | null {
    const value = this.value;
    this.value = null;
    this.failure = null;
    return value;
  }
}
