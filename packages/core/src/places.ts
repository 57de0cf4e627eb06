import { LoadOnce, numbers, readDataFile } from "./data-file.js";
import { dataFileLocation } from "./platform.js";

/**
 * The names of China's administrative divisions down to the village (潞州区, 徐镇镇, 禹临村,
 * 多福巷社区), from the 国家统计局's division codes (scripts/build-places.mjs describes the source
 * and which names): a real place's name is written as its people write it, however much better
 * the language model reads a word one change away (潞州区 → 泸州区, 禹临村 → 于临村), so the
 * 错别字 check leaves a character alone inside one. On two sets of ~8,800 sentences naming real
 * counties, townships and villages (docs/benchmarks.md), wrong-character's findings went from 267
 * to 3 and from 269 to 4; on ECSpell's 1,720 official sentences the list silences none.
 *
 * places.bin is read whole on the first question (3.7 MB, a few milliseconds) and never parsed:
 * a lookup is a binary search over its names as they lie in the file.
 */

/** A missing or corrupt place-name list: one line that names the file. */
export class PlaceNamesError extends Error {
  constructor(
    readonly file: string,
    detail: string,
  ) {
    super(`report-lint: 行政区划名称表 ${file} 缺失或已损坏（${detail}）`);
    this.name = "PlaceNamesError";
  }
}

const MAGIC = 0x4e504c52; // "RLPN"
const VERSION = 2;
const EDGES = 0x10000;
const NEWLINE = 0x0a;
/** The longest name looked for in a text (of the list's 341,662 names, 99.9 % are this long or shorter). */
export const LONGEST_PLACE_NAME = 16;
/** The shortest name in the list (a county's or a township's: 攸县, 柳乡; see scripts/build-places.mjs). */
const SHORTEST = 2;

interface Names {
  /** The names, each followed by U+000A, in code-unit order. */
  units: Uint16Array;
  /** By code unit: bit 1 where it begins a name, bit 2 where it ends one (most windows of a text need no search). */
  edges: Uint8Array;
}

let override: string | null = null;

/** Use another places.bin (tests), or the built one again with null. */
export function setPlaceNamesFile(path: string | null): void {
  state.reset();
  override = path;
}

function load(): Names {
  const file = dataFileLocation("places.bin", override);
  let bytes: Uint8Array;
  try {
    bytes = readDataFile("places.bin", override);
  } catch {
    throw new PlaceNamesError(file, "无法读取");
  }
  const corrupt = (detail: string) => new PlaceNamesError(file, detail);
  if (bytes.length < 16) throw corrupt("文件过短");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  if (view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== VERSION) throw corrupt("不是 report-lint 行政区划名称表");
  const count = view.getUint32(8, true);
  const length = view.getUint32(12, true);
  if (count === 0 || bytes.length !== 16 + EDGES + 2 * length) throw corrupt("长度不符");
  const edges = bytes.subarray(16, 16 + EDGES);
  const units = numbers<Uint16Array>(Uint16Array, bytes, 16 + EDGES, length);
  // The list begins with a name and ends with a newline: a file cut short fails on its length, one overwritten at
  // either end here. (Counting its 363,000 newlines would cost every first check a few milliseconds.)
  if (length < 2 || units[length - 1] !== NEWLINE || units[0] === NEWLINE) throw corrupt("名称表不完整");
  return { units, edges };
}

const state = new LoadOnce(
  load,
  (e): e is PlaceNamesError => e instanceof PlaceNamesError,
  (e) => new PlaceNamesError("places.bin", String(e)),
);

/** Is the place-name list there and sound? Reads it if not read yet; never throws. */
export function placeNamesError(): PlaceNamesError | null {
  return state.error();
}

/** −1, 0 or 1 as text[from, to) sorts before, as or after the name starting at `at` in `units`. */
function compareAt(units: Uint16Array, at: number, text: string, from: number, to: number): number {
  for (let k = 0; ; k++) {
    const u = units[at + k]!;
    if (from + k === to) return u === NEWLINE ? 0 : -1;
    if (u === NEWLINE) return 1;
    const c = text.charCodeAt(from + k);
    if (c !== u) return c < u ? -1 : 1;
  }
}

/** Is text[from, to) the name of an administrative division? Throws PlaceNamesError if places.bin is missing or corrupt. */
export function isPlaceName(text: string, from: number, to: number): boolean {
  if (to - from < SHORTEST || to - from > LONGEST_PLACE_NAME) return false;
  const { units } = state.get();
  // A binary search over the units: a probe backs up to the start of the name it falls in.
  let lo = 0;
  let hi = units.length;
  while (lo < hi) {
    let mid = (lo + hi) >>> 1;
    while (mid > lo && units[mid - 1] !== NEWLINE) mid--;
    const order = compareAt(units, mid, text, from, to);
    if (order === 0) return true;
    if (order < 0) hi = mid;
    else {
      // Past this name.
      let end = mid;
      while (units[end] !== NEWLINE) end++;
      lo = end + 1;
    }
  }
  return false;
}

/**
 * Does a place's name in `text` hold the characters [from, to) — or, where from === to, the gap
 * before `from` strictly inside it? The name may reach LONGEST_PLACE_NAME on either side.
 */
export function insidePlaceName(text: string, from: number, to: number): boolean {
  const { edges } = state.get();
  const gap = from === to;
  for (let a = Math.max(0, to - LONGEST_PLACE_NAME); a <= from - (gap ? 1 : 0); a++) {
    if ((edges[text.charCodeAt(a)]! & 1) === 0) continue;
    for (let b = Math.max(to + (gap ? 1 : 0), a + SHORTEST); b <= Math.min(text.length, a + LONGEST_PLACE_NAME); b++) {
      if ((edges[text.charCodeAt(b - 1)]! & 2) !== 0 && isPlaceName(text, a, b)) return true;
    }
  }
  return false;
}
