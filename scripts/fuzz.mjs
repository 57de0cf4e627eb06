#!/usr/bin/env node
// Fuzz the built engine (@report-lint/formatter's lintText + fixText) for N minutes.
//
//   node scripts/fuzz.mjs [--minutes 10] [--seed 1] [--max-chars 60000]
//   node scripts/fuzz.mjs --write-corpus      (re-creates the committed interesting inputs)
//
// Build first: npx -y pnpm@10 build --output-logs=errors-only
// Each input runs in a worker thread; an input that throws, runs longer than
// 5 s (a hang), reports an unsound range, or whose fix is not idempotent
// (fixText(fixText(x).output).output !== fixText(x).output, or no fixed point)
// is saved to fuzz/corpus/<kind>-<hash>.<txt|md>. The replay test
// (packages/formatter/test/fuzz-corpus.test.ts) runs every file there in CI.
import { createHash } from "node:crypto";
import { mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker, isMainThread, parentPort } from "node:worker_threads";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "..");
const ENGINE = pathToFileURL(join(ROOT, "packages/formatter/dist/index.js")).href;
const CORE = pathToFileURL(join(ROOT, "packages/core/dist/index.js")).href;
const CORPUS = join(ROOT, "fuzz/corpus");
const SEEDS = join(ROOT, "../shared/corpus/seeds");
const HANG_MS = 5000;

/** Check one input; returns null or a one-line problem. Shared by the worker and the replay test's logic. */
async function checkInput(engine, text, filePath) {
  // An offset splits a pair when a high surrogate precedes it and a low one follows (lone surrogates split nothing).
  const lowSurrogateAt = (i) => i > 0 && i < text.length && text.charCodeAt(i) >= 0xdc00 && text.charCodeAt(i) <= 0xdfff && text.charCodeAt(i - 1) >= 0xd800 && text.charCodeAt(i - 1) <= 0xdbff;
  const lint = await engine.lintText(text, { filePath });
  for (const m of lint.messages) {
    const [s, e] = m.range;
    if (!(0 <= s && s <= e && e <= text.length)) return `range: ${m.ruleId} [${s},${e}] outside 0..${text.length}`;
    if (lowSurrogateAt(s) || lowSurrogateAt(e)) return `range: ${m.ruleId} [${s},${e}] splits a surrogate pair`;
    if (m.fix && !(0 <= m.fix.range[0] && m.fix.range[0] <= m.fix.range[1] && m.fix.range[1] <= text.length)) return `range: ${m.ruleId} fix outside the text`;
  }
  const once = await engine.fixText(text, { filePath });
  if (!once.converged) return "idempotence: fixText did not reach a fixed point";
  const twice = await engine.fixText(once.output, { filePath });
  if (twice.output !== once.output) return "idempotence: fixText(fixText(x).output).output !== fixText(x).output";
  return null;
}

// ---------------------------------------------------------------- generators

/** Small deterministic PRNG (mulberry32). */
function rng(seed) {
  let a = seed >>> 0;
  const next = () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
  const int = (n) => Math.floor(next() * n);
  return { next, int, pick: (a) => a[int(a.length)] };
}

const DEBRIS = [
  "一、", "（一）", "(二)", "1.", "1、", "（1）", "(1)", "①", "一是", "二是", "第一，", "第二，", "思想思想", "的的", "。。", "，，", ",", ";", ":", "(", ")", "）", "“", "”", "\"",
  "《治安处罚法》", "《中华人民共和国行政处罚法》", "法制建设", "金发【2024】2号", "2021 年度", "2023年度", " and ", "[bookmark: _GoBack]", "[bookmark: _Toc1]",
  "\u200b", "\ufeff", "\ufffd", "\u00a0", "\u3000", "\u202e", "\u200f", "\u061c", "e\u0301", "\u0301\u0301\u0301", "\ud800", "\udfff", "😀", "𠀋",
  "\n- 3 -\n", "\n", "\r\n", "\r", "\n\n", "　　", "  ", "\t", "【待填写】", "XX县", "××镇", "#", "## ", "### ", "```", "<!-- report-lint-disable -->",
  "<!-- report-lint-enable -->", "> ", "- ", "* ", "|a|b|", "<div>", "</div>", "\\", "\u0000", "\u0007", "...", "……", "——", "—", "~", "%", "％",
];

/** Code points from every plane and every awkward class. */
function randomCodePoint(r) {
  switch (r.int(10)) {
    case 0: return String.fromCharCode(0xd800 + r.int(0x800)); // lone surrogate
    case 1: return String.fromCharCode(r.int(0x20)); // control
    case 2: return String.fromCodePoint(0x10000 + r.int(0x100000 - 0x10000)); // astral
    case 3: return String.fromCharCode(0x300 + r.int(0x70)); // combining
    case 4: return r.pick(["\u200e", "\u200f", "\u202a", "\u202b", "\u202c", "\u202d", "\u202e", "\u2066", "\u2067", "\u2069", "\u061c"]); // bidi
    case 5: return String.fromCharCode(0x3000 + r.int(0x40)); // CJK punctuation
    case 6: return String.fromCharCode(0xff00 + r.int(0xf0)); // full-width forms
    case 7: return String.fromCharCode(0x20 + r.int(0x5f)); // ASCII
    default: return String.fromCharCode(0x4e00 + r.int(0x5200)); // CJK
  }
}

function randomString(r, n) {
  let s = "";
  for (let i = 0; i < n; i++) s += r.next() < 0.3 ? r.pick(DEBRIS) : randomCodePoint(r);
  return s;
}

/** Text encoded one way and decoded another: the debris of a half-converted file. */
function mojibake(r, core, text) {
  const bytes = Buffer.from(core.encode(text, r.pick(["gb18030", "utf-16le", "utf-16be", "utf-8"]), false));
  return r.pick([() => bytes.toString("latin1"), () => bytes.toString("utf8"), () => new TextDecoder("gb18030").decode(Buffer.from(text, "utf8"))])();
}

function mutateSeed(r, core, seeds) {
  const lines = r.pick(seeds).split("\n");
  const ops = 1 + r.int(20);
  for (let k = 0; k < ops; k++) {
    const i = r.int(Math.max(lines.length, 1));
    const line = lines[i] ?? "";
    switch (r.int(10)) {
      case 0: lines.splice(i, 1); break;
      case 1: lines.splice(i, 0, line); break;
      case 2: lines[i] = r.pick(DEBRIS) + line; break;
      case 3: lines[i] = line + r.pick(DEBRIS); break;
      case 4: { const p = r.int(line.length + 1); lines[i] = line.slice(0, p) + randomString(r, 1 + r.int(6)) + line.slice(p); break; }
      case 5: { const p = r.int(line.length + 1); lines[i] = line.slice(0, p) + line.slice(p + 1 + r.int(5)); break; }
      case 6: lines[i] = line.replace(/，/gu, ",").replace(/。/gu, "."); break;
      case 7: lines[i] = mojibake(r, core, line.slice(0, 40)); break;
      case 8: { const j = r.int(lines.length); [lines[i], lines[j]] = [lines[j] ?? "", line]; break; }
      default: lines[i] = line.repeat(2 + r.int(4));
    }
  }
  return lines.join(r.pick(["\n", "\n", "\r\n", "\r"]));
}

function numbering(r) {
  const markers = [(n) => `${"一二三四五六七八九十"[n % 10]}、`, (n) => `（${"一二三四五六七八九十"[n % 10]}）`, (n) => `${n + 1}.`, (n) => `（${n + 1}）`, (n) => `${n + 1}.${r.int(9) + 1}.${r.int(9) + 1}`, () => "①"];
  let s = "";
  const count = 1 + r.int(400);
  for (let i = 0; i < count; i++) s += `${r.pick(markers)(r.int(30))}${r.next() < 0.5 ? "加强行政执法监督" : randomString(r, r.int(12))}${r.pick(["\n", "。\n", "\n　　全面推进依法行政。\n"])}`;
  return s;
}

function generate(r, core, seeds, maxChars) {
  const kind = r.int(6);
  let text;
  if (kind === 0) text = randomString(r, r.int(400));
  else if (kind <= 2 && seeds.length > 0) text = mutateSeed(r, core, seeds);
  else if (kind === 3) text = numbering(r);
  else if (kind === 4 && seeds.length > 0) text = mojibake(r, core, r.pick(seeds).slice(0, 2000)) + r.pick(seeds).slice(0, 2000);
  else text = (seeds.length > 0 ? r.pick(seeds).replace(/\n/gu, "") : randomString(r, 500)).repeat(1 + r.int(3)); // long single line
  return text.slice(0, maxChars);
}

// ---------------------------------------------------------------- corpus

/** The committed interesting inputs: each exercises a class of debris a town may send. */
function interestingInputs(core, seeds) {
  const r = rng(20240101);
  const seed = seeds[0] ?? "一、总体情况\n　　全面推进依法行政，严格规范公正文明执法。\n";
  const out = {
    "seed-debris.txt": mutateSeed(r, core, seeds.length > 0 ? seeds : [seed]),
    "seed-debris.md": mutateSeed(r, core, seeds.length > 0 ? seeds : [seed]),
    "mixed-encodings.txt": `${seed.slice(0, 600)}\n${Buffer.from(core.encode(seed.slice(0, 300), "gb18030", false)).toString("latin1")}\n${Buffer.from(seed.slice(0, 300), "utf16le").toString("utf8")}\n${new TextDecoder("gb18030").decode(Buffer.from(seed.slice(0, 300), "utf8"))}\n`,
    "huge-line.txt": seed.replace(/\n/gu, "").repeat(Math.ceil(100_000 / Math.max(seed.length, 1))).slice(0, 100_000),
    "deep-numbering.txt": Array.from({ length: 12 }, (_, d) => `${"　".repeat(d)}${["一、", "（一）", "1.", "（1）", "①", "1.1.1", "(1)", "一是", "第一，", "A.", "a)", "i."][d]}第${d + 1}级标题\n`).join("").repeat(50),
    "lone-surrogates.txt": `一、总体情况\n　　全面推进依法行政\ud800，加强\udc00监督。\n（一）\udbff\n${"\ud83d".repeat(20)}思想思想${"\ude00".repeat(20)}\n`,
    "rtl-marks.txt": `\u202e一、总体情况\u202c\n　　全面推进\u200f依法行政,加强\u061c监督。\n\u2067（二）\u2069法治宣传\n`,
    "combining.txt": `一\u0301、总体情况\n　　全\u0300\u0301\u0302面推进依法行政,\u0301加强监督。\n（一\u20dd）${"e\u0301".repeat(50)}\n`,
    "bom-and-controls.txt": `\ufeff\ufeff一、总体情况\u0000\n\u0007　　全面推进依法行政\u000b\u000c\r\r\n`,
    "only-markers.md": "一、\n（一）\n1.\n（1）\n#\n## \n```\n- \n> \n",
  };
  return out;
}

function loadSeeds() {
  try {
    return readdirSync(SEEDS).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(SEEDS, f), "utf8"));
  } catch {
    return [];
  }
}

function args() {
  const a = process.argv.slice(2);
  const get = (k, d) => {
    const i = a.indexOf(k);
    return i >= 0 ? a[i + 1] : d;
  };
  return { minutes: Number(get("--minutes", "10")), seed: Number(get("--seed", String(Date.now() % 1e9))), maxChars: Number(get("--max-chars", "60000")), writeCorpus: a.includes("--write-corpus") };
}

async function main() {
  const opts = args();
  const core = await import(CORE);
  const seeds = loadSeeds();
  mkdirSync(CORPUS, { recursive: true });
  if (opts.writeCorpus) {
    for (const [name, text] of Object.entries(interestingInputs(core, seeds))) writeFileSync(join(CORPUS, name), text);
    console.log(`wrote ${Object.keys(interestingInputs(core, seeds)).length} inputs to ${CORPUS}`);
    return;
  }
  const r = rng(opts.seed);
  const deadline = Date.now() + opts.minutes * 60_000;
  const stats = { seed: opts.seed, minutes: opts.minutes, inputs: 0, chars: 0, throws: 0, hangs: 0, idempotence: 0, ranges: 0, saved: [] };
  let worker = null;
  let pending = null;
  let id = 0;
  /** Run one input in the worker; a run over HANG_MS is a hang (the worker is then replaced). */
  const check = (text, filePath) => {
    const myId = ++id;
    const t0 = performance.now();
    return new Promise((resolve) => {
      const timer = setTimeout(() => resolve({ problem: `hang: over ${HANG_MS} ms`, hang: true }), HANG_MS);
      pending = (m) => {
        if (m.id !== undefined && m.id !== myId) return;
        clearTimeout(timer);
        resolve({ ...m, ms: performance.now() - t0 });
      };
      worker.postMessage({ id: myId, text, filePath });
    });
  };
  /** A fresh worker, warmed up (engine loaded, word segmenter initialised) so start-up is never taken for a hang. */
  const spawn = async () => {
    if (worker !== null) await worker.terminate();
    worker = new Worker(fileURLToPath(import.meta.url));
    worker.on("message", (m) => pending?.(m));
    worker.on("error", (e) => pending?.({ problem: `throw: worker ${e.message}` }));
    await new Promise((resolve) => {
      pending = resolve;
      worker.postMessage({ id: 0, text: "一、总体情况\n　　全面推进依法行政,思想思想。\n", filePath: "r.txt" });
    });
  };
  await spawn();
  stats.slowestMs = 0;
  while (Date.now() < deadline) {
    const text = generate(r, core, seeds, opts.maxChars);
    const filePath = r.next() < 0.3 ? "r.md" : "r.txt";
    let result = await check(text, filePath);
    stats.inputs++;
    stats.chars += text.length;
    if (result.hang) {
      // Confirm in a fresh, warm worker: a busy machine must not be taken for a hang.
      await spawn();
      result = await check(text, filePath);
      if (result.hang) await spawn();
    }
    if (result.ms !== undefined) stats.slowestMs = Math.max(stats.slowestMs, Math.round(result.ms));
    if (result.problem) {
      const kind = result.problem.split(":")[0];
      if (kind === "throw") stats.throws++;
      else if (kind === "hang") stats.hangs++;
      else if (kind === "idempotence") stats.idempotence++;
      else stats.ranges++;
      const name = `${kind}-${createHash("sha1").update(text).digest("hex").slice(0, 10)}${filePath.endsWith(".md") ? ".md" : ".txt"}`;
      writeFileSync(join(CORPUS, name), text);
      stats.saved.push({ name, problem: result.problem });
      console.log(`saved ${name}: ${result.problem}`);
    }
    if (stats.inputs % 500 === 0) console.log(`${stats.inputs} inputs, ${Math.round((deadline - Date.now()) / 1000)} s left`);
  }
  await worker.terminate();
  console.log(JSON.stringify(stats));
  process.exitCode = stats.saved.length > 0 ? 1 : 0;
}

if (!isMainThread) {
  const engine = await import(ENGINE);
  parentPort.on("message", async ({ id, text, filePath }) => {
    try {
      parentPort.postMessage({ id, problem: await checkInput(engine, text, filePath) });
    } catch (e) {
      parentPort.postMessage({ id, problem: `throw: ${e instanceof Error ? (e.stack ?? e.message).split("\n").slice(0, 3).join(" | ") : String(e)}` });
    }
  });
} else {
  await main();
}

export { checkInput };
