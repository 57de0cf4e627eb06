// Bench inputs: the seed reports, examples/, and reports assembled from the
// seeds' real paragraphs with a seeded PRNG (same seed → byte-identical batch).
import { readdirSync, readFileSync, mkdirSync, writeFileSync } from "node:fs";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";

export const benchDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");
export const repoDir = resolve(benchDir, "..");
/** The shared corpus lives next to the repository: /work/shared/corpus for /work/main. */
export const seedsDir = resolve(repoDir, "..", "shared", "corpus", "seeds");
export const examplesDir = resolve(repoDir, "examples");

/** mulberry32: a small, fast, well-distributed 32-bit PRNG; returns floats in [0, 1). */
/** The probes' generator of names (bench/src/names.mjs, firms.mjs, places.mjs): a linear congruential one, numbers in [0, 1]. */
export function lcg(seed) {
  let s = seed;
  return () => (s = (Math.imul(s, 1103515245) + 12345) & 0x7fffffff) / 0x7fffffff;
}

/** One element of an array, drawn by `rnd` (lcg). */
export const picker = (rnd) => (list) => list[Math.floor(rnd() * list.length)];

/**
 * What wrong-character's search (`core`: packages/core/dist) flags in `text` inside one of `spans` — the
 * names probes' count — each as the text around it, for V=1.
 */
export function flagsInside(core, text, spans) {
  return core
    .findSpellingSuspects(text, { candidates: core.confusables })
    .filter((x) => spans.some(([a, b]) => x.index < b && x.index + x.length > a))
    .map((x) => `${text.slice(Math.max(0, x.index - 5), x.index)}[${text.slice(x.index, x.index + x.length)}→${x.replacement}]${text.slice(x.index + x.length, x.index + x.length + 4)} ${x.margin.toFixed(1)}`);
}

export function mulberry32(seed) {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function listFiles(dir, pattern) {
  let names;
  try {
    names = readdirSync(dir);
  } catch {
    return [];
  }
  return names
    .filter((n) => pattern.test(n))
    .sort()
    .map((n) => join(dir, n));
}

export function seedFiles() {
  return listFiles(seedsDir, /\.(txt|md)$/u);
}

export function exampleFiles() {
  return listFiles(examplesDir, /\.(txt|md)$/u);
}

// A paragraph's leading outline or enumeration marker (一、 （一） 1. （1） 一是 第一，), kept
// in place when the paragraph's body is swapped so the document's numbering stays as written.
const MARKER =
  /^[ \t\u3000]*(?:[一二三四五六七八九十]+[、是]|（[一二三四五六七八九十]+）|\([一二三四五六七八九十]+\)|\d+[.．、]|（\d+）|第[一二三四五六七八九十]+[，、,])/u;
const BODY_MIN_CHARS = 60;

function splitLines(text) {
  return text.replace(/\r\n?/gu, "\n").split("\n");
}

function stripMarker(line) {
  return line.replace(MARKER, "").replace(/^[ \t\u3000]+/u, "");
}

/**
 * One seed as a skeleton: its lines, and which of them are body paragraphs
 * (≥ 60 characters). Lines before the first body paragraph (title, 发文字号,
 * 主送) and after the last one (落款, 日期, 抄送) are kept verbatim.
 */
function skeletonOf(text) {
  const lines = splitLines(text);
  const slots = [];
  lines.forEach((line, i) => {
    if ([...line.trim()].length >= BODY_MIN_CHARS) slots.push(i);
  });
  return { lines, slots };
}

/** Load the seeds once: skeletons plus the pool of real body paragraphs. */
export function loadSeeds() {
  const files = seedFiles();
  if (files.length === 0) throw new Error(`no seed reports found in ${seedsDir}`);
  const skeletons = [];
  const pool = [];
  for (const f of files) {
    const text = readFileSync(f, "utf8");
    const sk = skeletonOf(text);
    if (sk.slots.length === 0) continue;
    skeletons.push(sk);
    for (const i of sk.slots) {
      const body = stripMarker(sk.lines[i]);
      if ([...body].length >= 20) pool.push(body);
    }
  }
  return { files, skeletons, pool };
}

/**
 * Assemble one report of at least `targetChars` characters (UTF-16 units):
 * a seed's skeleton whose body paragraphs are replaced by real paragraphs
 * drawn from all seeds (keeping each slot's marker), with extra unnumbered
 * paragraphs inserted after random slots until the target length is reached.
 * With `exact`, the last paragraph is cut at a sentence end so the report is
 * as close above the target as the text allows.
 */
export function assembleReport(seeds, rng, targetChars, { exact = false } = {}) {
  const pick = (arr) => arr[Math.floor(rng() * arr.length)];
  const sk = pick(seeds.skeletons);
  const lines = sk.lines.slice();
  const blankBetween = (sk.lines[sk.slots[0] + 1] ?? "").trim() === "";
  for (const i of sk.slots) {
    const m = MARKER.exec(sk.lines[i]);
    lines[i] = (m ? m[0].trimStart() : "") + pick(seeds.pool);
  }
  const extras = new Map(); // slot line index → extra paragraphs after it
  let length = lines.join("\n").length;
  while (length < targetChars) {
    const at = pick(sk.slots);
    let para = pick(seeds.pool);
    const sep = blankBetween ? 2 : 1;
    if (exact && length + sep + para.length > targetChars) {
      const need = targetChars - length - sep;
      const cut = para.indexOf("。", need - 1);
      if (cut >= 0) para = para.slice(0, cut + 1);
    }
    const list = extras.get(at) ?? [];
    list.push(para);
    extras.set(at, list);
    length += sep + para.length;
  }
  const out = [];
  lines.forEach((line, i) => {
    out.push(line);
    for (const p of extras.get(i) ?? []) {
      if (blankBetween) out.push("");
      out.push(p);
    }
  });
  let text = out.join("\n");
  if (!text.endsWith("\n")) text += "\n";
  return text;
}

/**
 * The batch: `count` reports of 2,000–4,000 characters (the seeds' own range is
 * 2,079–3,432), deterministic for a given seed.
 */
export function generateBatch(seeds, count, seed = 20240101) {
  const rng = mulberry32(seed);
  const reports = [];
  for (let i = 0; i < count; i++) {
    const target = 2000 + Math.floor(rng() * 2000);
    reports.push(assembleReport(seeds, rng, target));
  }
  return reports;
}

/** `count` distinct reports of (about) `chars` characters each. */
export function generateSized(seeds, count, chars, seed = 10000) {
  const rng = mulberry32(seed);
  const reports = [];
  for (let i = 0; i < count; i++) reports.push(assembleReport(seeds, rng, chars, { exact: true }));
  return reports;
}

/**
 * One text of exactly `chars` characters (UTF-16 units), deterministic for a given seed: a report
 * assembled as above to at least `chars`, cut there and ended with a line break. The cut is what
 * makes the size exact: assembleReport stops at a sentence end past the target, and a seed's
 * skeleton alone is over 2,000 characters, so a 1,000-character text is the first part of a report.
 */
export function generateExact(seeds, chars, seed = 20240108) {
  const text = assembleReport(seeds, mulberry32(seed), chars, { exact: true });
  if (text.length === chars) return text;
  let cut = text.slice(0, chars - 1);
  // Never leave half a surrogate pair: its place is taken by a full stop (same length).
  const last = cut.charCodeAt(cut.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) cut = cut.slice(0, -1) + "。";
  return cut + "\n";
}

/** The government work reports 1978–2025 beside the seeds (the language model's corpus), for text of distinct paragraphs. */
export const workReportsFile = resolve(repoDir, "..", "shared", "corpus", "lm", "gov_work_reports", "gov_work_reports_1978_2025.txt");

/**
 * One text of exactly `chars` characters whose paragraphs are (nearly) all distinct, as a real long
 * document's are: every fourth line from the seed-assembled text of generateExact (with the seeds'
 * faults, so --fix has work), the lines between them the government work reports' paragraphs of 40
 * characters or more, in order. Null without the corpus. The reports are the language model's own
 * training text, so it finds them more plausible than unseen prose and weighs fewer places in them.
 */
export function generateDistinct(seeds, chars, seed = 20240108) {
  let corpus;
  try {
    corpus = readFileSync(workReportsFile, "utf8").split(/\r?\n/u).filter((l) => l.length >= 40);
  } catch {
    return null;
  }
  const seedLines = generateExact(seeds, 2 * chars + 4000, seed).split("\n");
  const out = [];
  let length = 0;
  for (let k = 0, a = 0, b = 0; length < chars; k++) {
    const line = k % 4 === 0 ? seedLines[a++ % seedLines.length] : corpus[b++ % corpus.length];
    out.push(line);
    length += line.length + 1;
  }
  let text = out.join("\n").slice(0, chars - 1);
  const last = text.charCodeAt(text.length - 1);
  if (last >= 0xd800 && last <= 0xdbff) text = text.slice(0, -1) + "。";
  return text + "\n";
}

/** Write reports as r0001.txt … into `dir`; returns the relative file names. */
export function writeReports(dir, reports) {
  mkdirSync(dir, { recursive: true });
  const width = String(reports.length).length;
  return reports.map((text, i) => {
    const name = `r${String(i + 1).padStart(Math.max(4, width), "0")}.txt`;
    writeFileSync(join(dir, name), text);
    return name;
  });
}

export function textStats(texts) {
  let chars = 0;
  let bytes = 0;
  for (const t of texts) {
    chars += t.length;
    bytes += Buffer.byteLength(t, "utf8");
  }
  return { count: texts.length, chars, bytes };
}
