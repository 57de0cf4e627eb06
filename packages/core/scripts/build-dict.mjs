#!/usr/bin/env node
// Builds dist/jieba/ — the word segmenter's data — from jieba's dictionary and HMM model as
// cppjieba ships them (in the nodejieba package, a dev dependency used for its data only):
//   dict.bin   every dictionary word, sorted by UTF-16 code unit and grouped into blocks by
//              their first code unit, so that a run reads only the blocks of the characters it
//              segments (a report's few clauses touch a few dozen of ~12,000 blocks). All
//              little-endian, every array at a multiple of 4 bytes:
//                u32 blockCount, u32 0, f64 total of all frequencies,
//                u32 firstUnit[blockCount] (ascending), u32 blockStart[blockCount + 1] (byte
//                offsets in the file; the last is the file's length),
//                then each block: u32 count, u32 freqs[count], u32 ends[count] (where each word
//                ends in the block's text, in code units), u16 text (the words, back to back),
//                padded to 4 bytes; then what the 错别字 search's gapCompletions asks of a block
//                (src/segment.ts, Completions), worked out here rather than at the first use in
//                every process: u32 distinct, u32 longer, u32 twos, u32 starts[distinct + 1],
//                u32 words[longer] (the words of three or more code units and a non-zero
//                frequency, by their third unit, ascending, then by position), u16 thirds[distinct]
//                (those third units, ascending), u16 seconds[twos] (the second units of the
//                two-unit words of a non-zero frequency, the most frequent first, ties in order),
//                padded to 4 bytes; since the fourth count (u32 firsts after twos), u16 firsts[firsts]
//                after the seconds: the first units of the WORD_STARTS two-unit words whose second
//                unit is the block's that are most likely in official prose (by the language model,
//                then jieba's frequency: 建, 开, 增 … for 设) — what the search proposes for a word's
//                first character lost before it (…法治|设);
//   hmm.bin    the BEMS model, little-endian: u32 count, u32 0, u32 code points[count] (sorted),
//              then from the next multiple of 8: f64 start[4], f64 trans[4 × 4], f64 emit[4 × count]
//              (state-major; a character a state never emits: -3.14e100);
//   LICENSE    the MIT licence of the data;
//   lm.bin     the language model, copied from data/lm.bin (see scripts/build-lm.mjs), and its
//              sources and licence basis, LM-NOTICE (from data/NOTICE).
// The runtime reads these without parsing 350,000 lines (see src/segment.ts).
import { mkdirSync, readFileSync, rmSync, writeFileSync, copyFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";

const here = dirname(fileURLToPath(import.meta.url));
const out = join(here, "..", "dist", "jieba");
const require = createRequire(import.meta.url);
const source = join(dirname(require.resolve("nodejieba/package.json")), "submodules", "cppjieba");
const dict = join(source, "dict");

const freq = new Map();
for (const line of readFileSync(join(dict, "jieba.dict.utf8"), "utf8").split("\n")) {
  if (line === "") continue;
  const [word, f] = line.split(" ");
  if (word === undefined || word.includes("\n") || !(Number(f) >= 0)) throw new Error(`build-dict: bad line ${JSON.stringify(line)}`);
  freq.set(word, (freq.get(word) ?? 0) + Number(f));
}
const words = [...freq.keys()].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0));
let total = 0;
for (const w of words) total += freq.get(w);

// Blocks of words that share their first code unit.
const blocks = [];
for (const w of words) {
  const unit = w.charCodeAt(0);
  if (blocks.length === 0 || blocks[blocks.length - 1].unit !== unit) blocks.push({ unit, words: [] });
  blocks[blocks.length - 1].words.push(w);
}
/** A block's completions (see the layout above): its words as gapCompletions reads them after a one-character prefix. */
function completionsOf(ws) {
  const byThird = new Map();
  const twos = [];
  ws.forEach((w, i) => {
    if (freq.get(w) === 0 || w.length < 2) return;
    if (w.length === 2) {
      twos.push(i);
      return;
    }
    const third = w.charCodeAt(2);
    if (!byThird.has(third)) byThird.set(third, []);
    byThird.get(third).push(i);
  });
  const thirds = [...byThird.keys()].sort((a, b) => a - b);
  const starts = [0];
  const words = [];
  for (const t of thirds) {
    words.push(...byThird.get(t));
    starts.push(words.length);
  }
  const seconds = twos.sort((x, y) => freq.get(ws[y]) - freq.get(ws[x]) || x - y).map((i) => ws[i].charCodeAt(1));
  return { thirds, starts, words, seconds };
}

// The two-unit words of a non-zero frequency by their second unit, for the block of that unit: the
// WORD_STARTS firsts most likely in official prose — by the language model (data/lm.bin, built from the
// corpus by scripts/build-lm.mjs and read through this build's dist/index.js): p(first) · p(second |
// first), then jieba's frequency. jieba's frequency alone ranks general text (条件, 事件, 一件, 软件, 这件
// before 文件 for …|件). bench/src/missing.mjs, ECSpell's correct sentences with a word's first character
// dropped: by jieba's frequency 3 restore 196 of 922, 5 restore 206 (228 with the searches of today), 8
// restore 211; by the model, 5 restore 234 and 8 restore 243, with no insertion proposed in the 925
// correct sentences either way.
const WORD_STARTS = 8;
const bySecond = new Map();
words.forEach((w) => {
  if (w.length !== 2 || freq.get(w) === 0) return;
  const second = w.charCodeAt(1);
  if (!bySecond.has(second)) bySecond.set(second, []);
  bySecond.get(second).push(w);
});
const official = await import(pathToFileURL(join(here, "..", "dist", "index.js")).href);
official.setLanguageModelFile(join(here, "..", "data", "lm.bin"));
/** log10 p(w[0]) + log10 p(w[1] | w[0]) in the model of official prose. */
const officialLogProb = (w) => {
  const units = new Uint16Array([w.charCodeAt(0), w.charCodeAt(1)]);
  return official.conditionalLogProb(units, 0, 0) + official.conditionalLogProb(units, 1, 0);
};
const firstsOf = (unit) =>
  (bySecond.get(unit) ?? [])
    .map((w) => ({ w, lp: officialLogProb(w) }))
    .sort((x, y) => y.lp - x.lp || freq.get(y.w) - freq.get(x.w) || (x.w < y.w ? -1 : x.w > y.w ? 1 : 0))
    .slice(0, WORD_STARTS)
    .map(({ w }) => w.charCodeAt(0));
if (official.languageModelError() !== null) throw new Error(`build-dict: ${official.languageModelError().message}`);

const pad4 = (n) => Math.ceil(n / 4) * 4;
const blockBytes = blocks.map(({ unit, words: ws }) => {
  const units = ws.reduce((n, w) => n + w.length, 0);
  const c = completionsOf(ws);
  const firsts = firstsOf(unit);
  const at = 4 + 8 * ws.length + pad4(2 * units);
  const bytes = new ArrayBuffer(at + 16 + 4 * (c.starts.length + c.words.length) + pad4(2 * (c.thirds.length + c.seconds.length + firsts.length)));
  const tail = new Uint32Array(bytes, at, 4 + c.starts.length + c.words.length);
  tail.set([c.thirds.length, c.words.length, c.seconds.length, firsts.length, ...c.starts, ...c.words]);
  new Uint16Array(bytes, at + 4 * tail.length, c.thirds.length + c.seconds.length + firsts.length).set([...c.thirds, ...c.seconds, ...firsts]);
  const head = new Uint32Array(bytes, 0, 1 + 2 * ws.length);
  head[0] = ws.length;
  const text = new Uint16Array(bytes, 4 + 8 * ws.length, units);
  let end = 0;
  ws.forEach((w, i) => {
    head[1 + i] = freq.get(w);
    for (let k = 0; k < w.length; k++) text[end + k] = w.charCodeAt(k);
    end += w.length;
    head[1 + ws.length + i] = end;
  });
  return new Uint8Array(bytes);
});
const headerBytes = 16 + 4 * blocks.length + 4 * (blocks.length + 1);
const dictBin = new Uint8Array(headerBytes + blockBytes.reduce((n, b) => n + b.length, 0));
const header = new DataView(dictBin.buffer);
header.setUint32(0, blocks.length, true);
header.setFloat64(8, total, true);
let at = headerBytes;
blocks.forEach((b, i) => {
  header.setUint32(16 + 4 * i, b.unit, true);
  header.setUint32(16 + 4 * blocks.length + 4 * i, at, true);
  dictBin.set(blockBytes[i], at);
  at += blockBytes[i].length;
});
header.setUint32(16 + 4 * blocks.length + 4 * blocks.length, at, true);
if (new Uint8Array(new Uint16Array([1]).buffer)[0] !== 1) throw new Error("build-dict: writes little-endian data with typed arrays; run it on a little-endian machine");

const model = readFileSync(join(dict, "hmm_model.utf8"), "utf8").split("\n").filter((l) => l.trim() !== "" && !l.startsWith("#"));
if (model.length !== 9) throw new Error(`build-dict: expected 9 data lines in hmm_model.utf8, found ${model.length}`);
const numbers = (l) => l.trim().split(/\s+/u).map(Number);
const MIN_LOG = -3.14e100;
const emit = model.slice(5, 9).map((l) => {
  const m = new Map();
  for (const kv of l.split(",")) {
    const i = kv.lastIndexOf(":");
    const ch = kv.slice(0, i);
    if ([...ch].length !== 1) throw new Error(`build-dict: bad emission key ${JSON.stringify(ch)}`);
    m.set(ch.codePointAt(0), Number(kv.slice(i + 1)));
  }
  return m;
});
const chars = [...new Set(emit.flatMap((m) => [...m.keys()]))].sort((a, b) => a - b);
const start = numbers(model[0]);
const trans = model.slice(1, 5).flatMap(numbers);
if (start.length !== 4 || trans.length !== 16) throw new Error("build-dict: hmm_model.utf8 has an unexpected shape");
const floatsAt = Math.ceil((8 + 4 * chars.length) / 8) * 8;
const hmm = new ArrayBuffer(floatsAt + 8 * (4 + 16 + 4 * chars.length));
new Uint32Array(hmm, 0, 2).set([chars.length, 0]);
new Uint32Array(hmm, 8, chars.length).set(chars);
const floats = new Float64Array(hmm, floatsAt);
floats.set(start, 0);
floats.set(trans, 4);
emit.forEach((m, state) => chars.forEach((c, i) => (floats[20 + state * chars.length + i] = m.get(c) ?? MIN_LOG)));

mkdirSync(out, { recursive: true });
rmSync(join(out, "words.utf16le"), { force: true });
writeFileSync(join(out, "dict.bin"), dictBin);
writeFileSync(join(out, "hmm.bin"), new Uint8Array(hmm));
copyFileSync(join(source, "LICENSE"), join(out, "LICENSE"));
// The language model is derived from a corpus the published package does not carry, so it is
// committed (data/lm.bin, made by scripts/build-lm.mjs) and only copied here, beside the rest.
copyFileSync(join(here, "..", "data", "lm.bin"), join(out, "lm.bin"));
copyFileSync(join(here, "..", "data", "NOTICE"), join(out, "LM-NOTICE"));
console.log(`build-dict: ${words.length} words in ${blocks.length} blocks, ${(dictBin.length / 1e6).toFixed(1)} MB → ${out}`);
