#!/usr/bin/env node
// Builds dist/jieba/confusion.bin — for each character, the characters a writer may have typed
// in its place (错别字 candidates) — and its licence file CONFUSION-NOTICE, beside the segmenter's
// data that build-dict.mjs writes (the package's build runs it after build-dict.mjs).
// Usage: node scripts/build-confusion.mjs [outDir] (default dist/jieba/).
//
// Sources (dev dependencies, read at build time only):
//   jieba's dictionary (nodejieba)  the characters: every CJK unified ideograph of its words that
//                                   pinyin-pro can read; a character's frequency is the summed
//                                   frequency of the words it occurs in;
//   pinyin-pro                      every reading of a character, with its tone (multiple: true,
//                                   toneType "num"; the syllable without the digit is the toneless
//                                   reading);
//   hanzi (HanziJS)                 Gavin Grover's CJK decomposition data, lib/data/cjk-decomp.txt.js,
//                                   read as text (loading HanziJS would parse all its dictionaries);
//   cnchar-order                    the characters' stroke orders (笔顺), a letter a stroke, the JSON
//                                   object its bundle parses, read as text;
//   scripts/shape-pairs.txt         report-lint's own list of classic look-alike pairs (形近字: 此/比, 城/域,
//                                   合/台) that the measures below miss or rank low: each pair a shape of
//                                   tier 0 (see the file's header).
//
// Kinds of candidate Y for a character X (the relations are symmetric):
//   homophone   X and Y share a reading, tones ignored (续/旭 xu, 至/止 zhi);
//   shape       from the decomposition data, in three tiers, closest first:
//               0. the same arrangement with all parts equal but one, where the shared part is
//               distinctive — few characters share the rest, which is not just the left-hand
//               radical nor a part as common as 口 — (持/特, 很/银), or else the differing parts
//               are themselves alike (折/拆: 斤/斥; 汩/汨: 曰/日); one character is the other plus
//               a part (呆/保) — a stroke, or a part few characters build on; one is a variant
//               (己/已: msp) or a reflection of the other; or both are made of the same parts
//               once the data's numbered intermediate shapes are expanded (未/末, 呆/杏);
//               1. simple characters (MAX_STROKES) made of the same strokes however placed
//               (土/士/干, 午/牛), and two-part characters, in any arrangement, with one part the
//               same and the other alike, or one alike and the other the same stroke (白/自: 日/目
//               and ㇒/丶; 由/甲, 术/本);
//               2. one character is the other plus any part (女/安, 交/校); characters sharing a
//               part of three strokes or more, in any position, that at most SHARED_LIMIT
//               candidates have (培/部: 咅, 郊/效: 交, 联/职: 耳); and the same arrangement with
//               all parts equal but one part's part, in few candidates (染/渠: 氿/洰, 九/巨);
//               and, after those, characters whose stroke orders differ by little (王/工, 于/干,
//               伐/代, 冢/家), however the decomposition data divides them (see STROKE_DISTANCE);
//   near-sound  readings that differ by one of z/zh, c/ch, s/sh, n/l, h/f, in/ing, en/eng,
//               an/ang (so ian/iang, uan/uang) — the fuzzy-pinyin pairs of input methods (银/营);
//               and homophones whose shared reading one of the two has in under USUAL_READING of
//               its uses in jieba's words (助/处: 助 is read chu almost nowhere), which an input
//               method seldom offers for the other: listed as homophones are, but marked near.
// Only characters in at least MIN_WORDS words with a summed frequency of at least MIN_FREQ are
// candidates (5,468, about the 6,500 characters of general use; rarer ones are almost never what
// the writer meant), but every character gets its list: a rare character in a report is
// suspect. So the lists are symmetric only among candidates, and not where a list was cut. A
// list holds at most 40 (and MAX_STROKE_ALIKE more alike by their strokes, listed after the other
// shapes), written homophones first, then shapes, then near sounds, each by
// frequency. Shapes of tiers 0 and 1 come first, at most MAX_CLOSE_SHAPE, then near sounds, at
// most MAX_NEAR; the rest is for homophones and shapes of tier 2 (at most MAX_SHAPE shapes in
// all): first the homophones alike in shape, and the common ones (among the COMMON most frequent
// candidates) read so in the usual reading of one of the two (长/涨, not 已/射), then tier 2 by
// frequency, then the other homophones (a rare 与/浴 gives way to 女/安). A kind with more
// than its share keeps those alike in shape too, then those whose usual readings (pinyin-pro's
// first) match — for near sounds, with the same tone — then the more frequent: 已 keeps 以, not
// 射 (yì only in 仆射). Each candidate is listed once: a homophone that also looks alike (辨/辩)
// is a homophone, a near sound that also looks alike a shape if tiers 0 and 1 keep it, else a
// near sound.
//
// confusion.bin, little-endian, every array at a multiple of 4 bytes:
//   u8 magic[4] "RLCF", u32 version (2), u32 n (characters), u32 m (list entries),
//   u32 chars[n]       code points, ascending: every character with a list or in one;
//   u32 starts[n + 1]  where each character's list begins in entries (starts[n] = m; a
//                      character that is only a candidate has an empty list);
//   u16 entries[m]     index of the candidate in chars | kind << 14 (0 homophone, 1 shape,
//                      2 near-sound, 3 alike by strokes only), each list in the order above;
//   u8 closest[⌈m/8⌉]  (at the next multiple of 4) bit k (of byte k >> 3, from the lowest) set where
//                      entry k is a shape of tier 0 or 1, the closest likeness (己/已, 人/入, 日/曰).
// Version 2; version 1 had no `closest`.
// The runtime (src/confusion.ts) reads it whole and checks it.
import { mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { pinyin } from "pinyin-pro";

const here = dirname(fileURLToPath(import.meta.url));
const out = process.argv[2] !== undefined ? resolve(process.argv[2]) : join(here, "..", "dist", "jieba");
const require = createRequire(import.meta.url);
const t0 = performance.now();

const MIN_WORDS = 3;
/** The share of a character's uses a reading needs to make it a homophone rather than a near sound (see usualHomophones). */
const USUAL_READING = 0.003;
const MIN_FREQ = 50;
const MAX_TOTAL = 40;
const MAX_SHAPE = 14;
/** Of which at most this many of the closer likenesses (tiers 0 and 1, see `shapeTier`). */
const MAX_CLOSE_SHAPE = 10;
/** The characters of general use, as many as the 3,500 of the first level of 通用规范汉字表. */
const COMMON = 3500;
const MAX_NEAR = 12;
/** A decomposition frame (the parts but one) shared by more candidates than this says little about shape. */
const FRAME_LIMIT = 16;
/** Nor does a part that more candidates than this are built of with one other part (口: 273, 艮: 17). */
const PART_LIMIT = 24;
/** A part shared, in any position, by more candidates than this is too common to pair them (耳: 23, 隹: 35). */
const SHARED_LIMIT = 24;
/** Nor is one of fewer strokes than this worth pairing characters by. */
const MIN_SHARED_STROKES = 3;
/** Shapes of more strokes than this are not paired by their strokes alone (5: 用由古占右田叶甲旧申冉). */
const MAX_STROKES = 4;
const KIND = { homophone: 0, shape: 1, near: 2, stroke: 3 };

const fail = (message) => {
  throw new Error(`build-confusion: ${message}`);
};
const byCodePoint = (a, b) => a.codePointAt(0) - b.codePointAt(0);

// Characters and their frequencies, from jieba's dictionary; and how often each character is read each way in its words
// (pinyin-pro reading each word of ideographs whole, so that a polyphone is read as the word reads it: 还 huan in 还原, hai
// in 还是), weighted by the words' frequencies: see usualHomophones.
const jiebaDir = join(dirname(require.resolve("nodejieba/package.json")), "submodules", "cppjieba");
const freq = new Map();
const words = new Map();
const isIdeograph = new Map();
const readingFreq = new Map();
for (const line of readFileSync(join(jiebaDir, "dict", "jieba.dict.utf8"), "utf8").split("\n")) {
  if (line === "") continue;
  // "word freq tag", parsed without split(): 350,000 lines.
  const space = line.indexOf(" ");
  const tag = line.indexOf(" ", space + 1);
  const f = Number(line.slice(space + 1, tag < 0 ? line.length : tag));
  if (space <= 0 || !(f >= 0)) fail(`bad dictionary line ${JSON.stringify(line)}`);
  const word = line.slice(0, space);
  let seen = "";
  let ideographs = true;
  for (const c of word) {
    if (seen.includes(c)) continue;
    seen += c;
    let ideograph = isIdeograph.get(c);
    if (ideograph === undefined) isIdeograph.set(c, (ideograph = /^\p{Unified_Ideograph}$/u.test(c)));
    if (!ideograph) {
      ideographs = false;
      continue;
    }
    freq.set(c, (freq.get(c) ?? 0) + f);
    words.set(c, (words.get(c) ?? 0) + 1);
  }
  if (!ideographs) continue;
  const read = pinyin(word, { type: "array", toneType: "none" });
  if (read.length !== word.length) continue;
  for (let k = 0; k < word.length; k++) {
    let m = readingFreq.get(word[k]);
    if (m === undefined) readingFreq.set(word[k], (m = new Map()));
    m.set(read[k], (m.get(read[k]) ?? 0) + f);
  }
}
/** Each character's readings (toneless) by the share of its uses in jieba's words; none where its words tell nothing. */
const readingShares = new Map();
for (const [c, m] of readingFreq) {
  let total = 0;
  for (const f of m.values()) total += f;
  if (total > 0) readingShares.set(c, new Map([...m].map(([s, f]) => [s, f / total])));
}

// Readings: toneless syllable → characters, and each character's readings with tone ("xu4").
const readings = new Map();
const bySyllable = new Map();
for (const c of [...freq.keys()].sort(byCodePoint)) {
  const toned = pinyin(c, { multiple: true, type: "array", toneType: "num" }).filter((r) => /^[a-zü]+[0-4]$/u.test(r));
  if (toned.length === 0) continue;
  readings.set(c, new Set(toned));
  for (const s of new Set(toned.map((r) => r.slice(0, -1)))) {
    if (!bySyllable.has(s)) bySyllable.set(s, []);
    bySyllable.get(s).push(c);
  }
}
const universe = [...readings.keys()];

/** The share of its uses that read `c` as the toneless syllable `s`, or null if its words tell nothing. */
function readingShare(c, s) {
  const m = readingShares.get(c);
  return m === undefined ? null : (m.get(s) ?? 0);
}
/**
 * Do `c` and `y` share a reading each of them has in at least USUAL_READING of its uses (or that its words cannot tell)?
 * A homophone that shares only a reading one of the two almost never has (助 chu, 其 ji, 识 zhi) is what an input method
 * seldom offers for the other: written as a near sound (its margin, and not the same-sound word search's).
 */
function usualHomophones(c, y) {
  const ys = syllablesOf(y);
  for (const s of syllablesOf(c)) {
    if (!ys.has(s)) continue;
    const a = readingShare(c, s);
    const b = readingShare(y, s);
    if ((a === null || a >= USUAL_READING) && (b === null || b >= USUAL_READING)) return true;
  }
  return false;
}
const inUniverse = (c) => readings.has(c);
const isCandidate = (c) => inUniverse(c) && words.get(c) >= MIN_WORDS && freq.get(c) >= MIN_FREQ;
/** More frequent first; equal ones by code point, so that every run writes the same bytes. */
const frequencyOrder = new Map([...universe].sort((a, b) => freq.get(b) - freq.get(a) || byCodePoint(a, b)).map((c, i) => [c, i]));
const byFrequency = (a, b) => frequencyOrder.get(a) - frequencyOrder.get(b);
const common = new Set(universe.filter(isCandidate).sort(byFrequency).slice(0, COMMON));
const isCommon = (c) => common.has(c);

// The decomposition data: "的:a(白,勺)", a part being a character or a 5-digit intermediate shape.
const decomposition = new Map();
const decompText = readFileSync(require.resolve("hanzi/lib/data/cjk-decomp.txt.js"), "utf8");
for (const raw of decompText.split("\n")) {
  const line = raw.replace(/^module\.exports = `/u, "").replace(/`;\s*$/u, "");
  const m = /^([^:]+):([a-z0-9/]+)\((.*)\)$/u.exec(line);
  if (m === null) continue; // two malformed lines in hanzi 3.2.0, neither a character of ours
  const parts = m[3] === "" ? [] : m[3].split(",");
  // The first record wins; later ones restate a stroke as itself ("一:me(一)").
  if (!parts.includes(m[1]) && !decomposition.has(m[1])) decomposition.set(m[1], { type: m[2], parts });
}
if (decomposition.size < 80_000) fail(`only ${decomposition.size} decompositions read from hanzi; has its data file changed?`);

const isStroke = (p) => /^[\u31c0-\u31ef一丨丶丿乙乚亅乛]$/u.test(p);
const isIntermediate = (p) => /^\d+$/u.test(p);
const expandMemo = new Map();
/** The parts of a part, intermediate shapes expanded until only characters and strokes are left. */
function expand(p) {
  if (!isIntermediate(p)) return [p];
  let leaves = expandMemo.get(p);
  if (leaves === undefined) {
    expandMemo.set(p, [p]); // a cycle, should the data have one, stops here
    leaves = (decomposition.get(p)?.parts ?? [p]).flatMap(expand);
    expandMemo.set(p, leaves);
  }
  return leaves;
}
/** A shape's parts with intermediates expanded, as a sorted list: equal for 未 wt(木,一) and 末 w(木,一). */
const keyMemo = new Map();
function partsKey(p) {
  let key = keyMemo.get(p);
  if (key === undefined) {
    const d = decomposition.get(p);
    key = d === undefined || d.parts.length < 2 ? null : d.parts.flatMap(expand).sort().join(",");
    keyMemo.set(p, key);
  }
  return key;
}
/** Characters built of exactly two parts, one of them `p`: 保 for 呆. Counted among candidates. */
const parentCount = new Map();
for (const c of universe) {
  const d = decomposition.get(c);
  if (d?.parts.length === 2 && isCandidate(c)) for (const p of new Set(d.parts)) parentCount.set(p, (parentCount.get(p) ?? 0) + 1);
}
/** `a` is `b` plus one part, and that says something: the part is a stroke, or few characters are `b` plus a part. */
function plusOne(a, b) {
  const d = decomposition.get(a);
  if (d?.parts.length !== 2) return false;
  const i = d.parts.indexOf(b);
  return i >= 0 && (isStroke(d.parts[1 - i]) || (parentCount.get(b) ?? 0) <= FRAME_LIMIT);
}
/** `a` is `b` modified (己 → 已 msp), reflected or rotated (人 → 入 refh). */
function variantOf(a, b) {
  const d = decomposition.get(a);
  return d?.parts.length === 1 && d.parts[0] === b && /^(m|ref|rot|rrot)/u.test(d.type);
}
/** `a` is `b` plus a stroke (斥 = 斤 + 丶). */
function plusStroke(a, b) {
  const d = decomposition.get(a);
  return d?.parts.length === 2 && d.parts.includes(b) && d.parts.every((p) => p === b || isStroke(p));
}
/** `a` is made of `b` alone: a variant, reflection or repetition of it (二 = rd(一)). */
function madeOf(a, b) {
  const d = decomposition.get(a);
  return d?.parts.length === 1 && d.parts[0] === b;
}
/** Two parts that look alike, by the data alone: used to pair characters that differ in one part. */
function partsAlike(a, b) {
  if (a === b) return false;
  if (isStroke(a) && isStroke(b)) return true;
  if (plusStroke(a, b) || plusStroke(b, a) || madeOf(a, b) || madeOf(b, a)) return true;
  const k = partsKey(a);
  return k !== null && k === partsKey(b);
}

// Shape pairs among the characters of the universe.
const shapes = new Map(universe.map((c) => [c, new Set()]));
const pair = (a, b) => {
  if (a === b || !inUniverse(a) || !inUniverse(b)) return;
  shapes.get(a).add(b);
  shapes.get(b).add(a);
};
const frames = new Map();
for (const c of universe) {
  const d = decomposition.get(c);
  if (d === undefined) continue;
  if (d.parts.length === 1 && variantOf(c, d.parts[0])) pair(c, d.parts[0]);
  if (d.parts.length === 2) for (const p of d.parts) if (plusOne(c, p)) pair(c, p);
  if (d.parts.length < 2) continue;
  d.parts.forEach((p, i) => {
    const rest = d.parts.filter((_, j) => j !== i);
    if (rest.every(isStroke)) return; // 日 w(口,一) and 大 w(人,一) share only a stroke
    const key = `${d.type}(${d.parts.map((q, j) => (j === i ? "*" : q)).join(",")})`;
    // Characters that share only their left part, the radical, look alike only if their right
    // parts do (汩/汨), however few they are (的 a(白,勺) and 皓 a(白,告) do not); nor do those
    // that share a part found in many characters (呆 d(口,木) and 只 d(口,八)).
    const weak = (d.type === "a" && i === d.parts.length - 1) || (rest.length === 1 && (parentCount.get(rest[0]) ?? 0) > PART_LIMIT);
    if (!frames.has(key)) frames.set(key, { members: [], weak });
    frames.get(key).members.push({ c, part: p });
  });
}
for (const { members, weak } of frames.values()) {
  const small = !weak && members.filter((e) => isCandidate(e.c)).length <= FRAME_LIMIT;
  for (let i = 0; i < members.length; i++) {
    for (let j = i + 1; j < members.length; j++) {
      if (small || partsAlike(members[i].part, members[j].part)) pair(members[i].c, members[j].c);
    }
  }
}
const samePartsGroups = new Map();
for (const c of universe) {
  const k = partsKey(c);
  if (k === null) continue;
  if (!samePartsGroups.has(k)) samePartsGroups.set(k, []);
  samePartsGroups.get(k).push(c);
}
for (const group of samePartsGroups.values()) for (const a of group) for (const b of group) if (a < b) pair(a, b);

// Looser likenesses, listed after those above (see `shapeTier`).
const tiers = new Map(universe.map((c) => [c, new Map()]));
/** Records `a` and `b` as alike in shape at `tier` (1 or 2), unless they already are, at a better one. */
const pairAt = (tier, a, b) => {
  if (a === b || !inUniverse(a) || !inUniverse(b) || shapes.get(a).has(b)) return;
  for (const [x, y] of [[a, b], [b, a]]) if (!(tiers.get(x).get(y) <= tier)) tiers.get(x).set(y, tier);
};
/** 0 for the likenesses above, 1 and 2 for the looser ones, Infinity for none. */
const shapeTier = (c, y) => (shapes.get(c).has(y) ? 0 : (tiers.get(c).get(y) ?? Infinity));

// Tier 1: simple characters made of the same strokes, however placed (土/士/干, 日/曰, 午/牛, 天/夫):
// the data's strokes, repeats counted (人 rrefr(㇒): two), a short slash and a dot taken as one
// stroke (白's ㇒, 自's 丶); and characters of two parts, in any arrangement, whose parts are the
// same or alike — as above, or as small parts of the same strokes (干 and 37024 lock(二,丨)) — (白
// wtl(日,㇒) and 自 wt(目,丶), 由 d/o(37024,凵) and 甲 d/o(冂,37024), 午 and 牛, 术 and 本).
const strokeMemo = new Map();
/** The strokes of `p` as a sorted string, or null for one with a part the data leaves undivided. */
function strokesOf(p) {
  let s = strokeMemo.get(p);
  if (s !== undefined) return s;
  strokeMemo.set(p, null); // a cycle, should the data have one, has no strokes
  const d = decomposition.get(p);
  if (isStroke(p)) s = p === "丶" ? "㇒" : p;
  else if (d === undefined || d.parts.length === 0) s = null;
  else {
    const inner = d.parts.map(strokesOf);
    const repeat = /^r[345]/u.test(d.type) ? Number(d.type[1]) : /^(ref|rot)/u.test(d.type) ? 1 : d.type.startsWith("r") ? 2 : 1;
    s = inner.includes(null) ? null : [...inner.join("").repeat(repeat)].sort().join("");
  }
  strokeMemo.set(p, s);
  return s;
}
/** Shapes of at most MAX_STROKES strokes by their strokes: 上工干土士 for 一一丨. */
const byStrokes = new Map();
const smallStrokes = (p) => {
  const s = isStroke(p) ? null : strokesOf(p);
  return s !== null && s.length <= MAX_STROKES ? s : null; // each stroke is one UTF-16 unit
};
for (const c of universe) {
  const s = smallStrokes(c);
  if (s === null) continue;
  if (!byStrokes.has(s)) byStrokes.set(s, []);
  byStrokes.get(s).push(c);
}
for (const group of byStrokes.values()) for (const a of group) for (const b of group) if (a < b) pairAt(1, a, b);
// Parts alike: each part of a two-part character, with the parts it is alike to.
const twoPart = universe.filter((c) => decomposition.get(c)?.parts.length === 2);
const partPairs = new Map();
const partPairKey = (p, q) => (p < q ? `${p},${q}` : `${q},${p}`);
const alikeParts = new Map();
for (const c of twoPart) {
  const [p, q] = decomposition.get(c).parts;
  if (!partPairs.has(partPairKey(p, q))) partPairs.set(partPairKey(p, q), []);
  partPairs.get(partPairKey(p, q)).push(c);
  for (const x of [p, q]) if (!alikeParts.has(x)) alikeParts.set(x, new Set());
}
/** A shape's number of strokes, Infinity for one the data leaves undivided. */
const strokeCount = (p) => strokesOf(p)?.length ?? Infinity;
const linkParts = (a, b) => {
  // Parts of one or two strokes are alike only to parts as many (冂/凵, 人/入): 一 is not to 二, 十, 丁.
  const tiny = Math.min(strokeCount(a), strokeCount(b)) < 3 && strokeCount(a) !== strokeCount(b);
  if (a === b || tiny || !alikeParts.has(a) || !alikeParts.has(b)) return;
  alikeParts.get(a).add(b);
  alikeParts.get(b).add(a);
};
const groupBy = (items, keyOf) => {
  const groups = new Map();
  for (const x of items) {
    const k = keyOf(x);
    if (k === null) continue;
    if (!groups.has(k)) groups.set(k, []);
    groups.get(k).push(x);
  }
  return groups;
};
const partList = [...alikeParts.keys()].sort();
const link = (group) => {
  for (const a of group) for (const b of group) if (a < b) linkParts(a, b);
};
link(partList.filter(isStroke));
for (const p of partList) {
  const d = decomposition.get(p);
  if (d?.parts.length === 1) linkParts(p, d.parts[0]); // madeOf
  if (d?.parts.length === 2 && d.parts.some(isStroke)) for (const q of d.parts) if (plusStroke(p, q)) linkParts(p, q);
}
for (const group of groupBy(partList, partsKey).values()) link(group);
for (const p of partList) if (inUniverse(p)) for (const q of shapes.get(p)) linkParts(p, q); // 日/目
for (const group of groupBy(partList, smallStrokes).values()) link(group);
/** Strokes taken as one by strokesOf: 白's ㇒ and 自's 丶. */
const sameStroke = (a, b) => isStroke(a) && isStroke(b) && strokesOf(a) === strokesOf(b);
for (const c of twoPart) {
  const [p, q] = decomposition.get(c).parts;
  if (isStroke(p) && isStroke(q)) continue; // 十, 八, 乂: all alike by this measure
  // One part the same and the other alike (旦 d(日,一), 旧 a(丨,日)), or one part alike and the
  // other the same stroke (白 wtl(日,㇒), 自 wt(目,丶)) — not both merely alike (白, 中 d(口,丨)).
  for (const x of [p, ...alikeParts.get(p)]) {
    for (const y of [q, ...alikeParts.get(q)]) {
      const fits = x === p || y === q || (isStroke(q) ? sameStroke(q, y) : isStroke(p) && sameStroke(p, x));
      if (fits) for (const b of partPairs.get(partPairKey(x, y)) ?? []) pairAt(1, c, b);
    }
  }
}

// Tier 2: one character is the other plus a part, however common the part (安 = 宀 + 女, 校 = 木 +
// 交, 这 = 辶 + 文); characters sharing a part, in any position, that few candidates have (部 and
// 培 咅, 效 and 郊 交, 职 and 联 耳); and the same arrangement with all parts equal but one of a
// part's parts (染 d(氿,木) and 渠 d(洰,木): 氿 a(氵,九), 洰 a(氵,巨)), when few candidates share it.
// Being loose, they come last among shapes, the more frequent first.
/** The parts of a shape with intermediate shapes expanded, strokes left out. */
const components = (c) => [...new Set((decomposition.get(c)?.parts ?? []).flatMap(expand))].filter((p) => !isStroke(p) && !isIntermediate(p));
const holders = new Map();
for (const c of universe) {
  const d = decomposition.get(c);
  if (d === undefined || d.parts.length < 2) continue;
  if (d.parts.length === 2) for (const p of d.parts) if (!isStroke(p)) pairAt(2, c, p);
  for (const p of components(c)) {
    if (!holders.has(p)) holders.set(p, []);
    holders.get(p).push(c);
  }
}
for (const [p, group] of holders) {
  const strokes = strokesOf(p);
  if (strokes !== null && strokes.length < MIN_SHARED_STROKES) continue; // 乂 in 交, 区, 文
  if (group.filter(isCandidate).length > SHARED_LIMIT) continue;
  for (const a of group) for (const b of group) if (a < b) pairAt(2, a, b);
}
const subFrames = new Map();
for (const c of universe) {
  const d = decomposition.get(c);
  if (d === undefined || d.parts.length < 2) continue;
  d.parts.forEach((p, i) => {
    const inner = decomposition.get(p);
    if (isStroke(p) || inner === undefined || inner.parts.length < 2) return;
    inner.parts.forEach((_, j) => {
      const shared = [...d.parts.filter((_, k) => k !== i), ...inner.parts.filter((_, k) => k !== j)];
      if (shared.every(isStroke)) return;
      const sub = `${inner.type}(${inner.parts.map((q, k) => (k === j ? "*" : q)).join(",")})`;
      const key = `${d.type}(${d.parts.map((q, k) => (k === i ? sub : q)).join(",")})`;
      if (!subFrames.has(key)) subFrames.set(key, []);
      subFrames.get(key).push(c);
    });
  });
}
for (const group of subFrames.values()) {
  if (group.filter(isCandidate).length > FRAME_LIMIT) continue;
  for (const a of group) for (const b of group) if (a < b) pairAt(2, a, b);
}

// Stroke orders: characters whose strokes, written in order, differ by little (王/工, 于/干, 伐/代, 冢/家, 隼/集),
// which the decomposition data, seeing other parts, does not pair. The distance is Levenshtein's over the
// strokes, a stroke replaced by one of its family (丨/亅, 丶/㇀, 𠃍/𠃌) counting half; two characters are alike within
// STROKE_DISTANCE of the longer one's strokes. Those not already listed come after the other shapes, the closest
// first, at most MAX_STROKE_ALIKE (a list may then hold MAX_TOTAL + MAX_STROKE_ALIKE), as a kind of their own: the
// likeness is looser than the parts', and the search asks more of it (core's DEFAULT_MARGINS.stroke).
const orderText = readFileSync(require.resolve("cnchar-order"), "utf8");
const orderJson = /JSON\.parse\('(\{"一":[^']*\})'\)/u.exec(orderText);
if (orderJson === null) fail("no stroke orders found in cnchar-order's bundle; has it changed?");
// Numerals are left out: a writer types 九 for 九 (以下九个方面), not for 几.
const NUMERALS = new Set("〇一二三四五六七八九十百千万亿零两");
const strokeOrder = new Map(Object.entries(JSON.parse(orderJson[1])).filter(([c, o]) => inUniverse(c) && !NUMERALS.has(c) && /^[a-z]+$/u.test(o)));
if (strokeOrder.size < 6000) fail(`only ${strokeOrder.size} stroke orders read from cnchar-order`);
/** cnchar-order's letters, by family: a stroke replaced by one of its own family costs half; the others are each their own. */
const STROKE_FAMILIES = ["fgh", "kdi", "crvqa", "butz", "epow", "j", "l", "s", "n", "x", "y", "m"];
const strokeFamily = new Map(STROKE_FAMILIES.flatMap((f, i) => [...f].map((s) => [s, i])));
const familyOf = (s) => {
  const f = strokeFamily.get(s);
  if (f === undefined) fail(`cnchar-order has a stroke "${s}" this script does not know`);
  return f;
};
/** The distance allowed between two characters whose longer one has `n` strokes. */
const STROKE_DISTANCE = [[3, 0.5], [6, 1], [9, 1.5], [Infinity, 2]];
const MAX_STROKE_ALIKE = 6;
const strokeLimit = (n) => STROKE_DISTANCE.find(([most]) => n <= most)[1];
/** strokeDistance's two rows, long enough for the longest stroke order. */
const longestOrder = Math.max(...[...strokeOrder.values()].map((o) => o.length));
let strokeRow = new Float64Array(longestOrder + 1);
let strokePrev = new Float64Array(longestOrder + 1);
/** The distance between two stroke orders (as from `encodeStrokes`), or Infinity once it exceeds `limit`. */
function strokeDistance(a, b, limit) {
  for (let j = 0; j <= b.length; j++) strokePrev[j] = j;
  for (let i = 1; i <= a.length; i++) {
    strokeRow[0] = i;
    let least = i;
    const x = a[i - 1];
    for (let j = 1; j <= b.length; j++) {
      const y = b[j - 1];
      // A stroke is its family × 32 + its letter's place in the alphabet.
      const swap = x === y ? 0 : x >> 5 === y >> 5 ? 0.5 : 1;
      const d = Math.min(strokePrev[j] + 1, strokeRow[j - 1] + 1, strokePrev[j - 1] + swap);
      strokeRow[j] = d;
      if (d < least) least = d;
    }
    if (least > limit) return Infinity;
    [strokePrev, strokeRow] = [strokeRow, strokePrev];
  }
  return strokePrev[b.length];
}
const encodeStrokes = (o) => Uint16Array.from(o, (s) => (familyOf(s) << 5) | (s.charCodeAt(0) - 97));
/**
 * Strokes (as from `encodeStrokes`) counted by family: a replacement across families changes two counts, an insertion
 * one, so half their difference bounds the distance.
 */
const familyCounts = (encoded) => {
  const counts = new Int32Array(STROKE_FAMILIES.length);
  for (const x of encoded) counts[x >> 5]++;
  return counts;
};
const countsApart = (a, b) => {
  let d = 0;
  for (let f = 0; f < a.length; f++) d += Math.abs(a[f] - b[f]);
  return d;
};
const strokeCandidates = new Map(); // by number of strokes
for (const y of [...strokeOrder.keys()].filter(isCandidate).sort(byFrequency)) {
  const n = strokeOrder.get(y).length;
  if (!strokeCandidates.has(n)) strokeCandidates.set(n, []);
  const order = encodeStrokes(strokeOrder.get(y));
  strokeCandidates.get(n).push({ y, order, counts: familyCounts(order) });
}
const strokeAlike = new Map();
for (const [c, written] of strokeOrder) {
  const order = encodeStrokes(written);
  const counts = familyCounts(order);
  const found = [];
  for (let n = order.length - 2; n <= order.length + 2; n++) {
    const limit = strokeLimit(Math.max(n, order.length));
    if (Math.abs(n - order.length) > limit) continue;
    for (const e of strokeCandidates.get(n) ?? []) {
      if (e.y === c || countsApart(counts, e.counts) / 2 > limit) continue;
      const d = strokeDistance(order, e.order, limit);
      if (d <= limit) found.push([d, e.y]);
    }
  }
  if (found.length > 0) strokeAlike.set(c, found.sort((a, b) => a[0] - b[0] || byFrequency(a[1], b[1])).map(([, y]) => y));
}

// Near sounds: the syllables one fuzzy-pinyin substitution away.
const INITIALS = [["zh", "z"], ["ch", "c"], ["sh", "s"], ["n", "l"], ["h", "f"]];
const FINALS = [["ang", "an"], ["eng", "en"], ["ing", "in"]];
const nearMemo = new Map();
function nearSyllables(s) {
  let near = nearMemo.get(s);
  if (near !== undefined) return near;
  const [, initial, rest] = /^(zh|ch|sh|[bpmfdtnlgkhjqxrzcsyw]?)(.*)$/u.exec(s);
  near = [];
  for (const [a, b] of INITIALS) {
    if (initial === a) near.push(b + rest);
    else if (initial === b) near.push(a + rest);
  }
  for (const [a, b] of FINALS) {
    if (rest.endsWith(a)) near.push(initial + rest.slice(0, -a.length) + b);
    else if (rest.endsWith(b)) near.push(initial + rest.slice(0, -b.length) + a);
  }
  near = near.filter((n) => bySyllable.has(n));
  nearMemo.set(s, near);
  return near;
}

/** Each syllable's candidates, by frequency. */
const candidatesOf = new Map([...bySyllable].map(([s, cs]) => [s, cs.filter(isCandidate).sort(byFrequency)]));
/** A character's usual reading, with its tone: pinyin-pro lists it first (射 she4, not yi4). */
const mainReading = (c) => readings.get(c).values().next().value;
const syllable = (r) => r.slice(0, -1);
const mainSyllables = new Map(universe.map((c) => [c, syllable(mainReading(c))]));
const mainSyllable = (c) => mainSyllables.get(c);
const syllableSets = new Map(universe.map((c) => [c, new Set([...readings.get(c)].map(syllable))]));
const syllablesOf = (c) => syllableSets.get(c);
/** How likely `y` is to be confused with `c` by sound, 0 being the likeliest: an order for cutting long lists. */
function homophoneRank(c, y) {
  if (shapeTier(c, y) < Infinity) return 0; // 辨/辩/辫, 交/校: alike in sound and shape
  const mc = mainSyllable(c);
  const my = mainSyllable(y);
  if (mc === my) return 1; // 至/止: both usually read zhi
  if (syllablesOf(c).has(my) || syllablesOf(y).has(mc)) return 2; // 长/涨
  return 3; // 已/射 (yì only in 仆射)
}
function nearRank(c, y) {
  const mc = mainReading(c);
  const my = mainReading(y);
  if (!nearSyllables(syllable(mc)).includes(syllable(my))) return 3;
  return mc.slice(-1) === my.slice(-1) ? 1 : 2; // 诊 zhen3 / 整 zheng3 before 诊 / 正 zheng4
}
/** The best `limit` of `cs` as candidates for `c` by `rank`, the more frequent first among equals; returned by frequency. */
function pick(c, cs, limit, rank) {
  if (cs.length <= limit) return cs.sort(byFrequency);
  const ranked = cs.map((y) => [rank(c, y), y]).sort((a, b) => a[0] - b[0] || byFrequency(a[1], b[1]));
  return ranked.slice(0, limit).map(([, y]) => y).sort(byFrequency);
}

// Classic look-alike pairs the measures above miss (shape-pairs.txt, whose header says where they come from), added
// last so that they change no other likeness: as shapes of the closest likeness, listed beyond the caps below (as the
// strokes are) so that they take no homophone's or other shape's place. A character of the list outside the universe
// (釆, a rare character typed for 采) gets its list from this file alone, of candidates only.
const curated = [];
for (const raw of readFileSync(join(here, "shape-pairs.txt"), "utf8").split("\n")) {
  const line = raw.replace(/#.*$/u, "").trim();
  if (line === "") continue;
  const group = line.split(/\s+/u);
  if (group.some((c) => [...c].length !== 1)) fail(`shape-pairs.txt: "${line}" is not a group of single characters`);
  for (const a of group) for (const b of group) if (a < b) curated.push([a, b]);
}
let curatedFound = 0;
/** The classic pairs of each character of the universe. */
const curatedOf = new Map();
const curatedOutside = new Map();
for (const [a, b] of curated) {
  if (inUniverse(a) && inUniverse(b)) {
    const sameSound = [...syllablesOf(a)].some((x) => syllablesOf(b).has(x));
    const strokes = (strokeAlike.get(a) ?? []).includes(b) || (strokeAlike.get(b) ?? []).includes(a);
    if (shapeTier(a, b) < Infinity || sameSound || strokes) curatedFound++;
    for (const [x, y] of [[a, b], [b, a]]) {
      if (!curatedOf.has(x)) curatedOf.set(x, new Set());
      curatedOf.get(x).add(y);
    }
    continue;
  }
  for (const [x, y] of [[a, b], [b, a]]) {
    if (inUniverse(x) || !isCandidate(y)) continue;
    if (!curatedOutside.has(x)) curatedOutside.set(x, []);
    curatedOutside.get(x).push(y);
  }
}

const lists = new Map();
let pairsKept = 0;
for (const c of universe) {
  const syllables = [...new Set([...readings.get(c)].map(syllable))];
  const homophones = [...new Set(syllables.flatMap((s) => candidatesOf.get(s)))].filter((y) => y !== c);
  const homophoneSet = new Set(homophones);
  const classic = curatedOf.get(c) ?? new Set();
  const alike = [...shapes.get(c), ...tiers.get(c).keys()].filter((y) => isCandidate(y) && !homophoneSet.has(y) && !classic.has(y));
  const byTier = alike.map((y) => [shapeTier(c, y), y]).sort((a, b) => a[0] - b[0] || byFrequency(a[1], b[1]));
  const close = byTier.filter(([t]) => t <= 1).slice(0, MAX_CLOSE_SHAPE).map(([, y]) => y);
  const closeSet = new Set(close);
  const near = new Set();
  for (const s of syllables) for (const n of nearSyllables(s)) for (const y of candidatesOf.get(n)) if (!homophoneSet.has(y) && !closeSet.has(y)) near.add(y);
  near.delete(c);
  const nearPicked = pick(c, [...near], Math.min(MAX_NEAR, MAX_TOTAL - close.length), nearRank);
  const nearSet = new Set(nearPicked);
  const loose = byTier.filter(([t, y]) => t === 2 && !nearSet.has(y)).slice(0, MAX_SHAPE - close.length).map(([, y]) => y);
  // The rest of the list: homophones alike in shape or common, then the looser shapes, then the other homophones.
  const slots = MAX_TOTAL - close.length - nearPicked.length;
  const ranked = homophones.map((y) => [homophones.length + loose.length <= slots ? 0 : homophoneRank(c, y), y]).sort((a, b) => a[0] - b[0] || byFrequency(a[1], b[1]));
  const first = ([r, y]) => r === 0 || (r <= 2 && isCommon(y));
  const rest = [
    ...ranked.filter(first).map(([, y]) => [y, KIND.homophone]),
    ...loose.map((y) => [y, KIND.shape]),
    ...ranked.filter((e) => !first(e)).map(([, y]) => [y, KIND.homophone]),
  ].slice(0, slots);
  const homophonePicked = rest.filter(([, k]) => k === KIND.homophone).map(([y]) => y).sort(byFrequency);
  // (The classic pairs: shapes of the closest likeness, beyond the caps, unless listed as a sound already.)
  const classicShapes = [...classic].filter((y) => isCandidate(y) && !homophoneSet.has(y) && !nearSet.has(y));
  for (const y of classicShapes) closeSet.add(y);
  const shape = [...close, ...rest.filter(([, k]) => k === KIND.shape).map(([y]) => y), ...classicShapes].sort(byFrequency);
  // (A homophone by a reading one of the two seldom has is listed with the near sounds, before them: the lists stay
  // ordered by kind.)
  const usual = homophonePicked.filter((y) => usualHomophones(c, y));
  const listed = new Set([c, ...homophonePicked, ...shape, ...nearPicked]);
  const strokes = (strokeAlike.get(c) ?? []).filter((y) => !listed.has(y)).slice(0, MAX_STROKE_ALIKE);
  const list = [
    ...usual.map((y) => [y, KIND.homophone]),
    ...shape.map((y) => [y, KIND.shape, closeSet.has(y)]),
    ...strokes.map((y) => [y, KIND.stroke]),
    ...homophonePicked.filter((y) => !usual.includes(y)).map((y) => [y, KIND.near]),
    ...nearPicked.map((y) => [y, KIND.near]),
  ];
  if (list.length > 0) lists.set(c, list);
  pairsKept += list.length;
}

for (const [c, ys] of curatedOutside) {
  lists.set(c, [...new Set(ys)].sort(byFrequency).map((y) => [y, KIND.shape, true]));
  pairsKept += lists.get(c).length;
}

// The binary file.
const chars = [...new Set([...lists.keys(), ...[...lists.values()].flatMap((l) => l.map(([y]) => y))])].sort(byCodePoint);
if (chars.length >= 1 << 14) fail(`${chars.length} characters do not fit the 14-bit index of an entry`);
const index = new Map(chars.map((c, i) => [c, i]));
const n = chars.length;
const m = pairsKept;
const entriesAt = 16 + 4 * n + 4 * (n + 1);
const closestAt = Math.ceil((entriesAt + 2 * m) / 4) * 4;
const bin = Buffer.alloc(closestAt + Math.ceil(Math.ceil(m / 8) / 4) * 4);
bin.write("RLCF", 0, "latin1");
bin.writeUInt32LE(2, 4);
bin.writeUInt32LE(n, 8);
bin.writeUInt32LE(m, 12);
let at = 0;
chars.forEach((c, i) => {
  bin.writeUInt32LE(c.codePointAt(0), 16 + 4 * i);
  bin.writeUInt32LE(at, 16 + 4 * n + 4 * i);
  for (const [y, kind, closest] of lists.get(c) ?? []) {
    if (closest === true) bin[closestAt + (at >>> 3)] |= 1 << (at & 7);
    bin.writeUInt16LE(index.get(y) | (kind << 14), entriesAt + 2 * at++);
  }
});
bin.writeUInt32LE(at, 16 + 4 * n + 4 * n);

// The licences of what the data derives from.
const licence = (path) => readFileSync(path, "utf8").replace(/\r\n?/gu, "\n").trim();
const apache = licence(require.resolve("typescript/LICENSE.txt"));
if (!apache.startsWith("Apache License") || !apache.includes("Version 2.0, January 2004") || !apache.endsWith("END OF TERMS AND CONDITIONS")) {
  fail("typescript/LICENSE.txt, used for the text of the Apache License 2.0, is no longer that text");
}
// pinyin-pro's exports hide its files; its main module is dist/index.js.
const pinyinDir = join(dirname(require.resolve("pinyin-pro")), "..");
const pinyinVersion = JSON.parse(readFileSync(join(pinyinDir, "package.json"), "utf8")).version;
const hanziVersion = require("hanzi/package.json").version;
const cncharDir = dirname(require.resolve("cnchar-order/package.json"));
const cncharVersion = JSON.parse(readFileSync(join(cncharDir, "package.json"), "utf8")).version;
const notice = `confusion.bin — 错别字候选字表 (report-lint)

confusion.bin is derived from five sources:

1. jieba's dictionary (the characters and their frequencies), MIT licence: see LICENSE in this
   directory.

2. pinyin-pro ${pinyinVersion} (the readings of the characters), https://github.com/zh-lx/pinyin-pro

${licence(join(pinyinDir, "LICENSE"))}

3. Gavin Grover's CJK Decomposition Data (the shapes of the characters), as distributed, with
   corrections, in HanziJS (the hanzi package ${hanziVersion}, lib/data/cjk-decomp.txt.js),
   https://github.com/nieldlr/Hanzi.

   The data was compiled by Gavin Grover (original project: cjkdecomp.codeplex.com, now
   archived; mirrored at https://github.com/cihai/cjk-decomp) and is distributed under a
   choice of licences — the Apache Licence 2.0, LGPL 3.0, Creative Commons BY-SA 3.0, the MIT
   licence, ODC-By 1.0 and the Eclipse Public License. It is used here under the Apache
   License, Version 2.0, whose text follows the HanziJS notice below. confusion.bin does not
   contain the data: it holds pairs of characters computed from it by report-lint's
   packages/core/scripts/build-confusion.mjs.

   HanziJS says that its MIT licence "applies to HanziJS as software, not as data"; its
   notice:

${licence(require.resolve("hanzi/LICENSE.txt"))}

4. cnchar-order ${cncharVersion} (the characters' stroke orders), https://github.com/theajack/cnchar.
   confusion.bin does not contain the stroke orders: it holds pairs of characters whose stroke
   orders differ by little, computed from them by build-confusion.mjs. Its licence:

${licence(join(cncharDir, "LICENSE"))}

5. report-lint's own list of classic look-alike pairs (形近字), packages/core/scripts/shape-pairs.txt
   in report-lint's repository, under report-lint's MIT licence.

The Apache License, Version 2.0:

${apache}
`;

mkdirSync(out, { recursive: true });
writeFileSync(join(out, "confusion.bin"), bin);
writeFileSync(join(out, "CONFUSION-NOTICE"), notice);
const withList = lists.size;
const listedAs = (a, b) => lists.get(a)?.find(([y]) => y === b);
const curatedListed = curated.filter(([a, b]) => listedAs(a, b) !== undefined || listedAs(b, a) !== undefined).length;
const longest = Math.max(...[...lists.values()].map((l) => l.length));
console.log(
  `build-confusion: ${universe.length} characters, ${withList} with candidates (mean ${(m / withList).toFixed(1)}, max ${longest}), ` +
    `${curated.length} classic look-alike pairs (${curatedFound} alike or of a sound without the list, ${curatedListed} listed), ` +
    `${(bin.length / 1e3).toFixed(0)} kB in ${((performance.now() - t0) / 1e3).toFixed(1)} s → ${out}`,
);
