#!/usr/bin/env node
// How well duplicated-word catches a character typed twice inside a word (依法法行政, 政政府,
// 落实实, 制制度) — or, with --words, a word typed twice (法律法律, and the last two characters of a
// longer word typed again: 执法检查检查, 法律法规法规) — and what it says about the same paragraphs
// written correctly.
//
// Usage (from the repository root, after `npx -y pnpm@10 build`):
//   node bench/src/doubles.mjs [--n 300] [--seed 1] [--words] [--no-old] [--verbose]
//
// From the body paragraphs of the five seed reports (../shared/corpus/seeds/*.txt; paragraphs
// that hold a known duplicated-word fault of seeds.expected.jsonl are left out), a seeded PRNG
// (mulberry32, so the same seed gives the same cases) makes N faulty paragraphs: it picks a
// paragraph, a word of two or more Chinese characters in it (as core's `segment` cuts it, from
// packages/core/dist/index.js) and a character of that word — its first, its last or one between —
// and types that character twice. A character next to the same character (层层) is never chosen.
// The faulty paragraphs go to one temporary .txt file and the distinct clean paragraphs to
// another, a blank line between paragraphs; the built CLI (./node_modules/.bin/report-lint
// --format json) checks both.
//
// Printed: recall — the share of doubles where some duplicated-word finding overlaps the doubled
// pair; the duplicated-word findings on the clean paragraphs (false alarms, each listed); with
// --verbose, every double missed. Unless --no-old, the same recall for the rule as it was before
// it asked the language model (a copy of the CLI without dist/jieba/lm.bin: the rule then judges
// by segmentation alone, as it used to). Last line:
//   doubles: caught C/N (P%), false alarms F on K clean paragraphs
import { spawnSync } from "node:child_process";
import { cpSync, existsSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { pathToFileURL } from "node:url";
import { mulberry32, repoDir, seedFiles, seedsDir } from "./corpus.mjs";
import { option } from "./probe.mjs";

const N = option("--n", 300);
const SEED = option("--seed", 1);
const VERBOSE = process.argv.includes("--verbose") || process.argv.includes("-v");
const WORDS = process.argv.includes("--words");
const OLD = !WORDS && !process.argv.includes("--no-old");

const coreDist = join(repoDir, "packages", "core", "dist", "index.js");
const bin = join(repoDir, "node_modules", ".bin", "report-lint");
const cliDir = join(repoDir, "packages", "cli");
for (const f of [coreDist, bin, join(cliDir, "dist", "cli.cjs")]) {
  if (!existsSync(f)) {
    process.stderr.write(`doubles: ${f} is missing; run \`npx -y pnpm@10 build\` first\n`);
    process.exit(2);
  }
}
if (seedFiles().length === 0) {
  process.stderr.write(`doubles: no seed reports in ${seedsDir}\n`);
  process.exit(2);
}
const { segment } = await import(pathToFileURL(coreDist).href);

const HAN = /^\p{Script=Han}+$/u;
const SENTENCE_END = /[。；！？]$/u;

/** The known doubled words of the seeds (real faults, not false alarms): paragraphs holding one are left out. */
function knownFaults() {
  const file = resolve(seedsDir, "..", "seeds.expected.jsonl");
  if (!existsSync(file)) return [];
  return readFileSync(file, "utf8")
    .split("\n")
    .filter((l) => l.trim() !== "")
    .map((l) => JSON.parse(l))
    .filter((e) => e.category === "duplicated-word" && e.expect === "flag")
    .map((e) => e.focus);
}

// Body paragraphs: a sentence or more of prose, ending as a sentence ends (so that no paragraph
// ends with a word the next one starts with: the rule's line-break check stays out of it).
const faults = knownFaults();
const seen = new Set();
const paragraphs = [];
let leftOut = 0;
for (const f of seedFiles()) {
  for (const raw of readFileSync(f, "utf8").replace(/\r\n?/gu, "\n").split("\n")) {
    const p = raw.trim();
    if (p.length < 20 || !SENTENCE_END.test(p) || p.includes("[bookmark") || seen.has(p)) continue;
    seen.add(p);
    if (faults.some((x) => p.includes(x))) {
      leftOut++;
      continue;
    }
    paragraphs.push(p);
  }
}

/** Where a double may go in `p`: offsets of characters inside words of ≥ 2 Chinese characters, not beside the same character. */
function positions(p) {
  const out = [];
  let at = 0;
  for (const t of segment(p)) {
    if (t.length >= 2 && HAN.test(t)) {
      for (let k = 0; k < t.length; k++) {
        const i = at + k;
        if (p[i - 1] !== p[i] && p[i + 1] !== p[i]) out.push({ i, word: t });
      }
    }
    at += t.length;
  }
  return out;
}

const random = mulberry32(SEED);
const places = paragraphs.map(positions);
const cases = [];
const taken = new Set();
for (let tries = 0; cases.length < N && tries < N * 100; tries++) {
  const k = Math.floor(random() * paragraphs.length);
  const words = [...new Set(places[k].map((x) => x.word))];
  if (words.length === 0) continue;
  // A word, then a character of it: every word of the paragraph alike, whatever its length.
  const word = words[Math.floor(random() * words.length)];
  const at = places[k].filter((x) => x.word === word);
  const { i } = at[Math.floor(random() * at.length)];
  const p = paragraphs[k];
  if (WORDS) {
    // The word typed again right after it, or, for a longer word, its last two characters (执法检查 → 检查).
    const start = p.lastIndexOf(word, i);
    const end = start + word.length;
    const copy = word.length >= 3 ? word.slice(-2) : word;
    if (taken.has(`${k}:${end}`)) continue;
    taken.add(`${k}:${end}`);
    const after = HAN.test(p[end] ?? "") ? "Chinese after" : "other after";
    cases.push({ paragraph: k, index: end - copy.length, span: 2 * copy.length, word, kind: copy === word ? "whole word" : "tail of a longer word", after, text: p.slice(0, end) + copy + p.slice(end) });
    continue;
  }
  if (taken.has(`${k}:${i}`)) continue;
  taken.add(`${k}:${i}`);
  cases.push({ paragraph: k, index: i, span: 2, word, text: p.slice(0, i + 1) + p[i] + p.slice(i + 1) });
}
if (cases.length < N) {
  process.stderr.write(`doubles: only ${cases.length} distinct places for ${N} doubles\n`);
  process.exit(2);
}

/** Texts joined by blank lines, and where each begins. */
function joined(texts) {
  const starts = [];
  let at = 0;
  for (const t of texts) {
    starts.push(at);
    at += t.length + 2;
  }
  return { text: texts.join("\n\n") + "\n", starts };
}

/** Which text of `starts` holds offset `o`. */
function owner(starts, o) {
  let lo = 0;
  let hi = starts.length - 1;
  while (lo < hi) {
    const mid = (lo + hi + 1) >> 1;
    if (starts[mid] <= o) lo = mid;
    else hi = mid - 1;
  }
  return lo;
}

/**
 * The duplicated-word findings the CLI `command` ([program, ...args]) reports on `file`, as [start, end) ranges; each
 * range's `fixed` says whether the finding carries a fix (`--fix` deletes the copy) or only a suggestion.
 */
function findings([program, ...args], file) {
  const r = spawnSync(program, [...args, "--format", "json", file], { cwd: repoDir, encoding: "utf8", maxBuffer: 1 << 28 });
  if (r.error) throw r.error;
  if ((r.status !== 0 && r.status !== 1) || !r.stdout.startsWith("[")) throw new Error(`${program} ${args.join(" ")} exited ${r.status}: ${r.stderr}`);
  const [result] = JSON.parse(r.stdout);
  return result.messages.filter((m) => m.ruleId === "duplicated-word").map((m) => Object.assign([...m.range], { fixed: m.fix !== undefined }));
}

const work = mkdtempSync(join(tmpdir(), "report-lint-doubles-"));
try {
  const faulty = joined(cases.map((c) => c.text));
  const clean = joined(paragraphs);
  const faultyFile = join(work, "faulty.txt");
  const cleanFile = join(work, "clean.txt");
  writeFileSync(faultyFile, faulty.text);
  writeFileSync(cleanFile, clean.text);

  /** Which cases a CLI catches, and its other duplicated-word findings on the faulty paragraphs. */
  function score(command) {
    const caught = new Uint8Array(cases.length);
    const fixed = new Uint8Array(cases.length);
    const stray = [];
    for (const range of findings(command, faultyFile)) {
      const [a, b] = range;
      const k = owner(faulty.starts, a);
      const s = faulty.starts[k];
      const { index, span } = cases[k];
      // The doubled pair (or words) is [index, index + span) of the faulty paragraph.
      if (a < s + index + span && b > s + index) {
        caught[k] = 1;
        if (range.fixed) fixed[k] = 1;
      } else stray.push([k, a - s, b - s]);
    }
    return { caught, fixed, stray };
  }

  const now = score([bin]);
  const alarms = findings([bin], cleanFile).map((range) => {
    const [a, b] = range;
    const k = owner(clean.starts, a);
    return { k, a: a - clean.starts[k], b: b - clean.starts[k], fixed: range.fixed };
  });

  const count = (caught) => caught.reduce((s, x) => s + x, 0);
  const pct = (c) => ((100 * c) / cases.length).toFixed(1);
  const C = count(now.caught);
  process.stdout.write(
    `${paragraphs.length} clean paragraphs (${paragraphs.reduce((n, p) => n + p.length, 0)} characters) from ${seedFiles().length} seed reports ` +
      `(${leftOut} left out for a known doubled word); ` +
      `${cases.length} ${WORDS ? "doubled words" : "doubles"}, seed ${SEED}\n`,
  );
  /** Caught / all, by `key(c)`. */
  const tally = (key) => {
    const by = new Map();
    cases.forEach((c, k) => {
      const e = by.get(key(c)) ?? [0, 0];
      e[0] += now.caught[k];
      e[1]++;
      by.set(key(c), e);
    });
    return [...by].map(([p, [c, n]]) => `${p} ${c}/${n}`).join(", ");
  };
  if (WORDS) process.stdout.write(`by kind: ${tally((c) => c.kind)}; by what follows: ${tally((c) => c.after)}; tails by what follows: ${tally((c) => (c.kind === "whole word" ? "(whole)" : c.after))}\n`);
  else
    process.stdout.write(
      `by place in the word: ${tally((c) => {
        const start = paragraphs[c.paragraph].lastIndexOf(c.word, c.index);
        return c.index === start ? "first" : c.index === start + c.word.length - 1 ? "last" : "inner";
      })}\n`,
    );
  process.stdout.write(`--fix deletes the copy of ${count(now.fixed)} of the ${C} caught; the others carry it as a suggestion (a judgement of the model's)\n`);
  if (now.stray.length > 0) process.stdout.write(`other duplicated-word findings on the faulty paragraphs: ${now.stray.length}\n`);
  if (OLD) {
    // The rule before it asked the model: the same CLI without lm.bin (doubledInsideWord then says no).
    const copy = join(work, "cli");
    for (const part of ["bin", "dist", "package.json"]) cpSync(join(cliDir, part), join(copy, part), { recursive: true });
    rmSync(join(copy, "dist", "jieba", "lm.bin"));
    const old = score([process.execPath, join(copy, "bin", "report-lint.cjs")]);
    const O = count(old.caught);
    process.stdout.write(`without the language model (the old behaviour): caught ${O}/${cases.length} (${pct(O)}%)\n`);
  }
  for (const { k, a, b, fixed } of alarms) {
    const p = paragraphs[k];
    process.stdout.write(`false alarm${fixed ? " (--fix would delete it)" : ""}: …${p.slice(Math.max(0, a - 8), a)}[${p.slice(a, b)}]${p.slice(b, b + 8)}…\n`);
  }
  if (VERBOSE) {
    cases.forEach((c, k) => {
      if (now.caught[k]) return;
      const t = c.text;
      process.stdout.write(`missed (${c.word}): …${t.slice(Math.max(0, c.index - 8), c.index)}[${t.slice(c.index, c.index + c.span)}]${t.slice(c.index + c.span, c.index + c.span + 8)}…\n`);
    });
  }
  process.stdout.write(`${WORDS ? "doubled words" : "doubles"}: caught ${C}/${cases.length} (${pct(C)}%), false alarms ${alarms.length} on ${paragraphs.length} clean paragraphs\n`);
} finally {
  rmSync(work, { recursive: true, force: true });
}
