// Dropped characters: each clean sentence of ECSpell's official-document set (../shared/corpus/csc/odw.train)
// loses one character from inside a multi-character word (fixed seed); counts how often
// wrong-character's missing-character search restores it at the right place, and how often it
// proposes an insertion in the clean sentences; then the same with a word's first character dropped.
// Run after `pnpm build`: node bench/src/missing.mjs
// (`MISSING=4.5` tries another margin; `M=1` lists the misses, `V=1` the false alarms; `CORE=…/index.js` another build of core).
const core = await import(process.env.CORE ?? "../../packages/core/dist/index.js");
import { readFileSync } from "node:fs";
const rows = readFileSync(new URL("../../../shared/corpus/csc/odw.train", import.meta.url), "utf8").split("\n").filter(Boolean).map(l => l.split("\t"));
const clean = [...new Set(rows.map(r => r[2]))];
const candidates = (ch) => core.confusables(ch);
const margins = { ...core.DEFAULT_MARGINS, missing: Number(process.env.MISSING ?? core.DEFAULT_MARGINS.missing) };
const insertions = (t) => core.findSpellingSuspects(t, { candidates, margins }).filter(s => s.kind === "missing");
const isHan = (c) => /^[\u4e00-\u9fff]+$/.test(c);

let fa = 0;
for (const t of clean) {
  const sus = insertions(t);
  if (sus.length) { fa++; if (process.env.V) console.log("FA", t.slice(0, 50), sus.map(s => t.substr(s.index - 2, 3) + "→" + s.replacement + " " + s.margin.toFixed(1)).join()); }
}

/**
 * Drop, from each clean sentence, one of the places `spots(word, at, t)` names in its multi-character words (drawn
 * with this probe's own generator from `seed`: its float products are not corpus.mjs's lcg, and the published figures
 * were drawn with it), and count the drops restored at their place and the sentences with an insertion elsewhere.
 */
function restore(seed, spots) {
  const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  let n = 0, caught = 0, other = 0;
  for (const t of clean) {
    let at = 0; const places = [];
    for (const w of core.segment(t)) { if (w.length >= 2 && isHan(w)) places.push(...spots(w, at, t)); at += w.length; }
    if (!places.length) continue;
    const p = places[Math.floor(rnd() * places.length)];
    const bad = t.slice(0, p) + t.slice(p + 1); n++;
    const found = insertions(bad);
    if (found.some(s => s.index === p && s.replacement[0] === t[p])) caught++; else if (found.length) other++;
    if (process.env.M && !found.some(s => s.index === p)) console.log("MISS", bad.slice(Math.max(0, p - 6), p) + "_" + bad.slice(p, p + 4), t[p]);
  }
  return { n, caught, other, share: (100 * caught / n).toFixed(1) };
}

// Inside a word: any character but its first.
const inside = restore(7, (w, at) => Array.from({ length: w.length - 1 }, (_, k) => at + 1 + k));
console.log(`missing: caught ${inside.caught}/${inside.n} (${inside.share}%), elsewhere ${inside.other}, false alarms ${fa}/${clean.length} clean sentences`);
// A word's first character, where a Chinese character comes before it (法治政府|建|设 → 法治政府设): the gap then lies
// between two words, and only the word after it can say what is missing.
const first = restore(13, (w, at, t) => (at > 0 && /[\u4e00-\u9fff]/.test(t[at - 1]) ? [at] : []));
console.log(`missing (a word's first character): caught ${first.caught}/${first.n} (${first.share}%), elsewhere ${first.other}`);
