import { confusionKindOf, oneApart, type ConfusionKind } from "./confusion.js";
import { LoadOnce, numbers, readWholeDataFile } from "./data-file.js";
import { TwoDocuments } from "./two-documents.js";

/**
 * The names of China's administrative divisions down to the village (潞州区, 徐镇镇, 禹临村,
 * 多福巷社区), from the 国家统计局's division codes (scripts/build-places.mjs describes the source
 * and which names): a real place's name is written as its people write it, however much better
 * the language model reads a word one change away (潞州区 → 泸州区, 禹临村 → 于临村), so the
 * 错别字 check leaves a character alone inside one. On two sets of ~8,800 sentences naming real
 * counties, townships and villages (docs/benchmarks.md), wrong-character's findings went from 267
 * to 3 and from 269 to 4; on ECSpell's 1,720 official sentences the list silences none.
 *
 * The list also says which county-level division lies under which prefecture and which township
 * under which county: placeSlips finds a division's name written right after its parent's that the
 * parent does not have, one character alike in sound or shape from one it has (绵阳市府城区 → 涪城区).
 *
 * places.bin is read whole on the first question (4.6 MB, a few milliseconds) and never parsed:
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
const VERSION = 3;
const HEADER = 32;
const EDGES = 0x10000;
const TAB = 0x09;
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
  /** Each division under its parent, "parent U+0009 child U+000A", in code-unit order (see scripts/build-places.mjs). */
  pairs: Uint16Array;
  /** The names that have divisions under them (绵阳市, 阳朔县), each followed by U+000A: read into `byEnd` on the first search for slips. */
  parents: Uint16Array;
  /** Those names by their last two characters (阳县: 阳朔县, 绵阳县 …). */
  byEnd: Map<string, string[]> | null;
}

let override: string | null = null;

/** Use another places.bin (tests), or the built one again with null. */
export function setPlaceNamesFile(path: string | null): void {
  state.reset();
  paragraphs = new TwoDocuments();
  override = path;
}

function load(): Names {
  const { file, bytes } = readWholeDataFile("places.bin", override, (f, detail) => new PlaceNamesError(f, detail));
  const corrupt = (detail: string) => new PlaceNamesError(file, detail);
  if (bytes.length < HEADER) throw corrupt("文件过短");
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.length);
  if (view.getUint32(0, true) !== MAGIC || view.getUint32(4, true) !== VERSION) throw corrupt("不是 report-lint 行政区划名称表");
  const count = view.getUint32(8, true);
  const length = view.getUint32(12, true);
  const pairCount = view.getUint32(16, true);
  const pairLength = view.getUint32(20, true);
  const parentCount = view.getUint32(24, true);
  const parentLength = view.getUint32(28, true);
  if (count === 0 || pairCount === 0 || parentCount === 0 || bytes.length !== HEADER + EDGES + 2 * (length + pairLength + parentLength)) throw corrupt("长度不符");
  const edges = bytes.subarray(HEADER, HEADER + EDGES);
  const units = numbers<Uint16Array>(Uint16Array, bytes, HEADER + EDGES, length);
  const pairs = numbers<Uint16Array>(Uint16Array, bytes, HEADER + EDGES + 2 * length, pairLength);
  const parents = numbers<Uint16Array>(Uint16Array, bytes, HEADER + EDGES + 2 * (length + pairLength), parentLength);
  // Each list begins with a name and ends with a newline: a file cut short fails on its length, one overwritten at
  // either end here. (Counting its 342,000 newlines would cost every first check a few milliseconds.)
  for (const list of [units, pairs, parents]) if (list.length < 2 || list[list.length - 1] !== NEWLINE || list[0] === NEWLINE) throw corrupt("名称表不完整");
  return { units, edges, pairs, parents, byEnd: null };
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

/** Where key sorts against the line at `at`: < 0 before it, 0 where the line begins with it, > 0 after it. */
function comparePrefix(list: Uint16Array, at: number, key: string): number {
  for (let k = 0; k < key.length; k++) {
    const u = list[at + k]!;
    if (u === NEWLINE) return 1;
    const c = key.charCodeAt(k);
    if (c !== u) return c < u ? -1 : 1;
  }
  return 0;
}

const NONE: readonly string[] = [];

/** The parents' names that end at `a` in the text (绵阳市 in 在绵阳市府城区 at 4), longest first. */
function parentsEndingAt(text: string, a: number): readonly string[] {
  if (a < 2) return NONE;
  const names = state.get();
  if (names.byEnd === null) {
    names.byEnd = new Map();
    for (const name of String.fromCharCode(...names.parents).split("\n").slice(0, -1)) {
      const key = name.slice(-2);
      const list = names.byEnd.get(key) ?? [];
      list.push(name);
      names.byEnd.set(key, list);
    }
    for (const list of names.byEnd.values()) list.sort((x, y) => y.length - x.length);
  }
  const list = names.byEnd.get(text.slice(a - 2, a));
  if (list === undefined) return NONE;
  return list.filter((name) => name.length <= a && text.startsWith(name, a - name.length));
}

/** The divisions under the place named `parent` (绵阳市: 涪城区, 游仙区 …; 朝阳区: both 朝阳区s' townships). */
function childrenOf(parent: string): string[] {
  const { pairs } = state.get();
  const key = `${parent}\t`;
  let lo = 0;
  let hi = pairs.length;
  while (lo < hi) {
    let mid = (lo + hi) >>> 1;
    while (mid > lo && pairs[mid - 1] !== NEWLINE) mid--;
    if (comparePrefix(pairs, mid, key) <= 0) hi = mid;
    else {
      let end = mid;
      while (pairs[end] !== NEWLINE) end++;
      lo = end + 1;
    }
  }
  const out: string[] = [];
  for (let at = lo; at < pairs.length && comparePrefix(pairs, at, key) === 0; ) {
    let end = at + key.length;
    while (pairs[end] !== NEWLINE) end++;
    out.push(String.fromCharCode(...pairs.subarray(at + key.length, end)));
    at = end + 1;
  }
  return out;
}

/** A division's name written after its parent's with one character that none of the parent's divisions has. */
export interface PlaceSlip {
  /** Where the changed character is in the text. */
  index: number;
  /** The name as written (府城区) and the parent's division it is one character away from (涪城区). */
  written: string;
  meant: string;
  /** The parent's name as written before it (绵阳市). */
  parent: string;
  /** The character meant at `index` (涪). */
  replacement: string;
  /** How the two characters are alike (涪/府: homophone). */
  kind: ConfusionKind;
}

/** The ending of a county's or township's name (涪城区, 段桥镇, 东华门街道), from the end of the name. */
const CHILD_ENDING = /(?:街道|[县区市旗镇乡])$/u;
/** The last character of CHILD_ENDING. */
const CHILD_ENDS = new Set("县区市旗镇乡道");
/** What a parent's name, a prefecture's or a county's, ends with. */
const PARENT_ENDS = new Set("市州盟县区旗");
/** The longest name of a division's own (before its ending) looked for. */
const LONGEST_CHILD = 8;

/**
 * The divisions named right after their parent (绵阳市府城区, 阳朔县高舔镇) that the parent does not have, where one
 * character, alike in sound or shape, makes one it has — and only one (涪城区 for 府城区, 高田镇 for 高舔镇): a slip in a
 * real place's name, which the language model, not knowing the place, cannot see. A name that is a real place anywhere
 * is left alone (the parent's name may be another's), as is anything that is not right after a real parent.
 * Throws PlaceNamesError if places.bin is missing or corrupt.
 */
export function placeSlips(text: string): PlaceSlip[] {
  state.get();
  return [...placesOf(text).slips];
}

/** What a paragraph names of the parents' (each time it names one), and placeSlips' slips in it. */
interface ParagraphPlaces {
  parents: readonly string[];
  slips: readonly PlaceSlip[];
}

function placesOf(text: string): ParagraphPlaces {
  const parents: string[] = [];
  const slips: PlaceSlip[] = [];
  for (let a = 2; a <= text.length; a++) {
    if (!PARENT_ENDS.has(text[a - 1]!)) continue;
    const here = parentsEndingAt(text, a);
    parents.push(...here);
    const slip = slipAfterParents(text, a, here);
    if (slip !== null) slips.push(slip);
  }
  return { parents, slips };
}

/**
 * placesOf of the paragraphs of the document checked last and of the one before it: an editor checks the whole document
 * again after each keystroke, where one paragraph changed (and --fix checks the text its fixes made).
 */
let paragraphs = new TwoDocuments<ParagraphPlaces>();

/** The slip of a division's name starting at `a`, right after the real parents' names `parents` end there, or null. */
function slipAfterParents(text: string, a: number, parents: readonly string[]): PlaceSlip | null {
  if (parents.length === 0) return null;
  for (let b = a + 2; b <= Math.min(text.length, a + LONGEST_CHILD + 2); b++) {
    // (Most 市 and 县 end no parent's name, and most of those that do have no division's ending after them.)
    if (!CHILD_ENDS.has(text[b - 1]!)) continue;
    const written = text.slice(a, b);
    const ending = CHILD_ENDING.exec(written)?.[0];
    if (ending === undefined || written.length - ending.length < 1 || !/^\p{Script=Han}+$/u.test(written)) continue;
    // A real place's name, under this parent or another (the parent's name may be another place's too).
    if (isPlaceName(written, 0, written.length)) return null;
    for (const parent of parents) {
      const slip = slipUnder(parent, a, written, ending);
      if (slip !== null) return slip;
    }
  }
  return null;
}

/** The one division of `parent` that `written` (at a) is a slip of, by one character alike in sound or shape, or null. */
function slipUnder(parent: string, a: number, written: string, ending: string): PlaceSlip | null {
  let found: PlaceSlip | null = null;
  for (const child of childrenOf(parent)) {
    if (!child.endsWith(ending)) continue;
    const at = oneApart(written, child, child.length - ending.length);
    if (at < 0) continue;
    // (Either way round: a character's list keeps its 46 likeliest, and a place's character is often a rare one: 府's
    // has no 涪, 涪's has 府.)
    const kind = confusionKindOf(written[at]!, child[at]!) ?? confusionKindOf(child[at]!, written[at]!);
    if (kind === null) continue;
    // Two of the parent's divisions one character away: which was meant cannot be told.
    if (found !== null) return null;
    found = { index: a + at, written, meant: child, parent, replacement: child[at]!, kind };
  }
  return found;
}

/** How often a document names the parent whose divisions placeSlipsInDocument reads its names against. */
const OWN_PARENT = 3;
/** What a place's name follows in a sentence (在高舔镇, 对高舔镇, 、高舔镇). */
const BEFORE_NAME = new Set("在对与和及向由到至从于同赴经据、，；：（“《");

/** A slip of placeSlipsInDocument's: which paragraph, and the parent the document names. */
export interface DocumentPlaceSlip extends PlaceSlip {
  paragraph: number;
}

/**
 * placeSlips' slips in every paragraph, and the divisions a document names without their parent before them (在高舔镇开展) that are no real place, where one
 * character alike in sound or shape makes the one division of the parents the document names elsewhere (阳朔县, in its
 * title or its signature) that it could be: a county's report naming its own townships. Throws PlaceNamesError if places.bin is missing or corrupt.
 */
export function placeSlipsInDocument(texts: readonly string[]): DocumentPlaceSlip[] {
  const names = state.get();
  // The document's own parent: the one it names most, OWN_PARENT times or more (a county's report, 阳朔县 in its
  // title, text and signature); a document naming many places names none of them so.
  // In the same pass, the names right after a parent's (placeSlips').
  const counts = new Map<string, number>();
  const out: DocumentPlaceSlip[] = [];
  paragraphs.begin();
  texts.forEach((text, paragraph) => {
    let found = paragraphs.get(text);
    if (found === undefined) paragraphs.set(text, (found = placesOf(text)));
    for (const name of found.parents) counts.set(name, (counts.get(name) ?? 0) + 1);
    for (const slip of found.slips) out.push({ ...slip, paragraph });
  });
  const most = Math.max(0, ...counts.values());
  if (most < OWN_PARENT) return out;
  const named = [...counts].filter(([, n]) => n === most).map(([name]) => name);
  // Their divisions, by the name with one character left out (高?镇, ?田镇).
  const byPattern = new Map<string, Array<{ child: string; parent: string; at: number }>>();
  for (const parent of named) {
    for (const child of childrenOf(parent)) {
      const ending = CHILD_ENDING.exec(child)?.[0];
      if (ending === undefined) continue;
      for (let at = 0; at < child.length - ending.length; at++) {
        const key = `${child.slice(0, at)}?${child.slice(at + 1)}`;
        const list = byPattern.get(key) ?? [];
        list.push({ child, parent, at });
        byPattern.set(key, list);
      }
    }
  }
  const told = new Set(out.map((slip) => `${slip.paragraph} ${slip.index}`));
  texts.forEach((text, paragraph) => {
    for (const m of text.matchAll(/街道|[县区市旗镇乡]/gu)) {
      const end = m.index + m[0].length;
      for (let start = end - m[0].length - 1; start >= Math.max(0, end - LONGEST_CHILD - m[0].length); start--) {
        const written = text.slice(start, end);
        if (!/^\p{Script=Han}+$/u.test(written) || isPlaceName(written, 0, written.length)) break;
        // A name of two characters or more, starting where a name can: the text's start, after what is no Chinese
        // character or after a preposition or 、 (在高舔镇, 、高舔镇). Not 城镇 in 新型城镇化, nor 城市 in 或者城市.
        if (written.length - m[0].length < 2 || !(start === 0 || !/\p{Script=Han}/u.test(text[start - 1]!) || BEFORE_NAME.has(text[start - 1]!))) continue;
        const found: Array<{ child: string; parent: string; at: number; kind: ConfusionKind }> = [];
        for (let at = 0; at < written.length - m[0].length; at++) {
          for (const c of byPattern.get(`${written.slice(0, at)}?${written.slice(at + 1)}`) ?? []) {
            const kind = confusionKindOf(written[at]!, c.child[at]!) ?? confusionKindOf(c.child[at]!, written[at]!);
            if (kind !== null && !found.some((f) => f.child === c.child)) found.push({ ...c, kind });
          }
        }
        if (found.length === 0) continue;
        if (found.length === 1 && !told.has(`${paragraph} ${start + found[0]!.at}`)) {
          const f = found[0]!;
          out.push({ paragraph, index: start + f.at, written, meant: f.child, parent: f.parent, replacement: f.child[f.at]!, kind: f.kind });
        }
        break;
      }
    }
  });
  return out;
}
