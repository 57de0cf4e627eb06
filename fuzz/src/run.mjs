#!/usr/bin/env node
// report-lint's own fuzzer: generated inputs through the built engine, every invariant of
// invariants.mjs checked for each.
//
//   pnpm fuzz                                   1,000,000 inputs, all cores, a seed from the clock
//   node fuzz/src/run.mjs --inputs 5000 --seed 7
//   node fuzz/src/run.mjs --seed 7 --only 4711  one input again, printed with its problems
//   --workers N (default: the cores), --max-chars N (60,000), --json FILE, --quiet,
//   --no-timing (leave out the time budget: for a loaded CI machine)
//
// Build first (npx -y pnpm@10 build). Input i of seed s is generated from (s, i) alone, so any
// input can be made again with --seed s --only i. An input that throws, hangs (no result within
// HANG_FACTOR × its time budget), is slow twice running, or breaks an invariant is saved to
// fuzz/corpus/<problem>-<hash>.<txt|md>, where the replay test (fuzz/test) checks it in CI from
// then on. At the end a table by input class is printed (and written as JSON with --json FILE).
import { spawnSync } from "node:child_process";
import { createHash } from "node:crypto";
import { existsSync, mkdirSync, readdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism, loadavg } from "node:os";
import { dirname, join } from "node:path";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker, isMainThread, parentPort, workerData } from "node:worker_threads";
import { CLASSES, generate, proseOf, rng } from "./generate.mjs";
import { budgetMs, checkInput } from "./invariants.mjs";

const ROOT = join(dirname(fileURLToPath(import.meta.url)), "../..");
const SHARED = join(ROOT, "../shared/corpus");
export const CORPUS = join(ROOT, "fuzz/corpus");
/** A run this many times over its budget, without an answer, is a hang. */
const HANG_FACTOR = 10;
/** Files saved per problem kind in one run: the first few are what matters. */
const SAVE_LIMIT = 20;

/** The seeds and some prose of the corpus: what generated reports are made of. */
export function materials(core) {
  const seedDir = join(SHARED, "seeds");
  const seeds = existsSync(seedDir) ? readdirSync(seedDir).filter((f) => f.endsWith(".txt")).sort().map((f) => readFileSync(join(seedDir, f), "utf8")) : [];
  const reports = join(SHARED, "lm/gov_work_reports/gov_work_reports_1978_2025.txt");
  const corpus = existsSync(reports) ? readFileSync(reports, "utf8").slice(0, 600_000) : "";
  const fallback = "一、总体情况\n　　全面推进依法行政，严格规范公正文明执法，加强行政执法监督。\n";
  const prose = proseOf([...seeds, corpus, fallback]);
  return { core, seeds: seeds.length > 0 ? seeds : [fallback], prose };
}

/** The generator for input `index` of run `seed`. */
export function inputRng(seed, index) {
  const h = createHash("sha256").update(`${seed}:${index}`).digest();
  return rng(h.readUInt32LE(0));
}

function args(argv) {
  const get = (k, d) => {
    const i = argv.indexOf(k);
    return i >= 0 ? argv[i + 1] : d;
  };
  return {
    inputs: Number(get("--inputs", "1000000")),
    seed: Number(get("--seed", String(Date.now() % 1e9))),
    workers: Number(get("--workers", String(availableParallelism()))),
    maxChars: Number(get("--max-chars", "60000")),
    only: get("--only", null),
    json: get("--json", null),
    quiet: argv.includes("--quiet"),
    timing: !argv.includes("--no-timing"),
  };
}

// ---------------------------------------------------------------- worker

async function workerMain() {
  const engine = await import(pathToFileURL(join(ROOT, "packages/formatter/dist/index.js")).href);
  const core = await import(pathToFileURL(join(ROOT, "packages/core/dist/index.js")).href);
  const m = materials(core);
  const { seed, maxChars, clock, timing } = workerData;
  // clock[0]: the input being checked (-1: none); clock[1]: when it started (ms since timeOrigin); clock[2]: its length.
  const now = new Float64Array(clock);
  parentPort.on("message", async ({ from, to }) => {
    for (let i = from; i < to; i++) {
      const { kind, text, filePath } = generate(inputRng(seed, i), m, maxChars);
      now[0] = i;
      now[2] = text.length;
      now[1] = performance.timeOrigin + performance.now();
      let r;
      try {
        // Test hook: this input's worker stalls (busy) as a starved machine's would, before answering.
        if (process.env["REPORT_LINT_FUZZ_STALL"] === String(i)) for (const until = Date.now() + Number(process.env["REPORT_LINT_FUZZ_STALL_MS"] ?? "12000"); Date.now() < until; );
        r = await checkInput(engine, text, filePath, { again: i % 64 === 0, timing });
        // Slow once may be the machine; slow twice running is the code.
        if (r.problems.some((p) => p.startsWith("slow"))) {
          const again = await checkInput(engine, text, filePath);
          r.problems = r.problems.filter((p) => !p.startsWith("slow")).concat(again.problems.filter((p) => p.startsWith("slow")));
        }
      } catch (e) {
        r = { problems: [`throw: ${e instanceof Error ? `${e.name}: ${e.message}`.split("\n")[0] : String(e)}`], lintMs: 0, fixMs: 0, fixes: 0, refused: false };
      }
      now[0] = -1;
      parentPort.postMessage({ i, kind, chars: text.length, md: filePath.endsWith(".md"), problems: r.problems, fixes: r.fixes, refused: r.refused, ms: r.lintMs + r.fixMs, text: r.problems.length > 0 ? text : undefined });
    }
    parentPort.postMessage("batch");
  });
  // The models load on a worker's first lint: done here, so that no input's clock (and no restart after a
  // hang) carries the load — on a starved CI machine it alone can pass a short input's hang bound.
  await engine.fixTextOnce("一、主要工作\n持续推进依法行政，落实法治政府建设各项任务。\n", { filePath: "warm-up.txt" });
  parentPort.postMessage("ready");
}

// ---------------------------------------------------------------- main

function emptyRow() {
  return { inputs: 0, chars: 0, markdown: 0, fixes: 0, refused: 0, throws: 0, hangs: 0, slow: 0, range: 0, position: 0, confinement: 0, idempotence: 0, slowestMsPer10k: 0 };
}

function save(kind, text, md, saved) {
  const name = `${kind}-${createHash("sha1").update(text).digest("hex").slice(0, 10)}.${md ? "md" : "txt"}`;
  saved[kind] = (saved[kind] ?? 0) + 1;
  if (saved[kind] > SAVE_LIMIT) return null;
  mkdirSync(CORPUS, { recursive: true });
  writeFileSync(join(CORPUS, name), text);
  return name;
}

async function main() {
  if (process.argv.includes("--help") || process.argv.includes("-h")) {
    const head = readFileSync(fileURLToPath(import.meta.url), "utf8").split("\n").slice(1).filter((l) => l.startsWith("//"));
    console.log(head.map((l) => l.slice(3)).join("\n"));
    return;
  }
  const o = args(process.argv.slice(2));
  if (o.only !== null) {
    const engine = await import(pathToFileURL(join(ROOT, "packages/formatter/dist/index.js")).href);
    const core = await import(pathToFileURL(join(ROOT, "packages/core/dist/index.js")).href);
    const input = generate(inputRng(o.seed, Number(o.only)), materials(core), o.maxChars);
    const r = await checkInput(engine, input.text, input.filePath, { again: true });
    console.log(JSON.stringify({ ...input, ...r }, null, 2));
    process.exitCode = r.problems.length > 0 ? 1 : 0;
    return;
  }
  const table = Object.fromEntries(CLASSES.map((c) => [c, emptyRow()]));
  const failures = [];
  /** Inputs whose worker gave no answer in time: each is run again alone before it counts as a hang. */
  const suspects = [];
  /** The inputs that gave no answer in time in the run but finished alone. */
  const stalled = [];
  const saved = {};
  const started = Date.now();
  let next = 0;
  let done = 0;
  const BATCH = 25;
  const load0 = loadavg()[0];
  const core = await import(pathToFileURL(join(ROOT, "packages/core/dist/index.js")).href);
  const m = materials(core);

  const record = (res) => {
    const row = table[res.kind];
    row.inputs++;
    row.chars += res.chars;
    if (res.md) row.markdown++;
    row.fixes += res.fixes;
    if (res.refused) row.refused++;
    if (res.chars >= 1000) row.slowestMsPer10k = Math.max(row.slowestMsPer10k, Math.round((res.ms * 10_000) / res.chars));
    const kinds = new Set(res.problems.map((p) => p.split(":")[0]));
    for (const k of kinds) {
      const key = k === "throw" ? "throws" : k === "hang" ? "hangs" : k === "after fix" ? "range" : k;
      row[key] = (row[key] ?? 0) + 1;
    }
    if (res.problems.length > 0) {
      const kind = [...kinds][0].replace(/\s+/gu, "-");
      const file = save(kind, res.text, res.md, saved);
      failures.push({ input: res.i, class: res.kind, file, problems: res.problems.slice(0, 3) });
      if (!o.quiet) console.log(`input ${res.i} (${res.kind}, ${res.chars} chars)${file ? ` → fuzz/corpus/${file}` : ""}: ${res.problems[0]}`);
    }
  };

  /** An input made again in this thread (for one whose worker hung or died). */
  const remake = (i, problem, ms) => {
    const input = generate(inputRng(o.seed, i), m, o.maxChars);
    return { i, kind: input.kind, chars: input.text.length, md: input.filePath.endsWith(".md"), problems: [problem], fixes: 0, refused: false, ms, text: input.text };
  };

  const runWorker = () =>
    new Promise((resolveAll) => {
      const clock = new SharedArrayBuffer(24);
      const now = new Float64Array(clock);
      now[0] = -1;
      let worker;
      let pending = null;
      let resume = null;
      const start = () => {
        worker = new Worker(fileURLToPath(import.meta.url), { workerData: { seed: o.seed, maxChars: o.maxChars, clock, timing: o.timing } });
        worker.on("message", (msg) => {
          if (msg === "ready") {
            if (resume !== null && resume.from < resume.to) {
              pending = resume;
              resume = null;
              worker.postMessage(pending);
            } else {
              resume = null;
              feed();
            }
          } else if (msg === "batch") feed();
          else {
            record(msg);
            done++;
          }
        });
        worker.on("error", (e) => {
          // The worker itself died (out of memory, a native fault): the input it was on is a crash.
          if (now[0] >= 0) {
            record(remake(now[0], `throw: worker died: ${e.message}`, 0));
            done++;
          }
          restart();
        });
      };
      const feed = () => {
        if (next >= o.inputs) {
          clearInterval(watch);
          worker.terminate().then(resolveAll);
          return;
        }
        pending = { from: next, to: Math.min(o.inputs, next + BATCH) };
        next = pending.to;
        worker.postMessage(pending);
      };
      /** A fresh worker for the rest of the batch after the input that hung or crashed. */
      const restart = () => {
        resume = { from: now[0] >= 0 ? now[0] + 1 : pending.to, to: pending.to };
        now[0] = -1;
        worker.removeAllListeners();
        worker.terminate();
        start();
      };
      const watch = setInterval(() => {
        if (now[0] < 0) return;
        const elapsed = performance.timeOrigin + performance.now() - now[1];
        if (elapsed > HANG_FACTOR * 2 * budgetMs({ length: now[2] }) + 2000) {
          // Confirmed (or not) after the run, alone: a machine busy with other work can stall a worker this long.
          suspects.push({ i: now[0], elapsed });
          done++;
          restart();
        }
      }, 500);
      start();
    });

  const progress = setInterval(() => {
    const s = (Date.now() - started) / 1000;
    if (!o.quiet) console.log(`${done.toLocaleString("en")} / ${o.inputs.toLocaleString("en")} inputs, ${Math.round(done / s)}/s, ${failures.length} failing, load ${loadavg()[0].toFixed(1)}`);
  }, 30_000);
  await Promise.all(Array.from({ length: Math.max(1, o.workers) }, runWorker));
  clearInterval(progress);
  // A hang is an input that does not finish alone either, in a process of its own with five times the bound;
  // one that does was a stall of a busy machine, counted but not a failure.
  for (const s of suspects) {
    const bound = Math.max(60_000, 5 * s.elapsed);
    const alone = spawnSync(process.execPath, [fileURLToPath(import.meta.url), "--seed", String(o.seed), "--only", String(s.i), "--max-chars", String(o.maxChars), ...(o.timing ? [] : ["--no-timing"])], { encoding: "utf8", timeout: bound });
    if (alone.error === undefined && alone.signal === null) {
      stalled.push(s.i);
      if (!o.quiet) console.log(`input ${s.i}: no answer within ${Math.round(s.elapsed)} ms in the run, but finished alone: the machine stalled`);
    } else {
      record(remake(s.i, `hang: no result after ${Math.round(s.elapsed)} ms, nor alone within ${Math.round(bound / 1000)} s`, s.elapsed));
    }
  }

  const seconds = Math.round((Date.now() - started) / 1000);
  const total = emptyRow();
  for (const row of Object.values(table)) for (const k of Object.keys(total)) total[k] = k === "slowestMsPer10k" ? Math.max(total[k], row[k]) : total[k] + row[k];
  const summary = { seed: o.seed, inputs: done, seconds, workers: o.workers, load: [load0, loadavg()[0]], table, total, stalls: stalled.length, stalled, failures: failures.slice(0, 200) };
  if (o.json) writeFileSync(o.json, JSON.stringify(summary, null, 2) + "\n");
  console.log(renderTable(summary));
  process.exitCode = failures.length > 0 ? 1 : 0;
}

/** The run as the Markdown table docs/reliability.md keeps. */
export function renderTable({ seed, inputs, seconds, workers, table, total }) {
  const cols = ["inputs", "chars", "markdown", "fixes", "refused", "throws", "hangs", "slow", "range", "position", "confinement", "idempotence", "slowestMsPer10k"];
  const head = `| class | ${cols.join(" | ")} |\n|---|${cols.map(() => "---:").join("|")}|`;
  const rows = Object.entries({ ...table, total }).map(([k, r]) => `| ${k} | ${cols.map((c) => r[c].toLocaleString("en")).join(" | ")} |`);
  return `seed ${seed}: ${inputs.toLocaleString("en")} inputs in ${seconds} s on ${workers} worker(s)\n\n${head}\n${rows.join("\n")}`;
}

if (!isMainThread) await workerMain();
else if (process.argv[1] === fileURLToPath(import.meta.url)) await main();
