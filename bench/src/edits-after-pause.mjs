#!/usr/bin/env node
// Why an edit in the language server takes longer than the same lint in a loop: the language server bench's edits
// (packages/language-server/bench/didchange.mjs: a word doubled and deleted, a comma typed half-width and restored, a
// clause typed, a paragraph pasted and removed, a heading renumbered and restored), linted in this process with the
// formatter's Linter as the lint thread does, three ways: back to back; with the process asleep 250 ms before each
// lint, as between an editor user's edits; and with it busy 250 ms (a spin) instead. Prints the p50/p95 of each, and
// the same for a plain allocation loop (30,000 small objects), which needs no lint code at all.
//
//   node bench/src/edits-after-pause.mjs [--rounds 5]
// Run after `npx -y pnpm@10 build`, with ../shared beside the repository (the report is built from the seeds).
import { buildReport } from "../../packages/language-server/bench/didchange.mjs";
import { seedsDir } from "./corpus.mjs";
import { option } from "./probe.mjs";

const ROUNDS = option("--rounds", 5);
const { Linter } = await import("@report-lint/formatter");
const linter = new Linter();
const filePath = "/report-lint-bench/报告.txt";
const target = { filePath, config: await linter.configFor(filePath) };
const original = buildReport(seedsDir);
const sleep = (ms) => new Promise((r) => setTimeout(r, ms));
const spin = (ms) => {
  const end = performance.now() + ms;
  while (performance.now() < end);
};
const pauses = { "back to back": async () => {}, "asleep 250 ms before each": () => sleep(250), "busy 250 ms before each": async () => spin(250) };
const PARA = "\n\n　　全面推行行政执法公示制度、执法全过程记录制度、重大执法决定法制审核制度，全年开展执法案卷评查两次，评查案卷一百二十件。";

/** The bench's edits, in its order; `lint` after each. */
async function edits(pause) {
  let text = original;
  const times = [];
  const change = async (start, end, insert) => {
    text = text.slice(0, start) + insert + text.slice(end);
    await pause();
    const t = performance.now();
    await linter.lintText(text, target);
    times.push(performance.now() - t);
  };
  for (let r = 0; r < ROUNDS; r++) {
    let at = text.indexOf("法治", 500 + r * 700);
    if (at < 0) at = text.indexOf("法治");
    await change(at, at, "法治");
    await change(at, at + 2, "");
    at = text.indexOf("，", 1500 + r * 900);
    await change(at, at + 1, ",");
    await change(at, at + 1, "，");
    at = text.indexOf("。", 3000 + r * 500);
    await change(at, at, "，进一步压实工作责任");
    at = text.indexOf("\n", 4000 + r * 600);
    await change(at, at, PARA);
    await change(at, at + PARA.length, "");
    const h = /\n(（[一二三四五六七八九十]）)/u.exec(text.slice(2000));
    if (h !== null) {
      const hs = 2000 + h.index + 1;
      await change(hs, hs + h[1].length, "（九）");
      await change(hs, hs + 3, h[1]);
    }
  }
  return times;
}

let kept = null;
function allocate() {
  const a = [];
  for (let i = 0; i < 30_000; i++) a.push({ i, s: `x${i}` });
  kept = a;
}
async function allocations(pause) {
  const times = [];
  for (let k = 0; k < 40; k++) {
    await pause();
    const t = performance.now();
    allocate();
    times.push(performance.now() - t);
  }
  return times;
}

const at = (values, q) => [...values].sort((x, y) => x - y)[Math.min(values.length - 1, Math.floor(values.length * q))];
const fmt = (values) => `p50 ${at(values, 0.5).toFixed(1)} ms  p95 ${at(values, 0.95).toFixed(1)} ms  (n=${values.length})`;
// Warm: the document, then the edits once back to back, and the allocation loop.
await linter.lintText(original, target);
await edits(pauses["back to back"]);
for (let k = 0; k < 50; k++) allocate();
for (const [name, pause] of Object.entries(pauses)) {
  console.log(`edits, ${name}:`.padEnd(46), fmt(await edits(pause)));
  console.log(`allocation loop, ${name}:`.padEnd(46), fmt(await allocations(pause)));
}
void kept;
