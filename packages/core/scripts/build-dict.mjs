#!/usr/bin/env node
// Builds dist/jieba/ — the word segmenter's data — from jieba's dictionary and HMM model as
// cppjieba ships them (in the nodejieba package, a dev dependency used for its data only):
//   words.utf16le  every dictionary word, sorted by UTF-16 code unit, one per line, in UTF-16LE
//                  (read as a string with a plain copy, twice as fast as decoding UTF-8, and smaller);
//   dict.bin   little-endian: u32 count, u32 0, f64 total of all frequencies, u32 offsets[count + 1]
//              into that string, u32 freqs[count];
//   hmm.bin    the BEMS model, little-endian: u32 count, u32 0, u32 code points[count] (sorted),
//              then from the next multiple of 8: f64 start[4], f64 trans[4 × 4], f64 emit[4 × count]
//              (state-major; a character a state never emits: -3.14e100);
//   LICENSE    the MIT licence of the data.
// The runtime reads these without parsing 350,000 lines (see src/segment.ts).
import { mkdirSync, readFileSync, writeFileSync, copyFileSync } from "node:fs";
import { createRequire } from "node:module";
import { dirname, join } from "node:path";
import { fileURLToPath } from "node:url";

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
const text = words.join("\n") + "\n";
const bin = new Uint32Array(4 + words.length + 1 + words.length);
bin[0] = words.length;
let total = 0;
let at = 0;
words.forEach((w, i) => {
  bin[4 + i] = at;
  at += w.length + 1;
  bin[4 + words.length + 1 + i] = freq.get(w);
  total += freq.get(w);
});
bin[4 + words.length] = at;
new Float64Array(bin.buffer, 8, 1)[0] = total;

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
writeFileSync(join(out, "words.utf16le"), Buffer.from(text, "utf16le"));
writeFileSync(join(out, "dict.bin"), new Uint8Array(bin.buffer));
writeFileSync(join(out, "hmm.bin"), new Uint8Array(hmm));
copyFileSync(join(source, "LICENSE"), join(out, "LICENSE"));
console.log(`build-dict: ${words.length} words, ${(text.length / 1e6).toFixed(1)} M characters → ${out}`);
