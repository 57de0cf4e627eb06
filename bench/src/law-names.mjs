#!/usr/bin/env node
// How well the CLI catches a law's name cited with one edit — a character dropped, one added, two
// swapped, one replaced by a same-sound character — and what it says of the same names written
// correctly. Issue 14: "a name in 《》 or after 依据/根据/按照 that is one edit from a real name and
// is not itself real is flagged with the real name, at every length".
//
// Titles of 8 characters or more also get a fifth variant, any one character replaced by another (law-name counts
// any replacement from that length on), and a sixth, two neighbouring two-character words swapped; laws a seventh,
// their implementing regulation (…法实施条例) named with the law's same-sound variant.
//
// Usage (from the repository root, after `npx -y pnpm@10 build`):
//   node bench/src/law-names.mjs [--n 200] [--seed 1] [--verbose]
//
// A seeded PRNG (mulberry32) draws N titles from the preset's law list (laws, administrative
// regulations, judicial interpretations, ministry rules; the generated data/law-list.json) and, for
// each, one variant of each kind that is not itself a title of the list. Each title and variant is
// cited in a sentence of its own, in one of three ways (《title》, 《中华人民共和国title》 for a law,
// 依据title第N条), a blank line between sentences; the built CLI (--format json) checks the file.
// A variant counts as caught when a finding of law-name, wrong-character or formulation overlaps
// the cited name; a correct title's sentence counts as a false alarm when any finding does.
// Printed: recall by kind and by the name's length, false alarms (each listed), and with --verbose
// every variant missed. Last line:
//   law names: caught C/N (P%), false alarms F on K correct citations
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { mulberry32, repoDir } from "./corpus.mjs";
import { lintSentences, option, report, requireBuilt } from "./probe.mjs";

const N = option("--n", 200);
const SEED = option("--seed", 1);
const listFile = join(repoDir, "packages", "textlint-rule-preset-gov-report", "data", "law-list.json");
const coreDist = join(repoDir, "packages", "core", "dist", "index.js");
requireBuilt("law-names", [listFile, coreDist]);
const { confusables, wordFrequency } = await import(pathToFileURL(coreDist).href);
const { titles } = JSON.parse(readFileSync(listFile, "utf8"));
const KINDS = ["法律", "行政法规", "司法解释", "部门规章"];
const all = new Set(Object.values(titles).flat());
const pool = KINDS.flatMap((k) => (titles[k] ?? []).map((t) => ({ title: t, kind: k }))).filter((x) => x.title.length >= 3);
const rand = mulberry32(SEED);
const pick = (arr) => arr[Math.floor(rand() * arr.length)];
const HAN = /\p{Script=Han}/u;
const COMMON = [..."法规条例办理管制度行政国家民事务"];

/** One variant of `t` of the given kind that is no title, or null. The last two characters (法, 条例 …) are edited too. */
function variant(t, kind) {
  for (let attempt = 0; attempt < 20; attempt++) {
    const i = Math.floor(rand() * t.length);
    let v = null;
    if (kind === "drop") v = t.slice(0, i) + t.slice(i + 1);
    else if (kind === "add") v = t.slice(0, i) + pick(COMMON) + t.slice(i);
    else if (kind === "swap" && i + 1 < t.length && t[i] !== t[i + 1]) v = t.slice(0, i) + t[i + 1] + t[i] + t.slice(i + 2);
    else if (kind === "homophone" && HAN.test(t[i])) {
      const same = confusables(t[i]).filter((c) => c.kind === "homophone" && c.char.length === 1);
      if (same.length > 0) v = t.slice(0, i) + pick(same).char + t.slice(i + 1);
    }
    if (v !== null && v.length >= 2 && !all.has(v)) return v;
  }
  return null;
}

// Any one character of a title of 8 or more replaced by another of the list's titles' (事件 → 事故): from its own
// generator, so that the other kinds draw what they drew before this kind was added.
const otherRand = mulberry32(SEED + 1000);
const TITLE_CHARS = [...new Set([...all].join("").replace(/[^\u4e00-\u9fff]/gu, ""))].sort();
function otherVariant(t) {
  if (t.length < 8) return null;
  for (let attempt = 0; attempt < 20; attempt++) {
    const i = Math.floor(otherRand() * t.length);
    if (!HAN.test(t[i])) continue;
    const c = TITLE_CHARS[Math.floor(otherRand() * TITLE_CHARS.length)];
    const v = t.slice(0, i) + c + t.slice(i + 1);
    if (c !== t[i] && !all.has(v)) return v;
  }
  return null;
}

// Two neighbouring words of two characters each swapped (环境卫生 → 卫生环境), in a title of 8 or more, not in its
// ending: from its own generator too.
const swapRand = mulberry32(SEED + 2000);
const ENDINGS = /(?:法|法典|条例|规定|办法|细则|解释|规则|通则|决定)$/u;
function wordsSwappedVariant(t) {
  if (t.length < 8) return null;
  const body = t.length - (ENDINGS.exec(t)?.[0].length ?? 0);
  const spots = [];
  for (let p = 0; p + 4 <= body; p++) {
    const a = t.slice(p, p + 2);
    const b = t.slice(p + 2, p + 4);
    if (a !== b && HAN.test(a[0]) && wordFrequency(a) > 0 && wordFrequency(b) > 0) spots.push(p);
  }
  if (spots.length === 0) return null;
  const p = spots[Math.floor(swapRand() * spots.length)];
  const v = t.slice(0, p) + t.slice(p + 2, p + 4) + t.slice(p, p + 2) + t.slice(p + 4);
  return all.has(v) ? null : v;
}
// A law's implementing regulation named with the law misnamed (消费者权利保护法实施条例): the law's own same-sound
// variant, then 实施条例 — whether or not the list has that regulation.
const implRand = mulberry32(SEED + 3000);
function implementingVariant(t, kind) {
  if (kind !== "法律" || !t.endsWith("法")) return null;
  for (let attempt = 0; attempt < 20; attempt++) {
    const i = Math.floor(implRand() * (t.length - 1));
    const same = HAN.test(t[i]) ? confusables(t[i]).filter((c) => c.kind === "homophone" && c.char.length === 1) : [];
    if (same.length === 0) continue;
    const v = t.slice(0, i) + same[Math.floor(implRand() * same.length)].char + t.slice(i + 1);
    if (!all.has(v)) return v + "实施条例";
  }
  return null;
}

const CITES = [
  (n) => `认真贯彻落实《${n}》，依法履行职责。`,
  (n, kind) => (kind === "法律" ? `全面实施《中华人民共和国${n}》，推进依法行政。` : `严格执行《${n}》，规范执法行为。`),
  (n) => `依据${n}第十二条的规定，作出行政处罚决定。`,
];
const cases = [];
const drawn = new Set();
while (cases.filter((c) => c.edit === null).length < Math.min(N, pool.length)) {
  const { title, kind } = pick(pool);
  if (drawn.has(title)) continue;
  drawn.add(title);
  const cite = pick(CITES);
  const form = ["《》", "《》", "bare"][CITES.indexOf(cite)];
  cases.push({ title, name: title, kind, edit: null, cite, form });
  for (const edit of ["drop", "add", "swap", "homophone"]) {
    const v = variant(title, edit);
    if (v !== null) cases.push({ title, name: v, kind, edit, cite, form });
  }
  const other = otherVariant(title);
  if (other !== null) cases.push({ title, name: other, kind, edit: "other (≥ 8 characters)", cite, form });
  const swapped = wordsSwappedVariant(title);
  if (swapped !== null) cases.push({ title, name: swapped, kind, edit: "words swapped (≥ 8 characters)", cite, form });
  const implementing = implementingVariant(title, kind);
  if (implementing !== null) cases.push({ title, name: implementing, kind, edit: "law misnamed in its 实施条例", cite, form });
}

for (const c of cases) {
  c.sentence = c.cite(c.name, c.kind);
  c.text = c.name;
}
report({
  label: "law names",
  cases,
  messages: lintSentences("law-names", cases),
  rules: new Set(["law-name", "wrong-character", "formulation"]),
  groups: (c) => ({
    "by edit": c.edit,
    "by the title's length": c.title.length <= 4 ? "≤4" : c.title.length <= 8 ? "5–8" : "≥9",
    "by how it is cited": `${c.form} ${c.kind}`,
  }),
  heading: `${drawn.size} titles (seed ${SEED})`,
  missed: (c) => `${c.edit} ${c.title} → ${c.sentence}`,
  cleanName: "correct citations",
});
