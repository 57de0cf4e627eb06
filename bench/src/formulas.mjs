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
// that applies (a seeded PRNG, mulberry32, picks the place), none equal to the canonical text; each
// is quoted in a sentence of its own (坚持…。 / 深入学习贯彻…。), a blank line between sentences,
// and the built CLI (--format json) checks the file. A variant counts as caught when a finding of
// formulation, wrong-character or duplicated-word overlaps it; a canonical sentence counts as a
// false alarm when any finding does. Printed: recall by kind, the false alarms, with --verbose every
// variant missed. Last line:
//   formulas: caught C/N (P%), false alarms F on K correct quotations
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { mulberry32, repoDir } from "./corpus.mjs";

function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? Number(process.argv[i + 1]) : fallback;
}
const SEED = option("--seed", 1);
const VERBOSE = process.argv.includes("--verbose") || process.argv.includes("-v");
const dataFile = join(repoDir, "packages", "textlint-rule-preset-gov-report", "data", "formulations.json");
const coreDist = join(repoDir, "packages", "core", "dist", "index.js");
const bin = join(repoDir, "node_modules", ".bin", "report-lint");
for (const f of [dataFile, coreDist, bin]) {
  if (!existsSync(f)) {
    process.stderr.write(`formulas: ${f} is missing; run \`npx -y pnpm@10 build\` first\n`);
    process.exit(2);
  }
}
const { confusables } = await import(pathToFileURL(coreDist).href);
const formulas = JSON.parse(readFileSync(dataFile, "utf8")).filter((f) => f.kind === "formulation" || f.kind === undefined);
const rand = mulberry32(SEED);
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

const FRAMES = [(t) => `坚持${t}。`, (t) => `深入学习贯彻${t}，推动工作落实。`];
const cases = [];
for (const f of formulas) {
  const frame = pick(FRAMES);
  cases.push({ id: f.id, text: f.canonical, edit: null, frame });
  for (const edit of ["drop", "swap", "homophone", "reorder", "item dropped"]) {
    const v = variant(f.canonical, edit);
    if (v !== null) cases.push({ id: f.id, text: v, edit, frame, canonical: f.canonical });
  }
}
let file = "";
for (const c of cases) {
  const sentence = c.frame(c.text);
  c.start = file.length + sentence.indexOf(c.text);
  c.end = c.start + c.text.length;
  c.sentence = sentence;
  file += sentence + "\n\n";
}
const dir = mkdtempSync(join(tmpdir(), "formulas-"));
try {
  const path = join(dir, "quotations.txt");
  writeFileSync(path, file);
  const r = spawnSync(bin, ["--format", "json", path], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0 && r.status !== 1) {
    process.stderr.write(`formulas: report-lint exited ${r.status}: ${r.stderr}\n`);
    process.exit(2);
  }
  const messages = JSON.parse(r.stdout)[0].messages;
  const CONTENT = new Set(["formulation", "wrong-character", "duplicated-word"]);
  const overlaps = (c, m) => m.range[0] < c.end && Math.max(m.range[1], m.range[0] + 1) > c.start;
  const byKind = new Map();
  const missed = [];
  const alarms = [];
  let caught = 0;
  let faulty = 0;
  let clean = 0;
  for (const c of cases) {
    const hits = messages.filter((m) => overlaps(c, m));
    if (c.edit === null) {
      clean++;
      if (hits.length > 0) alarms.push(`${c.sentence} | ${hits.map((m) => `${m.ruleId}: ${m.message}`).join("; ")}`);
      continue;
    }
    faulty++;
    const ok = hits.some((m) => CONTENT.has(m.ruleId));
    if (ok) caught++;
    else missed.push(`${c.edit}: ${c.sentence}   (${c.canonical})`);
    const e = byKind.get(c.edit) ?? [0, 0];
    e[0] += ok ? 1 : 0;
    e[1]++;
    byKind.set(c.edit, e);
  }
  console.log(`${formulas.length} formulas (seed ${SEED}); by edit: ${[...byKind].map(([k, [a, b]]) => `${k} ${a}/${b}`).join(", ")}`);
  for (const a of alarms) console.log(`FALSE ALARM ${a}`);
  if (VERBOSE) for (const m of missed) console.log(`MISSED ${m}`);
  console.log(`formulas: caught ${caught}/${faulty} (${((100 * caught) / faulty).toFixed(1)}%), false alarms ${alarms.length} on ${clean} correct quotations`);
} finally {
  rmSync(dir, { recursive: true, force: true });
}
