#!/usr/bin/env node
// report-lint benchmarks: `pnpm bench` (full) or `node src/run.mjs --quick`.
// Writes bench/results.json and prints a table. See docs/benchmarks.md.
import { parseArgs } from "node:util";
import { mkdtempSync, mkdirSync, writeFileSync, readFileSync, rmSync, cpSync, existsSync } from "node:fs";
import { tmpdir, cpus, totalmem, freemem, loadavg, availableParallelism, platform, release, arch } from "node:os";
import { join, resolve, basename } from "node:path";
import { spawnSync } from "node:child_process";
import {
  benchDir,
  repoDir,
  seedsDir,
  loadSeeds,
  exampleFiles,
  generateBatch,
  generateSized,
  writeReports,
  textStats,
} from "./corpus.mjs";
import { runMeasured, probe, rssMethod } from "./proc.mjs";
import { summary, round, percentile } from "./stats.mjs";
import { setupPeers, binOf } from "./peers.mjs";
import { renderText, renderMarkdown } from "./table.mjs";

const { values: opt } = parseArgs({
  options: {
    quick: { type: "boolean", default: false },
    out: { type: "string" },
    batch: { type: "string" },
    reps: { type: "string" },
    peers: { type: "boolean", default: true },
    "no-peers": { type: "boolean", default: false },
    markdown: { type: "boolean", default: false },
    keep: { type: "boolean", default: false },
  },
});

const quick = opt.quick;
// Budgets: a series stops repeating once it has used `…BudgetMs` of wall time (it always
// gets at least one run), so a slow build or a slow peer cannot stretch the run much
// past ~5 minutes on 2 cores. `n` in the table says how many runs a median is over.
const config = quick
  ? {
      mode: "quick",
      warmup: 0,
      batchCount: 20,
      coldReps: 1,
      smallReps: 1,
      batchReps: 1,
      batchBudgetMs: 0,
      fixReps: 1,
      inprocIterations: 20,
      inprocWarmup: 5,
      lsRounds: 1,
      peerColdReps: 1,
      peerColdBudgetMs: 0,
      // Peers' batch runs are skipped in quick mode (CI): the cold start already checks they run.
      peerBatch: false,
      peerBatchMaxReps: 1,
      peerBatchBudgetMs: 0,
      timeoutMs: 120_000,
      peerTimeoutMs: 60_000,
      lsTimeoutMs: 60_000,
    }
  : {
      mode: "full",
      // Untimed runs before a cold-start series (warms the OS file cache, not the process).
      warmup: 1,
      batchCount: 1000,
      coldReps: 10,
      smallReps: 5,
      batchReps: 3,
      batchBudgetMs: 40_000,
      fixReps: 3,
      inprocIterations: 300,
      inprocWarmup: 30,
      lsRounds: 5,
      peerColdReps: 5,
      peerColdBudgetMs: 12_000,
      peerBatch: true,
      peerBatchMaxReps: 3,
      peerBatchBudgetMs: 20_000,
      timeoutMs: 300_000,
      // A peer's batch run is stopped here; the ratio is then reported as a lower bound.
      peerTimeoutMs: 100_000,
      lsTimeoutMs: 180_000,
    };
if (opt.batch !== undefined) config.batchCount = Number(opt.batch);
if (opt.reps !== undefined) {
  const r = Number(opt.reps);
  Object.assign(config, { coldReps: r, smallReps: r, batchReps: r, fixReps: r, peerColdReps: r, peerBatchMaxReps: r });
}
const withPeers = opt.peers && !opt["no-peers"];
const outPath = resolve(opt.out ?? join(benchDir, "results.json"));

const log = (msg) => process.stderr.write(`[bench] ${msg}\n`);
const node = process.execPath;
const startedAt = new Date();

// ---------------------------------------------------------------- inputs
const tmp = mkdtempSync(join(tmpdir(), "report-lint-bench-"));
// The generated inputs and outputs go away however the run ends (unless --keep).
process.on("exit", () => {
  if (!opt.keep) rmSync(tmp, { recursive: true, force: true });
});
const scratch = join(tmp, "scratch");
mkdirSync(scratch);
const seeds = loadSeeds();
const seedTexts = seeds.files.map((f) => readFileSync(f, "utf8"));
const examples = exampleFiles();
const exampleTexts = examples.map((f) => readFileSync(f, "utf8"));

const batchDir = join(tmp, "batch");
const batchTexts = generateBatch(seeds, config.batchCount);
const batchFiles = writeReports(batchDir, batchTexts);
const batchStats = textStats(batchTexts);

const largeTexts = generateSized(seeds, 16, 10_000);
const largeDir = join(tmp, "large");
mkdirSync(largeDir);
const largeFile = join(largeDir, "report-10k.txt");
writeFileSync(largeFile, largeTexts[0]);
const largeJson = join(largeDir, "texts.json");
writeFileSync(largeJson, JSON.stringify(largeTexts));

// Cold start input: the largest seed report (real text, unmodified).
const coldIndex = seedTexts.reduce((best, t, i) => (t.length > seedTexts[best].length ? i : best), 0);
const coldFile = seeds.files[coldIndex];
const smallSet = [...seeds.files, ...examples];
log(`inputs in ${tmp}: ${seeds.files.length} seeds, ${examples.length} examples, batch ${batchStats.count} reports / ${batchStats.chars} chars`);

// ---------------------------------------------------------------- machine
const cpuList = cpus();
const machine = {
  cpuModel: cpuList[0]?.model ?? "unknown",
  cores: cpuList.length,
  availableParallelism: typeof availableParallelism === "function" ? availableParallelism() : cpuList.length,
  memoryGb: round(totalmem() / 1e9, 1),
  freeMemoryGbAtStart: round(freemem() / 1e9, 1),
  node: process.version,
  platform: `${platform()} ${release()} ${arch()}`,
  loadAverageAtStart: loadavg().map((x) => round(x, 2)),
  rssMethod: rssMethod(),
};

// ---------------------------------------------------------------- the CLI
const cliBin = binOf("report-lint");
if (cliBin === null || !existsSync(cliBin)) throw new Error("report-lint is not linked into bench/node_modules: run pnpm install");
const help = probe(node, [cliBin, "--help"]);
const cliVersion = probe(node, [cliBin, "--version"]).stdout.trim();
const features = {
  noWorker: /--no-worker\b/u.test(help.stdout),
  fix: /--fix\b/u.test(help.stdout),
};
log(`report-lint ${cliVersion}: --no-worker ${features.noWorker ? "yes" : "no"}, --fix ${features.fix ? "yes" : "no"}`);

let seq = 0;
/**
 * Run `node <args>` `reps` times (after `warmup` untimed runs); stop early when over budget
 * (min 1 run). The runs of a series share one pair of output files: the last run's remain.
 */
async function repeat(args, { cwd, reps, warmup = 0, budgetMs = Infinity, timeoutMs = config.timeoutMs, before, check, env }) {
  const runs = [];
  let spent = 0;
  let last = null;
  const tag = `series${seq++}`;
  for (let i = 0; i < warmup; i++) {
    before?.();
    await runMeasured(node, args, { cwd, scratch, timeoutMs, tag, env });
  }
  for (let i = 0; i < reps; i++) {
    before?.();
    const r = await runMeasured(node, args, { cwd, scratch, timeoutMs, tag, env });
    last = r;
    if (r.timedOut) return { ok: false, reason: `timed out after ${Math.round(timeoutMs / 1000)} s`, runs, last: r };
    const problem = check ? check(r) : r.code === 0 || r.code === 1 ? null : `exit code ${r.code}`;
    if (problem) return { ok: false, reason: `${problem}: ${tail(r.stderrPath) || tail(r.stdoutPath)}`, runs, last: r };
    runs.push(r);
    spent += r.wallMs;
    if (spent > budgetMs && runs.length >= 1) break;
  }
  return { ok: true, runs, last };
}

function tail(path, n = 400) {
  try {
    const t = readFileSync(path, "utf8").trim();
    return t.length > n ? "…" + t.slice(-n) : t;
  } catch {
    return "";
  }
}

function timing(runs) {
  const wall = summary(runs.map((r) => r.wallMs));
  const cpu = summary(runs.map((r) => r.cpuMs));
  const rss = summary(runs.map((r) => (r.peakRssKb === null ? null : (r.peakRssKb * 1024) / 1e6)));
  return { wallMs: wall, cpuMs: cpu.n > 0 ? cpu : null, peakRssMb: rss, runs: runs.length };
}

function throughput(t, stats) {
  const s = t.wallMs.median / 1000;
  return {
    reportsPerSec: round(stats.count / s, 1),
    charsPerSec: Math.round(stats.chars / s),
    mbPerSec: round(stats.bytes / 1e6 / s, 3),
  };
}

function missing(reason) {
  return { status: "missing", reason };
}
function failed(reason) {
  return { status: "error", reason: oneLine(reason) };
}
/** A reason fit for a table cell: one line, at most 300 characters. */
function oneLine(s) {
  const t = String(s).replace(/\s+/gu, " ").trim();
  return t.length > 300 ? t.slice(0, 299) + "…" : t;
}

function countOurs(stdoutPath) {
  try {
    return JSON.parse(readFileSync(stdoutPath, "utf8")).reduce((n, r) => n + r.messages.length, 0);
  } catch {
    return null;
  }
}

const measurements = {};

// report-lint keeps V8's code cache of its bundle in the user's cache directory (docs/cli.md,
// "启动缓存"); the bench keeps its own, so that the first run here writes it and a cache left
// by other runs plays no part. The cold start is also measured without it (a build's first run).
process.env.REPORT_LINT_CACHE_DIR = join(tmp, "compile-cache");

// 1. cold start: one report, end to end, text output.
{
  log(`cold start × ${config.coldReps}: ${basename(coldFile)}`);
  const r = await repeat([cliBin, coldFile], { cwd: tmp, reps: config.coldReps, warmup: config.warmup });
  measurements["cold-start"] = r.ok
    ? { status: "ok", input: { file: basename(coldFile), chars: seedTexts[coldIndex].length }, ...timing(r.runs) }
    : failed(r.reason);
}

// 1a. the same, as the first run of an installed build: no code cache to read (none is written either).
{
  log(`cold start without the code cache × ${config.coldReps}: ${basename(coldFile)}`);
  const r = await repeat([cliBin, coldFile], { cwd: tmp, reps: config.coldReps, warmup: 0, env: { NODE_DISABLE_COMPILE_CACHE: "1" } });
  measurements["cold-start-no-cache"] = r.ok
    ? { status: "ok", input: { file: basename(coldFile), chars: seedTexts[coldIndex].length }, ...timing(r.runs) }
    : failed(r.reason);
}

// 1b. the pre-commit case: every seed and example in one call, text output.
{
  log(`small set × ${config.smallReps}: ${smallSet.length} files`);
  const r = await repeat([cliBin, ...smallSet], { cwd: tmp, reps: config.smallReps, warmup: 0 });
  const st = textStats([...seedTexts, ...exampleTexts]);
  measurements["small-set"] = r.ok
    ? { status: "ok", input: { files: smallSet.length, chars: st.chars, bytes: st.bytes }, ...timing(r.runs) }
    : failed(r.reason);
}

// 2. batch: all generated reports in one call, with and without the worker pool.
async function batchRun(extra, label) {
  log(`batch ${label} × ${config.batchReps}: ${batchFiles.length} reports`);
  const r = await repeat([cliBin, ...extra, "--format", "json", ...batchFiles], { cwd: batchDir, reps: config.batchReps, budgetMs: config.batchBudgetMs });
  if (!r.ok) return failed(r.reason);
  const t = timing(r.runs);
  return { status: "ok", args: extra, ...t, ...throughput(t, batchStats), findings: countOurs(r.last.stdoutPath) };
}
measurements.batch = await batchRun([], features.noWorker ? "(worker pool, default)" : "(default)");
if (features.noWorker) measurements.batch.workerPool = true;
measurements["batch-no-worker"] = features.noWorker
  ? await batchRun(["--no-worker"], "--no-worker")
  : missing("report-lint --help does not mention --no-worker (no worker pool in this build); the batch row is the single-threaded default");

// 3. in-process: warm kernel, ~10,000-character reports, via @report-lint/formatter's lintText.
{
  log(`in-process × ${config.inprocIterations}`);
  const r = spawnSync(node, [join(benchDir, "src", "inprocess.mjs"), largeJson, String(config.inprocIterations), String(config.inprocWarmup)], {
    cwd: benchDir,
    encoding: "utf8",
    timeout: config.timeoutMs,
    maxBuffer: 64 * 1024 * 1024,
  });
  if (r.status !== 0) {
    measurements["in-process"] = failed(`exit ${r.status}: ${(r.stderr || "").slice(-400)}`);
  } else {
    const d = JSON.parse(r.stdout.trim().split("\n").pop());
    const us = summary(d.us);
    measurements["in-process"] = {
      status: "ok",
      input: { reports: d.distinctTexts, charsMin: Math.min(...d.chars), charsMax: Math.max(...d.chars) },
      usPerReport: { ...us, p95: round(percentile([...d.us].sort((a, b) => a - b), 95)) },
      importMs: round(d.importMs, 1),
      firstLintMs: round(d.firstMs, 1),
      findingsPerReport: round(d.findingsPerReport, 1),
      warmup: d.warmup,
    };
  }
}

// 4. language server: didChange → publishDiagnostics, measured by the language server
// package's own script (it starts the BUILT server over stdio like an editor does and
// builds its own 10,000-character report from the seeds).
{
  const lsDir = join(repoDir, "packages", "language-server");
  const script = join(lsDir, "bench", "didchange.mjs");
  if (!existsSync(script)) {
    measurements["language-server"] = missing("packages/language-server/bench/didchange.mjs does not exist");
  } else {
    const rounds = config.lsRounds;
    log(`language server didChange → publishDiagnostics (${rounds} rounds)`);
    const r = await runMeasured(node, [script, "--json", "--rounds", String(rounds), "--seeds", seedsDir], {
      cwd: lsDir,
      scratch,
      timeoutMs: config.lsTimeoutMs,
      tag: "ls",
    });
    const out = readFileSync(r.stdoutPath, "utf8");
    const lat = parseLatency(out);
    if (r.timedOut) measurements["language-server"] = failed(`timed out after ${config.lsTimeoutMs / 1000} s`);
    else if (r.code !== 0) measurements["language-server"] = failed(`exit code ${r.code}: ${tail(r.stderrPath) || tail(r.stdoutPath)}`);
    else if (lat === null) measurements["language-server"] = failed(`no p50/p95 in its output: ${out.slice(0, 300)}`);
    else measurements["language-server"] = { status: "ok", script: "packages/language-server/bench/didchange.mjs", rounds, ...lat, wallMs: round(r.wallMs, 1) };
  }
}

/**
 * p50/p95 (ms) from the script's output. With --json it prints
 * { characters, coldOpenMs, single: {n, p50, p95, max}, burst: {…}, all: {…}, rssMb }.
 * The headline is "single": one edit after a pause, didChange → publishDiagnostics of that
 * version. "burst" times the last keystroke of a typing burst, which includes the server's
 * deliberate debounce; it is reported beside it, as is "all" (both together).
 * Falls back to "p50 … p95 …" in text output.
 */
function parseLatency(out) {
  let obj = null;
  try {
    obj = JSON.parse(out);
  } catch {
    obj = null;
  }
  const pick = (o) => (o && typeof o.p50 === "number" && typeof o.p95 === "number" ? o : null);
  if (obj !== null) {
    const head = pick(obj.single) ?? pick(obj.all) ?? pick(obj);
    if (head !== null) {
      const part = (o) => (pick(o) ? { n: o.n, p50Ms: round(o.p50), p95Ms: round(o.p95), maxMs: round(o.max) } : null);
      return {
        p50Ms: round(head.p50),
        p95Ms: round(head.p95),
        n: head.n ?? null,
        single: part(obj.single),
        burst: part(obj.burst),
        all: part(obj.all),
        coldOpenMs: typeof obj.coldOpenMs === "number" ? round(obj.coldOpenMs, 1) : null,
        chars: obj.characters ?? null,
        serverRssMb: typeof obj.rssMb === "number" ? round(obj.rssMb, 1) : null,
      };
    }
  }
  const m50 = /p50\D{0,20}?([\d.]+)/iu.exec(out);
  const m95 = /p95\D{0,20}?([\d.]+)/iu.exec(out);
  if (m50 && m95) return { p50Ms: Number(m50[1]), p95Ms: Number(m95[1]), raw: out.trim().slice(0, 500) };
  return null;
}

// 5. --fix on the batch, on a fresh copy for every run (copying is not timed).
{
  if (!features.fix) {
    measurements["fix-batch"] = missing("report-lint --help does not mention --fix");
  } else {
    log(`--fix batch × ${config.fixReps}`);
    const fixDir = join(tmp, "fix");
    const r = await repeat([cliBin, "--fix", ...batchFiles], {
      cwd: fixDir,
      reps: config.fixReps,
      budgetMs: config.batchBudgetMs,
      before: () => {
        rmSync(fixDir, { recursive: true, force: true });
        cpSync(batchDir, fixDir, { recursive: true });
      },
    });
    if (!r.ok) {
      measurements["fix-batch"] = failed(r.reason);
    } else {
      let changed = 0;
      batchFiles.forEach((f, i) => {
        if (readFileSync(join(fixDir, f), "utf8") !== batchTexts[i]) changed++;
      });
      const t = timing(r.runs);
      measurements["fix-batch"] = { status: "ok", ...t, ...throughput(t, batchStats), filesChanged: changed };
    }
  }
}

// ---------------------------------------------------------------- peers
const peers = {};
if (withPeers) {
  for (const peer of setupPeers(tmp)) {
    const entry = { label: peer.label, packages: peer.packages, engines: peer.engines, notes: peer.notes };
    peers[peer.id] = entry;
    if (!peer.available) {
      Object.assign(entry, { status: "unavailable", reason: peer.reason });
      continue;
    }
    const v = probe(node, peer.versionArgs, { cwd: tmp });
    if (v.code !== 0) {
      Object.assign(entry, { status: "unavailable", reason: oneLine(`does not run on ${process.version}: ${v.stderr || v.stdout}`) });
      continue;
    }
    entry.status = "ok";
    const noRules = (r) => (peer.noRules(readFileSync(r.stdoutPath, "utf8")) ? "no rules loaded" : r.code === 0 || r.code === 1 ? null : `exit code ${r.code}`);

    log(`peer ${peer.id}: cold start`);
    const cold = await repeat(peer.cold(coldFile).args, {
      cwd: tmp,
      reps: config.peerColdReps,
      warmup: config.warmup,
      budgetMs: config.peerColdBudgetMs,
      timeoutMs: config.peerTimeoutMs,
      check: noRules,
    });
    entry["cold-start"] = cold.ok ? { status: "ok", ...timing(cold.runs) } : failed(cold.reason);

    if (!config.peerBatch) {
      entry.batch = { status: "skipped", reason: "quick mode: peers run the cold start only" };
    } else {
      log(`peer ${peer.id}: batch`);
      const batch = await repeat(peer.batch(batchFiles).args, {
        cwd: batchDir,
        reps: config.peerBatchMaxReps,
        budgetMs: config.peerBatchBudgetMs,
        timeoutMs: config.peerTimeoutMs,
        check: noRules,
      });
      if (batch.ok) {
        const t = timing(batch.runs);
        let findings = null;
        try {
          findings = peer.count(readFileSync(batch.last.stdoutPath, "utf8"), readFileSync(batch.last.stderrPath, "utf8"));
        } catch {
          findings = null;
        }
        entry.batch = { status: "ok", ...t, ...throughput(t, batchStats), findings };
      } else if (batch.last?.timedOut) {
        entry.batch = { status: "timeout", reason: `stopped after ${config.peerTimeoutMs / 1000} s`, timeoutMs: config.peerTimeoutMs };
      } else {
        entry.batch = failed(batch.reason);
      }
    }
    // Ratios: peer ÷ report-lint on the same input (> 1: report-lint is faster), for wall
    // time and for CPU time (user + system, all threads), which a busy machine disturbs less.
    const ratio = (a, b, k) => (a?.status === "ok" && b?.status === "ok" && a[k] && b[k] ? round(a[k].median / b[k].median, 2) : null);
    const ours = measurements.batch;
    entry.ratios = {
      coldStart: ratio(entry["cold-start"], measurements["cold-start"], "wallMs"),
      coldStartCpu: ratio(entry["cold-start"], measurements["cold-start"], "cpuMs"),
      batch: ratio(entry.batch, ours, "wallMs"),
      batchCpu: ratio(entry.batch, ours, "cpuMs"),
      peakRss: ratio(entry.batch, ours, "peakRssMb"),
    };
    // A peer stopped by the timeout was at least this much slower.
    if (entry.batch.status === "timeout" && ours?.status === "ok") entry.ratios.batchAtLeast = round(config.peerTimeoutMs / ours.wallMs.median, 2);
  }
}

// ---------------------------------------------------------------- targets
const m = measurements;
const ok = (x) => x?.status === "ok";
const targets = [
  target("cold-start-ms", "one-report cold start median ≤ 300 ms", ok(m["cold-start"]) ? m["cold-start"].wallMs.median : null, "ms", (v) => v <= 300),
  target(
    "cold-start-vs-textlint",
    "cold start ≥ 4× faster than the textlint CLI with our preset",
    peers["textlint-preset"]?.ratios?.coldStart ?? null,
    "×",
    (v) => v >= 4,
  ),
  target("in-process-us", "warm in-process lint of a 10,000-character report ≤ 5 ms", ok(m["in-process"]) ? m["in-process"].usPerReport.median / 1000 : null, "ms", (v) => v <= 5),
  target("batch-mbps", `batch ≥ 2 MB of text per second (on ${machine.availableParallelism} cores here)`, ok(m.batch) ? m.batch.mbPerSec : null, "MB/s", (v) => v >= 2),
  target("batch-rss", "batch peak RSS ≤ 250 MB", ok(m.batch) ? m.batch.peakRssMb.max : null, "MB", (v) => v <= 250),
  target("ls-p95", "language server didChange → publishDiagnostics p95 (single edit) ≤ 50 ms", ok(m["language-server"]) ? m["language-server"].p95Ms : null, "ms", (v) => v <= 50),
];
function target(id, description, value, unit, pass) {
  return { id, description, measured: value === null ? null : round(value, 2), unit, met: value === null ? null : pass(value) };
}

// ---------------------------------------------------------------- output
machine.loadAverageAtEnd = loadavg().map((x) => round(x, 2));
const results = {
  schema: 1,
  mode: config.mode,
  startedAt: startedAt.toISOString(),
  durationSec: round((Date.now() - startedAt.getTime()) / 1000, 1),
  machine,
  reportLint: { version: cliVersion, features },
  inputs: {
    seeds: { dir: seedsDir, files: seeds.files.map((f) => basename(f)), ...textStats(seedTexts) },
    examples: { files: examples.map((f) => basename(f)), ...textStats(exampleTexts) },
    batch: { prng: "mulberry32", seed: 20240101, ...batchStats, charsPerReport: { min: Math.min(...batchTexts.map((t) => t.length)), max: Math.max(...batchTexts.map((t) => t.length)) } },
    large: { reports: largeTexts.length, chars: largeTexts.map((t) => t.length) },
    coldStart: { file: basename(coldFile), chars: seedTexts[coldIndex].length },
  },
  config,
  measurements,
  peers,
  targets,
};
mkdirSync(resolve(outPath, ".."), { recursive: true });
writeFileSync(outPath, JSON.stringify(results, null, 2) + "\n");
process.stdout.write(renderText(results));
if (opt.markdown) process.stdout.write("\n" + renderMarkdown(results));
log(`results: ${outPath} (${results.durationSec} s)`);

if (opt.keep) log(`kept ${tmp}`);

// The CLI and engine measurements must run; a peer (or the language server's own
// bench script) that cannot run is reported in the results, not fatal.
const ours = ["cold-start", "small-set", "batch", "batch-no-worker", "in-process", "fix-batch"];
process.exitCode = ours.some((k) => measurements[k]?.status === "error") ? 1 : 0;
