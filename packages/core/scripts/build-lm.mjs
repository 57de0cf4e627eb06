#!/usr/bin/env node
// Builds data/lm.bin — a character n-gram model of official Chinese prose — from the corpus in
// ../shared/corpus/lm (laws, regulations, government work reports, State Council documents; see
// its README for sources and the licence basis: 《著作权法》 article 5 excludes them from
// copyright). The derived file is committed, so the published package never needs the corpus;
// test/lm.test.ts checks that this script reproduces it byte for byte when the corpus is present.
//
// Usage: node scripts/build-lm.mjs [CORPUS_DIR] [OUT_FILE]
//
// The model: interpolated Kneser–Ney over UTF-16 code units, orders 1..ORDER, estimated on the full
// counts (discount per order D = n1 / (n1 + 2·n2) over that order's adjusted counts), then pruned:
// an n-gram of order k is kept when it occurs at least MIN_COUNT[k] times. A kept n-gram stores its
// interpolated probability and, as a context, its backoff weight; the lookup is the usual backoff
// walk (p(w|h) = P(hw) if kept, else B(h)·p(w|h′)). Pruning without renormalising leaves each
// distribution slightly short of 1, which matters nothing for comparing two spellings of one place.
// Text is normalised as the runtime does it (src/lm.ts): ASCII digits to 0, ASCII letters to a;
// each paragraph is framed by BOS (U+0002) and EOS (U+0003).
//
// Layout (version 4), little-endian, every array at a multiple of 4 bytes. One entry per code unit
// the model knows (unitCount of them, ascending); its unigram and the hash table of its pairs are
// read with the index (the 错别字 search asks about tens of candidate pairs at every doubtful place:
// a pair is one slot of its first unit's table, which holds all a lookup needs of it). The tables
// are made here rather than when a process first asks about a unit (version 3): making them took a
// fresh process 30–45 ms of a report's first check, reading them takes 2.
// The longer n-grams sit in groups, one per pair they start with, read the first time one of them is
// asked for: checking one report asks about ~4,000 pairs' groups, a few hundred kilobytes, where
// reading every n-gram that starts with one character (version 2's blocks) read 9 MB of the 12 —
// and in a fresh process each new page of memory costs more than the read (docs/benchmarks.md).
// In a group the n-grams are stored by their units, so a lookup is exact (version 2 kept hashes):
//   u32 magic "RLLM", u32 version 4, u32 order (3 or 4), u32 unitCount,
//   f32 probStep, f32 backoffStep, f32 unknown log10 probability, u32 pairCount,
//   u32 firstUnit[unitCount] (ascending),
//   u32 tableStart[unitCount + 1] (unit b's table is slots tableStart[b] .. tableStart[b + 1]),
//   u32 groupStart[pairCount + 1] (byte offsets of each pair's group; last = file length),
//   u8 unigramProb[unitCount], u8 unigramBackoff[unitCount], padding to 4,
//   u32 slot[2 × slotCount] (slotCount = tableStart[unitCount]): each table is open addressing with
//     linear probing that never wraps: a follower's probe starts at tableSlot(follower, size − 1)
//     (src/lm.ts) of a table of `size` slots and goes forward, and the last slot is always free, so
//     every probe ends in its own table; size − 1 is at least n + ⌊n/2⌋ + 1 for a unit's n pairs,
//     more where a probe would have reached the last slot. A slot is two words, (follower << 16 |
//     prob << 8 | backoff) and 1 + the pair's position (pairs ordered by first unit, then
//     follower), or 0 and 0 when free,
//   then the groups, in pair order (a pair that starts no longer n-gram has none: zero bytes):
//     u16 n3, u16 n4,
//     u16 third[n3] (ascending), padding to 4, u8 prob3[n3], u8 backoff3[n3], padding to 4,
//     u32 key4[n4] (third << 16 | fourth, ascending), u8 prob4[n4], padding to 4.
//   prob q stands for log10 p = −q·probStep; backoff q for log10 B = −q·backoffStep.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { CORPUS_FILES, DEFAULT_CORPUS } from "./corpus.mjs";

const here = dirname(fileURLToPath(import.meta.url));
const corpus = resolve(process.argv[2] ?? DEFAULT_CORPUS);
const outFile = resolve(process.argv[3] ?? join(here, "..", "data", "lm.bin"));

const ORDER = Number(process.env.LM_ORDER ?? 4);
if (ORDER < 3 || ORDER > 4) throw new Error("build-lm: the file layout holds orders 3 and 4");
/** Minimum raw count to keep an n-gram, by order (non-decreasing, so every kept n-gram's suffixes are kept). */
const MIN_COUNT = process.env.LM_MIN ? [0, ...process.env.LM_MIN.split(",").map(Number)] : [0, 1, 2, 2, 3];
const PROB_STEP = 0.03;
const BACKOFF_STEP = 0.02;
const BOS = "\u0002";
const EOS = "\u0003";

/** The runtime's normalisation (src/lm.ts normalise). */
const normalise = (s) => s.replace(/[0-9]/gu, "0").replace(/[A-Za-z]/gu, "a");

const t0 = performance.now();
// counts[k]: raw count of every k-gram.
const counts = Array.from({ length: ORDER + 1 }, () => new Map());
for (const f of CORPUS_FILES) {
  const text = readFileSync(join(corpus, f), "utf8");
  for (const raw of text.split("\n")) {
    if (raw.trim() === "") continue;
    const line = BOS + normalise(raw.replace(/\r$/u, "")) + EOS;
    for (let k = 1; k <= ORDER; k++) {
      const m = counts[k];
      for (let i = 0; i + k <= line.length; i++) {
        const g = line.slice(i, i + k);
        m.set(g, (m.get(g) ?? 0) + 1);
      }
    }
  }
}
const countMs = performance.now() - t0;

// Adjusted counts: the highest order uses raw counts; lower orders the number of distinct left
// extensions (continuation counts), except n-grams that start with BOS, which have none.
const adjusted = [null];
for (let k = 1; k < ORDER; k++) {
  const a = new Map();
  for (const g of counts[k + 1].keys()) {
    const s = g.slice(1);
    a.set(s, (a.get(s) ?? 0) + 1);
  }
  for (const [g, c] of counts[k]) if (g[0] === BOS) a.set(g, c);
  adjusted.push(a);
}
adjusted.push(counts[ORDER]);

/** Discount of each order from its adjusted counts of 1 and 2. */
const discount = [0];
for (let k = 1; k <= ORDER; k++) {
  let n1 = 0;
  let n2 = 0;
  for (const c of adjusted[k].values()) {
    if (c === 1) n1++;
    else if (c === 2) n2++;
  }
  discount.push(n1 + 2 * n2 > 0 ? n1 / (n1 + 2 * n2) : 0.5);
}

/** Per context h of order k (h has k − 1 units): total adjusted count and number of distinct followers. */
const contexts = [null];
for (let k = 1; k <= ORDER; k++) {
  const ctx = new Map();
  for (const [g, c] of adjusted[k]) {
    const h = g.slice(0, -1);
    const e = ctx.get(h);
    if (e === undefined) ctx.set(h, [c, 1]);
    else {
      e[0] += c;
      e[1]++;
    }
  }
  contexts.push(ctx);
}

// Interpolated probabilities of the kept n-grams, order by order.
const prob = [null];
{
  const [total, types] = contexts[1].get("");
  const d = discount[1];
  const uniform = 1 / (types + 1); // one more for the unknown character
  const p1 = new Map();
  for (const [g, c] of adjusted[1]) if (counts[1].get(g) >= MIN_COUNT[1]) p1.set(g, Math.max(c - d, 0) / total + ((d * types) / total) * uniform);
  prob.push(p1);
  var unknownLogProb = Math.log10(((d * types) / total) * uniform);
}
for (let k = 2; k <= ORDER; k++) {
  const pk = new Map();
  const d = discount[k];
  const lower = prob[k - 1];
  for (const [g, c] of counts[k]) {
    if (c < MIN_COUNT[k]) continue;
    const [total, types] = contexts[k].get(g.slice(0, -1));
    const pl = lower.get(g.slice(1));
    if (pl === undefined) throw new Error(`build-lm: the suffix of ${JSON.stringify(g)} was pruned`);
    pk.set(g, Math.max(adjusted[k].get(g) - d, 0) / total + ((d * types) / total) * pl);
  }
  prob.push(pk);
}

// Entries: every kept n-gram with its quantised probability and (as a context of the next order) backoff.
const quantise = (log10, step) => Math.min(255, Math.max(0, Math.round(-log10 / step)));
const entryOf = (k, g, p) => {
  let back = 0;
  if (k < ORDER) {
    const e = contexts[k + 1].get(g);
    if (e !== undefined) back = quantise(Math.log10((discount[k + 1] * e[1]) / e[0]), BACKOFF_STEP);
  }
  return { g, prob: quantise(Math.log10(p), PROB_STEP), back };
};
// Every n-gram's first unit is a kept unigram (counts never fall as an n-gram is cut shorter).
const units = [...prob[1].keys()].map((g) => g.charCodeAt(0)).sort((a, b) => a - b);
const unitIndex = new Map(units.map((u, i) => [u, i]));
const unigrams = units.map((u) => entryOf(1, String.fromCharCode(u), prob[1].get(String.fromCharCode(u))));
const pairsOf = units.map(() => []);
for (const [g, p] of prob[2]) pairsOf[unitIndex.get(g.charCodeAt(0))].push(entryOf(2, g, p));
for (const list of pairsOf) list.sort((a, b) => a.g.charCodeAt(1) - b.g.charCodeAt(1));
const pairs = pairsOf.flat();
const pairIndex = new Map(pairs.map((e, i) => [e.g, i]));
// The longer n-grams by the pair they start with (kept, as every kept n-gram's prefix is: the
// minimum counts never fall with the order).
const longer = pairs.map(() => [[], []]);
let entries = prob[1].size + prob[2].size;
for (let k = 3; k <= ORDER; k++) {
  for (const [g, p] of prob[k]) {
    const i = pairIndex.get(g.slice(0, 2));
    if (i === undefined) throw new Error(`build-lm: the first pair of ${JSON.stringify(g)} was pruned`);
    longer[i][k - 3].push(entryOf(k, g, p));
    entries++;
  }
}

const pad4 = (n) => Math.ceil(n / 4) * 4;
const keyOf = (g) => ((g.charCodeAt(2) << 16) | g.charCodeAt(3)) >>> 0;
const groups = longer.map(([three, four]) => {
  if (three.length === 0 && four.length === 0) return new Uint8Array(0);
  if (three.length > 0xffff || four.length > 0xffff) throw new Error("build-lm: a pair starts more than 65,535 n-grams of one order");
  three.sort((a, b) => a.g.charCodeAt(2) - b.g.charCodeAt(2));
  four.sort((a, b) => keyOf(a.g) - keyOf(b.g));
  const n3 = three.length;
  const n4 = four.length;
  const at3 = 4 + pad4(2 * n3);
  const at4 = at3 + pad4(2 * n3);
  const bytes = new Uint8Array(at4 + 4 * n4 + pad4(n4));
  const view = new DataView(bytes.buffer);
  view.setUint16(0, n3, true);
  view.setUint16(2, n4, true);
  three.forEach((e, i) => {
    view.setUint16(4 + 2 * i, e.g.charCodeAt(2), true);
    bytes[at3 + i] = e.prob;
    bytes[at3 + n3 + i] = e.back;
  });
  four.forEach((e, i) => {
    view.setUint32(at4 + 4 * i, keyOf(e.g), true);
    bytes[at4 + 4 * n4 + i] = e.prob;
  });
  return bytes;
});

/** Where a follower's probe starts in a table of `size` slots (at most 65,536): src/lm.ts's tableSlot, which reads the tables. */
const tableSlot = (second, size) => ((Math.imul(second, 0x9e3779b1) >>> 16) * size) >>> 16;

const n = units.length;
const pairCount = pairs.length;
/** Each unit's table: the position among its pairs of the pair in each slot (−1: free), the last slot free. */
const tables = pairsOf.map((list) => {
  for (let range = list.length + (list.length >> 1) + 1; ; range++) {
    if (range > 0xffff) throw new Error("build-lm: a unit's table would have more than 65,536 slots");
    const slots = new Int32Array(range + 1).fill(-1);
    let placed = 0;
    for (; placed < list.length; placed++) {
      let slot = tableSlot(list[placed].g.charCodeAt(1), range);
      while (slot < range && slots[slot] !== -1) slot++;
      if (slot === range) break;
      slots[slot] = placed;
    }
    if (placed === list.length) return slots;
  }
});
const slotCount = tables.reduce((a, t) => a + t.length, 0);
const tableStartAt = 32 + 4 * n;
const groupStartAt = tableStartAt + 4 * (n + 1);
const unigramsAt = groupStartAt + 4 * (pairCount + 1);
const slotsAt = unigramsAt + pad4(2 * n);
const headerBytes = slotsAt + 8 * slotCount;
const starts = [headerBytes];
for (const g of groups) starts.push(starts[starts.length - 1] + g.length);
const out = new Uint8Array(starts[starts.length - 1]);
const view = new DataView(out.buffer);
view.setUint32(0, 0x4d4c4c52, true); // "RLLM"
view.setUint32(4, 4, true);
view.setUint32(8, ORDER, true);
view.setUint32(12, n, true);
view.setFloat32(16, PROB_STEP, true);
view.setFloat32(20, BACKOFF_STEP, true);
view.setFloat32(24, unknownLogProb, true);
view.setUint32(28, pairCount, true);
units.forEach((u, i) => view.setUint32(32 + 4 * i, u, true));
starts.forEach((s, i) => view.setUint32(groupStartAt + 4 * i, s, true));
let pair = 0;
let slot0 = 0;
for (let i = 0; i <= n; i++) {
  view.setUint32(tableStartAt + 4 * i, slot0, true);
  if (i === n) break;
  out[unigramsAt + i] = unigrams[i].prob;
  out[unigramsAt + n + i] = unigrams[i].back;
  tables[i].forEach((k, slot) => {
    if (k < 0) return;
    const e = pairsOf[i][k];
    view.setUint32(slotsAt + 8 * (slot0 + slot), ((e.g.charCodeAt(1) << 16) | (e.prob << 8) | e.back) >>> 0, true);
    view.setUint32(slotsAt + 8 * (slot0 + slot) + 4, pair + k + 1, true);
  });
  pair += pairsOf[i].length;
  slot0 += tables[i].length;
}
groups.forEach((g, i) => out.set(g, starts[i]));

mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, out);
const mb = (n) => (n / 1048576).toFixed(1);
console.log(
  `build-lm: ${entries} n-grams (orders 1–${ORDER}; ${prob.map((p, k) => (k ? `${k}: ${p.size}` : "")).filter(Boolean).join(", ")}), ` +
    `${units.length} units, ${pairCount} pairs in ${slotCount} slots, ${groups.filter((g) => g.length > 0).length} groups, ${mb(out.length)} MB → ${outFile} ` +
    `(counting ${(countMs / 1000).toFixed(0)} s, total ${((performance.now() - t0) / 1000).toFixed(0)} s, ` +
    `peak RSS ≥ ${mb(process.memoryUsage().rss)} MB; discounts ${discount.slice(1).map((d) => d.toFixed(3)).join(" ")})`,
);
