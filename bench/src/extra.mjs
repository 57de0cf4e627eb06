// Extra characters: each clean sentence of ECSpell's official-document set (../shared/corpus/csc/odw.train)
// gets one character inserted inside a multi-character word (fixed seed) — a character drawn from the
// sentences' own text (frequency-weighted), or, as an input method slips, a same-sound character of the
// one before — and counts how often wrong-character's extra-character search flags it at the right place,
// and how often it flags a character in the clean sentences. Doubled characters (依法法行政) are
// duplicated-word's and left out. Run after `pnpm build`: node bench/src/extra.mjs
import * as core from "../../packages/core/dist/index.js";
import { readFileSync } from "node:fs";
const rows = readFileSync(new URL("../../../shared/corpus/csc/odw.train", import.meta.url), "utf8").split("\n").filter(Boolean).map((l) => l.split("\t"));
const clean = [...new Set(rows.map((r) => r[2]))];
const isHan = (c) => /^[\u4e00-\u9fff]$/u.test(c);
const pool = [...clean.join("")].filter(isHan);
const candidates = (ch) => core.confusables(ch);
const margins = { ...core.DEFAULT_MARGINS, extra: Number(process.env.EXTRA ?? core.DEFAULT_MARGINS.extra) };
const extras = (t) => core.findSpellingSuspects(t, { candidates, margins }).filter((s) => s.kind === "extra");
let fa = 0;
for (const t of clean) {
  const found = extras(t);
  if (found.length > 0) {
    fa++;
    if (process.env.V) console.log("FA", found.map((s) => `${t.slice(Math.max(0, s.index - 6), s.index)}[${t[s.index]}]${t.slice(s.index + 1, s.index + 6)} ${s.margin.toFixed(1)}`).join(" "));
  }
}
for (const source of ["drawn", "same-sound"]) {
  let seed = 11;
  const rnd = () => (seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff;
  let n = 0;
  let caught = 0;
  let other = 0;
  for (const t of clean) {
    const spots = [];
    let at = 0;
    for (const w of core.segment(t)) {
      if (w.length >= 2 && /^[\u4e00-\u9fff]+$/u.test(w)) for (let k = 1; k < w.length; k++) spots.push(at + k);
      at += w.length;
    }
    if (spots.length === 0) continue;
    const p = spots[Math.floor(rnd() * spots.length)];
    const same = candidates(t[p - 1]).filter((c) => c.kind === "homophone");
    const c = source === "same-sound" && same.length > 0 ? same[Math.floor(rnd() * same.length)].char : pool[Math.floor(rnd() * pool.length)];
    if (c === t[p - 1] || c === t[p]) continue;
    const bad = t.slice(0, p) + c + t.slice(p);
    n++;
    const found = extras(bad);
    if (found.some((s) => s.index === p)) caught++;
    else if (found.length > 0) other++;
    if (process.env.M && !found.some((s) => s.index === p)) console.log("MISS", `${bad.slice(Math.max(0, p - 6), p)}[${c}]${bad.slice(p + 1, p + 5)}`);
  }
  console.log(`extra (${source}): caught ${caught}/${n} (${((100 * caught) / n).toFixed(1)}%), elsewhere ${other}`);
}
console.log(`extra: false alarms ${fa}/${clean.length} clean sentences`);
