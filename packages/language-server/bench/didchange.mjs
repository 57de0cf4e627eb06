#!/usr/bin/env node
// Time from textDocument/didChange to the publishDiagnostics of that version, over a
// sequence of realistic edits on a 10,000-character report built from the seed reports.
// The BUILT server runs over stdio exactly as an editor starts it.
//
//   node bench/didchange.mjs [--rounds N] [--json] [--server path/to/server.js]
//
// Prints p50/p95 (ms) for single edits made after a pause, for the last keystroke of a
// typing burst (which includes the server's debounce), and for all edits together; and, for
// the single edits, the lint thread's own time (the server's reportLint/stats lastLintMs, asked
// after each measurement), which tells the lint from the messages around it.
import { mkdtempSync, readdirSync, readFileSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join, resolve } from "node:path";
import { fileURLToPath } from "node:url";
import { parseArgs } from "node:util";
import { fileUri, SERVER_PATH, startClient } from "@report-lint/test-support/lsp-client";

const here = dirname(fileURLToPath(import.meta.url));
const { values } = parseArgs({
  options: {
    rounds: { type: "string", default: "5" },
    json: { type: "boolean", default: false },
    server: { type: "string" },
    seeds: { type: "string" },
  },
});
const TARGET = 10_000;
const rounds = Math.max(1, Number(values.rounds));
const seedsDir = values.seeds ?? resolve(here, "../../../../shared/corpus/seeds");
const serverPath = values.server ?? SERVER_PATH;

/** Seed 004's report, with real body paragraphs of the other seeds added to its sections up to 10,000 characters. */
export function buildReport(dir) {
  const files = readdirSync(dir).filter((f) => f.endsWith(".txt")).sort();
  if (files.length === 0) throw new Error(`no seed reports in ${dir}`);
  const texts = files.map((f) => readFileSync(join(dir, f), "utf8").replace(/\r\n?/gu, "\n"));
  const base = texts[texts.length - 1];
  const pool = texts
    .slice(0, -1)
    .flatMap((t) => t.split("\n"))
    .map((l) => l.trim())
    .filter((l) => l.length >= 60 && /。$/u.test(l) && !/^[一二三四五六七八九十（(\d]/u.test(l));
  const lines = base.split("\n");
  const bodies = lines.map((l, i) => (l.trim().length >= 60 ? i : -1)).filter((i) => i >= 0);
  let text = base;
  let k = 0;
  while (text.length < TARGET && pool.length > 0) {
    const at = bodies[k % bodies.length];
    let para = pool[k % pool.length];
    const room = TARGET - text.length - 4; // "\n\n　　" before the paragraph
    if (para.length > room) {
      const cut = para.lastIndexOf("。", room - 1);
      para = cut > 0 ? para.slice(0, cut + 1) : para.slice(0, room);
    }
    lines[at] = `${lines[at]}\n\n　　${para}`;
    text = lines.join("\n");
    k++;
  }
  return text;
}

function percentile(sorted, p) {
  if (sorted.length === 0) return NaN;
  const i = Math.min(sorted.length - 1, Math.max(0, Math.ceil((p / 100) * sorted.length) - 1));
  return sorted[i];
}

function summary(ms) {
  const s = [...ms].sort((a, b) => a - b);
  return { n: s.length, p50: percentile(s, 50), p95: percentile(s, 95), max: s[s.length - 1] };
}

const sleep = (ms) => new Promise((r) => setTimeout(r, ms));

async function main() {
  const report = buildReport(seedsDir);
  const ws = mkdtempSync(join(tmpdir(), "report-lint-bench-"));
  writeFileSync(join(ws, ".reportlintrc.json"), "{}\n");
  const uri = fileUri(join(ws, "报告.txt"));
  const client = await startClient({ serverPath, workspaceFolder: ws });
  const single = [];
  const burst = [];
  const workerLint = [];
  try {
    let t0 = performance.now();
    const first = client.waitForDiagnostics(uri, 1);
    client.open(uri, report);
    const opened = await first;
    const coldOpen = opened.at - t0;

    /** One edit after a pause: time to the diagnostics of the new version. */
    const edit = async (start, end, text) => {
      await sleep(250);
      const v = client.version(uri) + 1;
      const wait = client.waitForDiagnostics(uri, v);
      t0 = performance.now();
      client.change(uri, [{ start, end, text }]);
      const p = await wait;
      single.push(p.at - t0);
      // The lint thread's own time for that version (after the measurement: not timed).
      const stats = await client.request("reportLint/stats");
      if (typeof stats.lastLintMs === "number") workerLint.push(stats.lastLintMs);
    };
    /** Type `word` one character every 60 ms at `at`; time from the last keystroke. */
    const type = async (at, word) => {
      await sleep(250);
      let last = 0;
      let wait = null;
      for (let i = 0; i < word.length; i++) {
        if (i === word.length - 1) wait = client.waitForDiagnostics(uri, client.version(uri) + 1);
        last = performance.now();
        client.change(uri, [{ start: at + i, end: at + i, text: word[i] }]);
        if (i < word.length - 1) await sleep(60);
      }
      const p = await wait;
      burst.push(p.at - last);
    };

    for (let r = 0; r < rounds; r++) {
      const text = () => client.text(uri);
      // 1. a duplicated word slips in, then is deleted
      let at = text().indexOf("法治", 500 + r * 700);
      if (at < 0) at = text().indexOf("法治");
      await edit(at, at, "法治");
      await edit(at, at + 2, "");
      // 2. a full-width comma typed half-width, then corrected
      at = text().indexOf("，", 1500 + r * 900);
      await edit(at, at + 1, ",");
      await edit(at, at + 1, "，");
      // 3. a clause typed at the end of a paragraph
      at = text().indexOf("。", 3000 + r * 500);
      await type(at, "，进一步压实工作责任");
      // 4. a paragraph pasted, then removed
      const para = "\n\n　　全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度，全年开展执法案卷评查两次，评查案卷一百二十件。";
      at = text().indexOf("\n", 4000 + r * 600);
      await edit(at, at, para);
      await edit(at, at + para.length, "");
      // 5. a heading renumbered and restored
      const heading = /\n(（[一二三四五六七八九十]）)/u.exec(text().slice(2000));
      if (heading !== null) {
        const hs = 2000 + heading.index + 1;
        const old = heading[1];
        await edit(hs, hs + old.length, "（九）");
        await edit(hs, hs + 3, old);
      }
    }
    const stats = await client.request("reportLint/stats");
    const result = {
      characters: report.length,
      coldOpenMs: coldOpen,
      single: summary(single),
      burst: summary(burst),
      all: summary([...single, ...burst]),
      workerLint: summary(workerLint),
      rssMb: stats.rss / 2 ** 20,
    };
    if (values.json) {
      console.log(JSON.stringify(result, null, 2));
    } else {
      const f = (x) => x.toFixed(1);
      console.log(`didChange → publishDiagnostics, ${result.characters}-character report (${rounds} rounds)`);
      console.log(`  first open (cold worker):   ${f(coldOpen)} ms`);
      console.log(`  single edit after a pause:  p50 ${f(result.single.p50)} ms  p95 ${f(result.single.p95)} ms  (n=${result.single.n})`);
      console.log(`  end of a typing burst:      p50 ${f(result.burst.p50)} ms  p95 ${f(result.burst.p95)} ms  (n=${result.burst.n}, includes debounce)`);
      console.log(`  all edits:                  p50 ${f(result.all.p50)} ms  p95 ${f(result.all.p95)} ms  (n=${result.all.n})`);
      console.log(`  the lint thread's own lint: p50 ${f(result.workerLint.p50)} ms  p95 ${f(result.workerLint.p95)} ms  (single edits)`);
      console.log(`  server RSS after the run:   ${f(result.rssMb)} MB`);
    }
  } finally {
    await client.shutdown();
    rmSync(ws, { recursive: true, force: true });
  }
}

if (process.argv[1] !== undefined && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  main().catch((e) => {
    console.error(e instanceof Error ? e.stack : e);
    process.exitCode = 1;
  });
}
