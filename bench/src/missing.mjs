// Dropped characters: each clean sentence of ECSpell's official-document set (../shared/corpus/csc/odw.train)
// loses one character from inside a multi-character word (fixed seed); counts how often
// wrong-character's missing-character search restores it at the right place, and how often it
// proposes an insertion in the clean sentences; then the same with a word's first character dropped.
// Run after `pnpm build`: node bench/src/missing.mjs
// (`MISSING=4.5` tries another margin; `M=1` lists the misses, `V=1` the false alarms).
import * as core from "../../packages/core/dist/index.js";
import { readFileSync } from "node:fs";
const rows = readFileSync(new URL("../../../shared/corpus/csc/odw.train", import.meta.url), "utf8").split("\n").filter(Boolean).map(l => l.split("\t"));
const clean = [...new Set(rows.map(r => r[2]))];
let seed = 7; const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
const candidates = (ch) => core.confusables(ch);
const margins = { ...core.DEFAULT_MARGINS, missing: Number(process.env.MISSING ?? core.DEFAULT_MARGINS.missing) };
let N = 0, caught = 0, fa = 0, other = 0, K = 0;
for (const t of clean) {
  const sus = core.findSpellingSuspects(t, { candidates, margins }).filter(s => s.kind === "missing");
  K++; if (sus.length) { fa++; if (process.env.V) console.log("FA", t.slice(0, 50), sus.map(s => t.substr(s.index - 2, 3) + "→" + s.replacement + " " + s.margin.toFixed(1)).join()); }
  // delete one char inside a multi-char word
  const toks = core.segment(t); let at = 0; const spots = [];
  for (const w of toks) { if (w.length >= 2 && /^[\u4e00-\u9fff]+$/.test(w)) for (let k = 1; k < w.length; k++) spots.push(at + k); at += w.length; }
  if (!spots.length) continue;
  const p = spots[Math.floor(rnd() * spots.length)];
  const bad = t.slice(0, p) + t.slice(p + 1); N++;
  const s2 = core.findSpellingSuspects(bad, { candidates, margins }).filter(s => s.kind === "missing");
  if (s2.some(s => s.index === p && s.replacement[0] === t[p])) caught++; else if (s2.length) other++;
  if (process.env.M && !s2.some(s => s.index === p)) console.log("MISS", bad.slice(Math.max(0, p - 6), p) + "_" + bad.slice(p, p + 4), t[p]);
}
console.log(`missing: caught ${caught}/${N} (${(100 * caught / N).toFixed(1)}%), elsewhere ${other}, false alarms ${fa}/${K} clean sentences`);

// A word's first character dropped, where a Chinese character comes before it (法治政府|建|设 → 法治政府设):
// the gap then lies between two words, and only the word after it can say what is missing.
{
  let seed = 13; const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  let N = 0, caught = 0, other = 0;
  for (const t of clean) {
    const toks = core.segment(t); let at = 0; const spots = [];
    for (const w of toks) { if (w.length >= 2 && /^[\u4e00-\u9fff]+$/.test(w) && at > 0 && /[\u4e00-\u9fff]/.test(t[at - 1])) spots.push(at); at += w.length; }
    if (!spots.length) continue;
    const p = spots[Math.floor(rnd() * spots.length)];
    const bad = t.slice(0, p) + t.slice(p + 1); N++;
    const s2 = core.findSpellingSuspects(bad, { candidates, margins }).filter(s => s.kind === "missing");
    if (s2.some(s => s.index === p && s.replacement[0] === t[p])) caught++; else if (s2.length) other++;
    if (process.env.M && !s2.some(s => s.index === p)) console.log("MISS", bad.slice(Math.max(0, p - 6), p) + "_" + bad.slice(p, p + 4), t[p]);
  }
  console.log(`missing (a word's first character): caught ${caught}/${N} (${(100 * caught / N).toFixed(1)}%), elsewhere ${other}`);
}
