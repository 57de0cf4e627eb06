import { LoadOnce, indexIn, numbers, readWholeDataFile } from "./data-file.js";

/**
 * The confusion set of the 错别字 check: for a character, the characters a writer may have
 * typed in its place — same sound (续/旭), a fuzzy-pinyin near sound (银/营), or a similar shape
 * (己/已, 持/特). The language model decides in context which, if any, was meant; this only
 * proposes them.
 *
 * The lists are prepared by scripts/build-confusion.mjs (its header describes how they are
 * derived and the file's layout) into confusion.bin beside the segmenter's data: 12,000
 * characters, 30 candidates each on average, about 800 kB, so it is read whole the first time a
 * character is looked up. Its index is checked then and each character's list when it is first
 * asked for (a report asks for about a tenth of them), so that a damaged file fails clearly
 * rather than proposing nonsense: from the first damage found, every use throws the same error.
 */

/** `stroke`: alike only in their stroke orders (王/工, 于/干, 冢/家), a looser likeness than `shape`'s parts. */
export type ConfusionKind = "homophone" | "near-sound" | "shape" | "stroke";

export interface Confusable {
  readonly char: string;
  readonly kind: ConfusionKind;
  /** A shape of the closest likeness (tiers 0 and 1 of scripts/build-confusion.mjs: 己/已, 人/入, 日/曰, 未/末): one a reader's eye slides over. */
  readonly closest?: true;
}

/** A missing or corrupt confusion set: one line that names the file. */
export class ConfusionSetError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`report-lint: 错别字候选字表 ${file} 缺失或已损坏（${detail}）`);
    this.name = "ConfusionSetError";
  }
}

interface Table {
  file: string;
  /** Code points, ascending. */
  chars: Uint32Array;
  /** Where each character's list begins in `entries`; one more than `chars`. */
  starts: Uint32Array;
  /** Index of the candidate in `chars` | kind << 14. */
  entries: Uint16Array;
  /** Bit k set where entry k is a closest shape (see Confusable.closest). */
  closest: Uint8Array;
  /** Lists built so far, by code point. */
  lists: Map<number, ReadonlyArray<Confusable>>;
  /**
   * One Confusable per entry value (candidate | kind << 14), shared by every list that holds it:
   * a batch looks up most of the 12,000 characters, and a fresh object per list entry cost a
   * worker thread ~15 MB.
   */
  entryObjects: Array<Confusable | undefined>;
}

/** The kinds in the order of their codes in the file. */
const KINDS: readonly ConfusionKind[] = ["homophone", "shape", "near-sound", "stroke"];
const MAGIC = 0x46434c52; // "RLCF"
const VERSION = 2;
const NONE: ReadonlyArray<Confusable> = Object.freeze([]);

let override: string | null = null;

/** Use another confusion.bin (tests; a bundle that keeps it elsewhere), or the built one again with null. */
export function setConfusionFile(path: string | null): void {
  state.reset();
  override = path;
}

function load(): Table {
  const { file, bytes } = readWholeDataFile("confusion.bin", override, (f, detail) => new ConfusionSetError(f, detail));
  const corrupt = (detail: string) => new ConfusionSetError(file, detail);
  if (bytes.length < 16) throw corrupt("文件过短");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  if (view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== VERSION) throw corrupt("不是 report-lint 候选字表");
  const n = view.getUint32(8, true);
  const m = view.getUint32(12, true);
  const entriesAt = 16 + 4 * n + 4 * (n + 1);
  const closestAt = Math.ceil((entriesAt + 2 * m) / 4) * 4;
  if (n === 0 || n > 1 << 14 || bytes.length !== closestAt + Math.ceil(Math.ceil(m / 8) / 4) * 4) throw corrupt("长度不符");
  const chars = numbers<Uint32Array>(Uint32Array, bytes, 16, n);
  const starts = numbers<Uint32Array>(Uint32Array, bytes, 16 + 4 * n, n + 1);
  const entries = numbers<Uint16Array>(Uint16Array, bytes, entriesAt, m);
  if (starts[0] !== 0 || starts[n] !== m) throw corrupt("索引不完整");
  for (let i = 0; i < n; i++) {
    if (chars[i]! > 0x10ffff || (i > 0 && chars[i]! <= chars[i - 1]!) || starts[i + 1]! < starts[i]!) throw corrupt("索引无序");
  }
  const closest = bytes.subarray(closestAt, closestAt + Math.ceil(m / 8));
  return { file, chars, starts, entries, closest, lists: new Map(), entryObjects: new Array<Confusable | undefined>(2 * (KINDS.length << 14)) };
}

const state = new LoadOnce(
  load,
  (e): e is ConfusionSetError => e instanceof ConfusionSetError,
  (e) => new ConfusionSetError("confusion.bin", String(e)),
);
const loaded = (): Table => state.get();

/** Is the confusion set there and sound? Reads it if not read yet; never throws. */
export function confusionSetError(): ConfusionSetError | null {
  return state.error();
}

/**
 * The characters a writer may have meant where `char` is written: homophones first (the more
 * frequent first), then similar shapes (by their parts, then by their strokes), then near sounds; at most 46. Empty for a character
 * without candidates and for anything but one code point. Throws ConfusionSetError if
 * confusion.bin is missing or corrupt.
 */
export function confusables(char: string): ReadonlyArray<Confusable> {
  const t = loaded();
  const cp = char.codePointAt(0);
  if (cp === undefined || char.length !== (cp > 0xffff ? 2 : 1)) return NONE;
  let list = t.lists.get(cp);
  if (list === undefined) {
    const i = indexIn(t.chars, cp);
    if (i < 0) return NONE;
    const found: Confusable[] = [];
    for (let k = t.starts[i]!; k < t.starts[i + 1]!; k++) {
      const e = t.entries[k]!;
      const candidate = e & 0x3fff;
      // Damage found here fails the whole set from now on, as a file that failed to load.
      if (candidate >= t.chars.length || candidate === i || e >>> 14 >= KINDS.length) throw state.fail(new ConfusionSetError(t.file, "候选字无效"));
      const closest = (t.closest[k >>> 3]! >>> (k & 7)) & 1;
      const key = e + (closest << 16);
      found.push((t.entryObjects[key] ??= Object.freeze({ char: String.fromCodePoint(t.chars[candidate]!), kind: KINDS[e >>> 14]!, ...(closest === 1 ? { closest: true as const } : {}) })));
    }
    list = found.length === 0 ? NONE : Object.freeze(found);
    t.lists.set(cp, list);
  }
  return list;
}

/**
 * The one position before `end` where `written` and `meant`, of one length, differ (府城区 and 涪城区: 0), or -1 where
 * they differ in none or in more: where one character typed for another would make the one of the other.
 */
export function oneApart(written: string, meant: string, end = meant.length): number {
  if (written.length !== meant.length) return -1;
  let at = -1;
  for (let k = 0; k < end; k++) {
    if (meant[k] === written[k]) continue;
    if (at !== -1) return -1;
    at = k;
  }
  return at;
}

/** How `candidate` may have been confused with `written` (a candidate in its list), or null. */
export function confusionKindOf(written: string, candidate: string): ConfusionKind | null {
  return confusables(written).find((c) => c.char === candidate)?.kind ?? null;
}
