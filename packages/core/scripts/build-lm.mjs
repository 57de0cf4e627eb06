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
// Layout (version 2), little-endian, every array at a multiple of 4 bytes. One entry per code unit
// the model knows (blockCount of them, ascending); its unigram and its pairs are read with the index,
// as plain arrays (a pair is looked up by a binary search among one unit's followers, all in a few
// cache lines: the 错别字 search asks about tens of candidate pairs at every doubtful place), and
// the longer n-grams it starts sit in its block, read the first time one of them is asked for:
//   u32 magic "RLLM", u32 version 2, u32 order, u32 blockCount,
//   f32 probStep, f32 backoffStep, f32 unknown log10 probability, u32 pairCount,
//   u32 firstUnit[blockCount] (ascending), u32 blockStart[blockCount + 1] (byte offsets; last = file length),
//   u32 pairStart[blockCount + 1] (the unit's pairs are pairStart[b] .. pairStart[b + 1]),
//   u8 unigramProb[blockCount], u8 unigramBackoff[blockCount], padding to 4,
//   u16 pairNext[pairCount] (the second unit; ascending within a unit's pairs), padding to 4,
//   u8 pairProb[pairCount], u8 pairBackoff[pairCount], padding to 4,
//   then each block — the n-grams of order ≥ 3 that start with its unit:
//     u32 count, u32 hash[count] (ascending, see hashUnits), u8 prob[count], u8 backoff[count], padding to 4.
//   prob q stands for log10 p = −q·probStep; backoff q for log10 B = −q·backoffStep.
import { readFileSync, writeFileSync, mkdirSync } from "node:fs";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const corpus = resolve(process.argv[2] ?? join(here, "..", "..", "..", "..", "shared", "corpus", "lm"));
const outFile = resolve(process.argv[3] ?? join(here, "..", "data", "lm.bin"));

const ORDER = Number(process.env.LM_ORDER ?? 4);
/** Minimum raw count to keep an n-gram, by order (non-decreasing, so every kept n-gram's suffixes are kept). */
const MIN_COUNT = process.env.LM_MIN ? [0, ...process.env.LM_MIN.split(",").map(Number)] : [0, 1, 2, 2, 3];
const PROB_STEP = 0.03;
const BACKOFF_STEP = 0.02;
const FILES = [
  "lawrefbook_laws/laws.txt",
  "china_law_db_extra/laws_extra.txt",
  "gov_work_reports/gov_work_reports_1978_2025.txt",
  "govcn_policy_2019_zhouynf/govcn_policy.txt",
];
const BOS = "\u0002";
const EOS = "\u0003";

/** The runtime's normalisation (src/lm.ts normalise). */
const normalise = (s) => s.replace(/[0-9]/gu, "0").replace(/[A-Za-z]/gu, "a");

/** FNV-1a over code units with a final mix; src/lm.ts computes the same. */
function hashUnits(s) {
  let h = 0x811c9dc5;
  for (let i = 0; i < s.length; i++) {
    h ^= s.charCodeAt(i);
    h = Math.imul(h, 0x01000193);
  }
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

const t0 = performance.now();
// counts[k]: raw count of every k-gram.
const counts = Array.from({ length: ORDER + 1 }, () => new Map());
for (const f of FILES) {
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
  return { g, hash: hashUnits(g), prob: quantise(Math.log10(p), PROB_STEP), back, count: counts[k].get(g) };
};
// Every n-gram's first unit is a kept unigram (counts never fall as an n-gram is cut shorter).
const units = [...prob[1].keys()].map((g) => g.charCodeAt(0)).sort((a, b) => a - b);
const unitIndex = new Map(units.map((u, i) => [u, i]));
const unigrams = units.map((u) => entryOf(1, String.fromCharCode(u), prob[1].get(String.fromCharCode(u))));
const pairsOf = units.map(() => []);
for (const [g, p] of prob[2]) pairsOf[unitIndex.get(g.charCodeAt(0))].push(entryOf(2, g, p));
for (const list of pairsOf) list.sort((a, b) => a.g.charCodeAt(1) - b.g.charCodeAt(1));
const byUnit = new Map(units.map((u) => [u, []]));
let entries = prob[1].size + prob[2].size;
for (let k = 3; k <= ORDER; k++) {
  for (const [g, p] of prob[k]) {
    byUnit.get(g.charCodeAt(0)).push(entryOf(k, g, p));
    entries++;
  }
}

let collisions = 0;
const blocks = units.map((unit) => {
  const list = byUnit.get(unit).sort((a, b) => a.hash - b.hash || b.count - a.count || (a.g < b.g ? -1 : a.g > b.g ? 1 : 0));
  // Two n-grams of one block with one hash: keep the more frequent (the list is sorted so).
  const kept = list.filter((e, i) => i === 0 || list[i - 1].hash !== e.hash);
  collisions += list.length - kept.length;
  const n = kept.length;
  const bytes = new Uint8Array(4 + 4 * n + Math.ceil((2 * n) / 4) * 4);
  const view = new DataView(bytes.buffer);
  view.setUint32(0, n, true);
  kept.forEach((e, i) => {
    view.setUint32(4 + 4 * i, e.hash, true);
    bytes[4 + 4 * n + i] = e.prob;
    bytes[4 + 5 * n + i] = e.back;
  });
  return bytes;
});

const pad4 = (n) => Math.ceil(n / 4) * 4;
const n = units.length;
const pairCount = prob[2].size;
const unigramsAt = 32 + 4 * n + 8 * (n + 1);
const pairNextAt = unigramsAt + pad4(2 * n);
const pairQuantsAt = pairNextAt + pad4(2 * pairCount);
const headerBytes = pairQuantsAt + pad4(2 * pairCount);
const starts = [headerBytes];
for (const b of blocks) starts.push(starts[starts.length - 1] + b.length);
const out = new Uint8Array(starts[starts.length - 1]);
const view = new DataView(out.buffer);
view.setUint32(0, 0x4d4c4c52, true); // "RLLM"
view.setUint32(4, 2, true);
view.setUint32(8, ORDER, true);
view.setUint32(12, n, true);
view.setFloat32(16, PROB_STEP, true);
view.setFloat32(20, BACKOFF_STEP, true);
view.setFloat32(24, unknownLogProb, true);
view.setUint32(28, pairCount, true);
units.forEach((u, i) => view.setUint32(32 + 4 * i, u, true));
starts.forEach((s, i) => view.setUint32(32 + 4 * n + 4 * i, s, true));
let pair = 0;
for (let i = 0; i <= n; i++) {
  view.setUint32(32 + 4 * n + 4 * (n + 1) + 4 * i, pair, true);
  if (i === n) break;
  out[unigramsAt + i] = unigrams[i].prob;
  out[unigramsAt + n + i] = unigrams[i].back;
  for (const e of pairsOf[i]) {
    view.setUint16(pairNextAt + 2 * pair, e.g.charCodeAt(1), true);
    out[pairQuantsAt + pair] = e.prob;
    out[pairQuantsAt + pairCount + pair] = e.back;
    pair++;
  }
}
blocks.forEach((b, i) => out.set(b, starts[i]));

mkdirSync(dirname(outFile), { recursive: true });
writeFileSync(outFile, out);
const mb = (n) => (n / 1048576).toFixed(1);
console.log(
  `build-lm: ${entries} n-grams (orders 1–${ORDER}; ${prob.map((p, k) => (k ? `${k}: ${p.size}` : "")).filter(Boolean).join(", ")}), ` +
    `${collisions} hash collisions dropped, ${units.length} blocks, ${mb(out.length)} MB → ${outFile} ` +
    `(counting ${(countMs / 1000).toFixed(0)} s, total ${((performance.now() - t0) / 1000).toFixed(0)} s, ` +
    `peak RSS ≥ ${mb(process.memoryUsage().rss)} MB; discounts ${discount.slice(1).map((d) => d.toFixed(3)).join(" ")})`,
);
