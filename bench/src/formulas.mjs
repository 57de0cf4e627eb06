#!/usr/bin/env node
// How well the CLI catches a central formula quoted wrong — a character dropped, two neighbours
// swapped, one replaced by a same-sound character, two enumerated items swapped, an item left out —
// and what it says of the formulas quoted right. Issue 14: "a fixed formula with its items
// reordered or one replaced … compared item by item".
//
// Usage (from the repository root, after `npx -y pnpm@10 build`):
//   node bench/src/formulas.mjs [--seed 1] [--verbose]
//
// Every formula of the preset's data/formulations.json ("canonical") gets one variant of each kind
// that applies (and, drawn apart, one with a word of two or three characters inside it left out) (a seeded PRNG, mulberry32, picks the place), none equal to the canonical text; each
// is quoted in a sentence of its own (坚持…。 / 深入学习贯彻…。), a blank line between sentences,
// and the built CLI (--format json) checks the file. A variant counts as caught when a finding of
// formulation, wrong-character or duplicated-word overlaps it; a canonical sentence counts as a
// false alarm when any finding does. Printed: recall by kind, the false alarms, with --verbose every
// variant missed. Last line:
//   formulas: caught C/N (P%), false alarms F on K correct quotations
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { mulberry32, repoDir } from "./corpus.mjs";
import { lintSentences, option, report, requireBuilt } from "./probe.mjs";

const SEED = option("--seed", 1);
const dataFile = join(repoDir, "packages", "textlint-rule-preset-gov-report", "data", "formulations.json");
const coreDist = join(repoDir, "packages", "core", "dist", "index.js");
requireBuilt("formulas", [dataFile, coreDist]);
const { confusables, segment } = await import(pathToFileURL(coreDist).href);
const formulas = JSON.parse(readFileSync(dataFile, "utf8")).filter((f) => f.kind === "formulation" || f.kind === undefined);
const rand = mulberry32(SEED);
// The word-dropped variants draw from a stream of their own, so the other kinds' variants are those of before.
const wordRand = mulberry32(SEED + 1000);
const pick = (arr) => arr[Math.floor(rand() * arr.length)];
const HAN = /\p{Script=Han}/u;

function variant(c, kind) {
  for (let attempt = 0; attempt < 30; attempt++) {
    const i = Math.floor(rand() * c.length);
    let v = null;
    if (kind === "drop" && HAN.test(c[i])) v = c.slice(0, i) + c.slice(i + 1);
    else if (kind === "swap" && i + 1 < c.length && HAN.test(c[i]) && HAN.test(c[i + 1]) && c[i] !== c[i + 1]) v = c.slice(0, i) + c[i + 1] + c[i] + c.slice(i + 2);
    else if (kind === "homophone" && HAN.test(c[i])) {
      const same = confusables(c[i]).filter((x) => x.kind === "homophone" && x.char.length === 1);
      if (same.length > 0) v = c.slice(0, i) + pick(same).char + c.slice(i + 1);
    } else if (kind === "reorder" || kind === "item dropped") {
      const items = c.split("、");
      if (items.length < 3) return null;
      // The last item carries the formula's tail (…一体建设): items are the parts between 、.
      const last = items.length - 1;
      const k = Math.floor(rand() * last);
      const copy = [...items];
      if (kind === "reorder") [copy[k], copy[k + 1]] = [copy[k + 1], copy[k]];
      else copy.splice(k, 1);
      v = copy.join("、");
    }
    if (v !== null && v !== c) return v;
  }
  return null;
}

/** A word of two or three characters inside the formula (not its first nor its last, no 、 in it) left out: 习近平|新时代|中国特色社会主义思想. */
function wordDropped(c) {
  const words = segment(c);
  const inner = [];
  for (let k = 1, at = words[0].length; k < words.length - 1; at += words[k].length, k++) {
    if (words[k].length >= 2 && words[k].length <= 3 && !/[、，“”]/u.test(words[k])) inner.push({ at, length: words[k].length });
  }
  if (inner.length === 0) return null;
  const w = inner[Math.floor(wordRand() * inner.length)];
  return c.slice(0, w.at) + c.slice(w.at + w.length);
}

const FRAMES = [(t) => `坚持${t}。`, (t) => `深入学习贯彻${t}，推动工作落实。`];
const cases = [];
for (const f of formulas) {
  const frame = pick(FRAMES);
  cases.push({ id: f.id, text: f.canonical, edit: null, frame });
  for (const edit of ["drop", "swap", "homophone", "reorder", "item dropped"]) {
    const v = variant(f.canonical, edit);
    if (v !== null) cases.push({ id: f.id, text: v, edit, frame, canonical: f.canonical });
  }
  const w = wordDropped(f.canonical);
  if (w !== null) cases.push({ id: f.id, text: w, edit: "word dropped", frame, canonical: f.canonical });
}
for (const c of cases) c.sentence = c.frame(c.text);
report({
  label: "formulas",
  cases,
  messages: lintSentences("formulas", cases),
  rules: new Set(["formulation", "wrong-character", "duplicated-word"]),
  groups: (c) => ({ "by edit": c.edit }),
  heading: `${formulas.length} formulas (seed ${SEED})`,
  missed: (c) => `${c.edit}: ${c.sentence}   (${c.canonical})`,
  cleanName: "correct quotations",
});
