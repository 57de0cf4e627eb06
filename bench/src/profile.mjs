#!/usr/bin/env node
// Where does report-lint spend its time? `pnpm --filter @report-lint/bench profile`
//   1. cold start phases: bare node, importing the CLI's module graph, the whole run;
//   2. what each heavy dependency costs to load on its own;
//   3. node --cpu-prof of the cold start and of a batch: top self-time functions, self
//      time per package and inclusive time per package;
//   4. the warm in-process cost of each rule alone on ~10,000-character reports.
// Options: --parts phases,deps,cold,batch,rules (default: all), --batch N (reports in the
//          profiled batch, default 300), --reps N (default 5), --top N (default 25),
//          --json FILE (write the summaries), --keep (keep the .cpuprofile files).
import { parseArgs } from "node:util";
import { mkdtempSync, mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync, existsSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, basename, dirname } from "node:path";
import { createRequire } from "node:module";
import { pathToFileURL } from "node:url";
import { repoDir, loadSeeds, generateBatch, generateSized, writeReports } from "./corpus.mjs";
import { runMeasured, probe } from "./proc.mjs";
import { summary } from "./stats.mjs";
import { binOf } from "./peers.mjs";

const { values: opt } = parseArgs({
  options: {
    batch: { type: "string", default: "300" },
    top: { type: "string", default: "25" },
    json: { type: "string" },
    keep: { type: "boolean", default: false },
    reps: { type: "string", default: "5" },
    parts: { type: "string", default: "phases,deps,cold,batch,rules" },
  },
});
const TOP = Number(opt.top);
const parts = new Set(opt.parts.split(","));
const REPS = Number(opt.reps);
const node = process.execPath;
const tmp = mkdtempSync(join(tmpdir(), "report-lint-profile-"));
process.on("exit", () => {
  if (!opt.keep) rmSync(tmp, { recursive: true, force: true });
});
const scratch = join(tmp, "scratch");
mkdirSync(scratch);
// The CLI's code cache goes to this run's own directory (as in run.mjs): a cache left by
// other runs plays no part, and the first run of each series writes it.
process.env.REPORT_LINT_CACHE_DIR = join(tmp, "compile-cache");
const out = (s = "") => process.stdout.write(s + "\n");

const seeds = loadSeeds();
const coldFile = seeds.files.reduce((a, f) => (readFileSync(f, "utf8").length > readFileSync(a, "utf8").length ? f : a));
const batchDir = join(tmp, "batch");
const batchFiles = writeReports(batchDir, generateBatch(seeds, Number(opt.batch)));
const cliBin = binOf("report-lint");
const cliLauncher = join(dirname(cliBin), "..", "dist", "launch.cjs");
const help = probe(node, [cliBin, "--help"]).stdout;
const hasNoWorker = /--no-worker\b/u.test(help);
const report = {};

// ------------------------------------------------------------ 1. cold start phases
async function medianWall(args, cwd = tmp, env = {}) {
  const walls = [];
  const cpus = [];
  for (let i = 0; i < REPS + 1; i++) {
    const r = await runMeasured(node, args, { cwd, scratch, env, tag: "phase" });
    if (i > 0) {
      walls.push(r.wallMs);
      cpus.push(r.cpuMs);
    }
  }
  lastCpu = summary(cpus).median;
  return summary(walls).median;
}
let lastCpu = null;
const cpuNote = () => (lastCpu === null ? "" : `  [CPU ${lastCpu.toFixed(0)} ms]`);
out(`# report-lint profile (${basename(coldFile)} for the cold start; ${batchFiles.length} generated reports for the batch)`);
out();
const bare = await medianWall(["-e", "0"]);
if (parts.has("phases")) {
out(`## Cold start phases (median of ${REPS} runs, wall ms)`);
out(`bare node (node -e 0)                  ${bare.toFixed(0)}${cpuNote()}`);
// The bin loads dist/cli.cjs through V8's code cache (packages/cli/src/launch.ts); the
// first run of a build (or a run with NODE_DISABLE_COMPILE_CACHE=1) compiles it.
const load = `const l = require(${JSON.stringify(cliLauncher)}); l.loadBundle(l.bundlePath()).persist();`;
const importOnly = await medianWall(["-e", load]);
out(`load the CLI bundle (code cache)        ${importOnly.toFixed(0)}  (+${(importOnly - bare).toFixed(0)} over bare node)${cpuNote()}`);
const importCompiled = await medianWall(["-e", load], tmp, { NODE_DISABLE_COMPILE_CACHE: "1" });
out(`load the CLI bundle (no code cache)     ${importCompiled.toFixed(0)}  (+${(importCompiled - bare).toFixed(0)} over bare node)${cpuNote()}`);
const helpRun = await medianWall([cliBin, "--help"]);
out(`report-lint --help                      ${helpRun.toFixed(0)}${cpuNote()}`);
const full = await medianWall([cliBin, coldFile]);
out(`report-lint <one report>                ${full.toFixed(0)}  (+${(full - importOnly).toFixed(0)} linting after loading)${cpuNote()}`);
const fullCompiled = await medianWall([cliBin, coldFile], tmp, { NODE_DISABLE_COMPILE_CACHE: "1" });
out(`report-lint <one report>, no code cache ${fullCompiled.toFixed(0)}${cpuNote()}`);
report.phases = { bareNodeMs: bare, loadCliBundleMs: importOnly, loadCliBundleNoCodeCacheMs: importCompiled, helpMs: helpRun, lintOneReportMs: full, lintOneReportNoCodeCacheMs: fullCompiled };
out();
}

// ------------------------------------------------------------ 2. dependency load costs
// Each module is imported alone in a fresh process, resolved from the package that uses it.
const pkg = (p) => join(repoDir, "packages", p, "package.json");
const deps = [
  ["mammoth (core: .docx only)", pkg("core"), "mammoth", ""],
  ["jieba-wasm require", pkg("core"), "jieba-wasm", ""],
  ["jieba-wasm require + first cut (dictionary)", pkg("core"), "jieba-wasm", "m.cut('预热', true);"],
  ["iconv-lite", pkg("core"), "iconv-lite", ""],
  ["unified + remark-parse", pkg("core"), "remark-parse", ""],
  ["ajv/dist/2020.js", pkg("textlint-rule-preset-gov-report"), "ajv/dist/2020.js", ""],
  ["@textlint/kernel", pkg("formatter"), "@textlint/kernel", ""],
  ["@textlint/textlint-plugin-text", pkg("formatter"), "@textlint/textlint-plugin-text", ""],
  ["@report-lint/schema", pkg("core"), "@report-lint/schema", ""],
  ["@report-lint/core", pkg("formatter"), "@report-lint/core", ""],
  ["textlint-rule-preset-gov-report", pkg("formatter"), "textlint-rule-preset-gov-report", ""],
  ["@report-lint/formatter", pkg("cli"), "@report-lint/formatter", ""],
];
/** Resolve `spec` as the package owning `from` would import it (ESM conditions first). */
function resolveFrom(from, spec) {
  const m = /^((?:@[^/]+\/)?[^/]+)(\/.*)?$/u.exec(spec);
  const dir = join(dirname(from), "node_modules", m[1]);
  const pjPath = join(dir, "package.json");
  if (existsSync(pjPath)) {
    const pj = JSON.parse(readFileSync(pjPath, "utf8"));
    const sub = m[2] ? `.${m[2]}` : ".";
    const pickCond = (e) => {
      if (typeof e === "string") return e;
      if (e === null || typeof e !== "object") return null;
      for (const c of ["node", "import", "default", "require"]) if (c in e) return pickCond(e[c]);
      return null;
    };
    let target = null;
    if (pj.exports !== undefined) {
      const e = typeof pj.exports === "string" || !Object.keys(pj.exports).some((k) => k.startsWith(".")) ? { ".": pj.exports } : pj.exports;
      if (e[sub] !== undefined) target = pickCond(e[sub]);
    }
    if (target === null && sub === ".") target = pj.module ?? pj.main ?? "index.js";
    if (target !== null) return join(dir, target);
  }
  try {
    return createRequire(from).resolve(spec);
  } catch {
    return null;
  }
}

if (parts.has("deps")) out(`## Loading one dependency alone (median of ${REPS} runs, ms over bare node)`);
report.dependencies = [];
for (const [label, from, spec, extra] of parts.has("deps") ? deps : []) {
  if (!existsSync(from)) continue;
  const file = resolveFrom(from, spec);
  if (!file) {
    out(`${label.padEnd(44)} not resolvable from ${basename(dirname(from))}`);
    continue;
  }
  const code = `const m0 = await import(${JSON.stringify(pathToFileURL(file).href)}); const m = m0.default ?? m0; ${extra}`;
  const ms = (await medianWall(["--input-type=module", "-e", code])) - bare;
  report.dependencies.push({ label, spec, ms: Math.round(ms), cpuMs: lastCpu });
  out(`${label.padEnd(44)} ${ms.toFixed(0).padStart(5)}${cpuNote()}`);
}
out();

// ------------------------------------------------------------ 3. CPU profiles
/** Self time per function and per package from .cpuprofile files. */
function analyse(files) {
  const byFn = new Map();
  const byPkg = new Map();
  const inclusive = new Map();
  let total = 0;
  for (const f of files) {
    const prof = JSON.parse(readFileSync(f, "utf8"));
    const nodes = new Map(prof.nodes.map((n) => [n.id, n]));
    const parent = new Map();
    for (const n of prof.nodes) for (const c of n.children ?? []) parent.set(c, n.id);
    const self = new Map();
    // timeDeltas[i] is the time since the previous sample; attribute it to sample i.
    prof.samples.forEach((id, i) => self.set(id, (self.get(id) ?? 0) + (prof.timeDeltas[i] ?? 0)));
    // Inclusive time per package: time with any of the package's code on the stack
    // (module evaluation, calls into it and everything they call).
    for (const [id, us] of self) {
      const seen = new Set();
      for (let cur = id; cur !== undefined; cur = parent.get(cur)) {
        const url = nodes.get(cur).callFrame.url;
        if (!url || url.startsWith("node:")) continue;
        const p = packageOf(url, "");
        if (p === "wasm" || seen.has(p)) continue;
        seen.add(p);
        inclusive.set(p, (inclusive.get(p) ?? 0) + us);
      }
    }
    for (const [id, us] of self) {
      const n = nodes.get(id);
      const cf = n.callFrame;
      const name = cf.functionName || "(anonymous)";
      const where = cf.url ? `${shortUrl(cf.url)}:${cf.lineNumber + 1}` : "";
      const key = where ? `${name}  ${where}` : name;
      byFn.set(key, (byFn.get(key) ?? 0) + us);
      const p = packageOf(cf.url, name);
      byPkg.set(p, (byPkg.get(p) ?? 0) + us);
      total += us;
    }
  }
  const top = (m, n) =>
    [...m.entries()]
      .sort((a, b) => b[1] - a[1])
      .slice(0, n)
      .map(([k, us]) => ({ name: k, ms: Math.round(us / 100) / 10, share: Math.round((us / total) * 1000) / 10 }));
  return { totalMs: Math.round(total / 1000), profiles: files.length, functions: top(byFn, TOP), packages: top(byPkg, 20), inclusive: top(inclusive, 20) };
}

function shortUrl(url) {
  const u = url.replace(/^file:\/\//u, "");
  const pnpm = /node_modules\/\.pnpm\/[^/]+\/node_modules\/(.*)$/u.exec(u);
  if (pnpm) return pnpm[1];
  const ws = /\/(packages\/.*)$/u.exec(u);
  if (ws) return ws[1];
  return u.startsWith("node:") ? u : basename(u);
}

function packageOf(url, name) {
  if (!url) return name.startsWith("(") ? name : "(native/V8)";
  if (url.startsWith("node:")) return "node: internals (module loading, fs, streams)";
  const u = url.replace(/^file:\/\//u, "");
  const pnpm = /node_modules\/\.pnpm\/[^/]+\/node_modules\/((?:@[^/]+\/)?[^/]+)/u.exec(u);
  if (pnpm) return pnpm[1];
  const ws = /\/packages\/([^/]+)\//u.exec(u);
  if (ws) return `packages/${ws[1]}`;
  if (u.startsWith("wasm://")) return "wasm";
  return basename(u);
}

async function profileRun(label, args, cwd) {
  const dir = join(tmp, `prof-${label}`);
  mkdirSync(dir);
  const argv = ["--cpu-prof", "--cpu-prof-interval", "200", "--cpu-prof-dir", dir, ...args];
  // The CLI's code cache is kept per set of Node flags (these included), so an untimed run
  // with the very same flags writes it first: the profile shows a later run, as users have.
  await runMeasured(node, argv, { cwd, scratch, tag: `prof-${label}-warmup` });
  for (const f of readdirSync(dir)) rmSync(join(dir, f));
  const r = await runMeasured(node, argv, { cwd, scratch, tag: `prof-${label}` });
  const files = readdirSync(dir)
    .filter((f) => f.endsWith(".cpuprofile"))
    .map((f) => join(dir, f));
  return { wallMs: Math.round(r.wallMs), code: r.code, ...analyse(files) };
}

function print(title, a) {
  out(`## ${title}: ${a.wallMs} ms wall, ${a.totalMs} ms sampled in ${a.profiles} thread profile(s)`);
  out();
  out("self time by package:");
  for (const p of a.packages) out(`  ${String(p.ms).padStart(8)} ms ${String(p.share).padStart(5)} %  ${p.name}`);
  out();
  out("inclusive time by package (its code anywhere on the stack; packages nest, so these overlap):");
  for (const p of a.inclusive) out(`  ${String(p.ms).padStart(8)} ms ${String(p.share).padStart(5)} %  ${p.name}`);
  out();
  out(`top ${TOP} functions by self time:`);
  for (const f of a.functions) out(`  ${String(f.ms).padStart(8)} ms ${String(f.share).padStart(5)} %  ${f.name}`);
  out();
}

if (parts.has("cold")) {
  report.coldStart = await profileRun("cold", [cliBin, coldFile], tmp);
  print(`CPU profile, cold start on ${basename(coldFile)}`, report.coldStart);
}
if (parts.has("batch")) {
  const batchArgs = [cliBin, ...(hasNoWorker ? ["--no-worker"] : []), "--format", "json", ...batchFiles];
  report.batch = await profileRun("batch", batchArgs, batchDir);
  print(`CPU profile, batch of ${batchFiles.length} reports${hasNoWorker ? " (--no-worker: one thread)" : ""}`, report.batch);
}

// ------------------------------------------------------------ 4. per-rule cost, in-process, warm
// Each rule alone (every other rule off) on distinct ~10,000-character reports, minus the
// kernel with no rule on; the report model is parsed once per document and shared, so its
// parse is shown on its own line and is part of every "rule alone" figure.
if (parts.has("rules")) {
  const { lintText } = await import("@report-lint/formatter");
  const { rules } = await import("textlint-rule-preset-gov-report");
  const core = await import(pathToFileURL(join(repoDir, "packages", "core", "dist", "index.js")).href);
  const texts = generateSized(seeds, 16, 10_000);
  const ids = Object.keys(rules);
  const ITER = 48;
  const time = async (fn) => {
    for (let i = 0; i < 8; i++) await fn(texts[i % texts.length]);
    const us = [];
    for (let i = 0; i < ITER; i++) {
      const t = texts[(i + 3) % texts.length];
      const s0 = performance.now();
      await fn(t);
      us.push((performance.now() - s0) * 1000);
    }
    return summary(us).median;
  };
  const off = Object.fromEntries(ids.map((x) => [x, { severity: "off" }]));
  const all = await time((t) => lintText(t, { filePath: "r.txt" }));
  const none = await time((t) => lintText(t, { filePath: "r.txt", rules: off }));
  const parse = await time((t) => core.parseReport(t, "text"));
  const perRule = [];
  for (const id of ids) {
    const { [id]: _, ...others } = off;
    const us = await time((t) => lintText(t, { filePath: "r.txt", rules: others }));
    perRule.push({ id, us: Math.round(us), overNoRules: Math.round(us - none) });
  }
  perRule.sort((a, b) => b.overNoRules - a.overNoRules);
  report.perRule = { allRulesUs: Math.round(all), noRulesUs: Math.round(none), parseReportUs: Math.round(parse), rules: perRule };
  out(`## Warm in-process cost per rule (${texts.length} distinct ~10,000-char reports, median of ${ITER} calls, µs)`);
  out();
  out(`all rules on                     ${String(Math.round(all)).padStart(8)}`);
  out(`no rule on (kernel + text AST)   ${String(Math.round(none)).padStart(8)}`);
  out(`parseReport alone (report model) ${String(Math.round(parse)).padStart(8)}  (included once in every line below)`);
  for (const r of perRule) out(`  ${r.id.padEnd(30)} ${String(r.overNoRules).padStart(8)}  over "no rule on"`);
  out();
}

if (opt.json) writeFileSync(opt.json, JSON.stringify(report, null, 2) + "\n");
if (opt.keep) process.stderr.write(`profiles kept in ${tmp}\n`);
