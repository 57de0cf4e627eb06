// Child process: the warm in-process cost of one rule, as a comparison in one process.
// Prints one JSON line.
//   node src/rule-cost.mjs <texts.json> <passes> <warm-up passes> <rule id>[,<rule id>…]
// (several ids: those rules on together against all of them off — the cost of a group of rules),
//   … [<rule id>,… off in both settings] (to take, say, wrong-character's cost out of both)
// Like src/inprocess.mjs (lintText of @report-lint/formatter, warm kernel, the 16 distinct reports
// of ~10,000 characters), but the rule is on for one pass over all the texts and off for the next,
// alternately (on off off on on off …, `passes` passes each), so a change in the machine's load
// falls on both settings alike.
//
// Two variants:
//   unseen — before every timed call the process lints, untimed, a flush document of 1,024 distinct
//            one-line paragraphs, so that no per-paragraph memo of a rule (wrong-character keeps the
//            findings of its last 512 paragraphs) still holds a paragraph of the report: every
//            report is checked as text never seen before, as in a batch of distinct reports. The
//            bench's reports are assembled from the seeds' 72 paragraphs (275 distinct lines over
//            the 16 reports), so without this such a memo answers for nearly every paragraph.
//   cycled — the reports cycled with nothing in between, exactly as row 3 (src/inprocess.mjs)
//            runs them: what a memo gives back when the same paragraphs come again (an editor's
//            re-check after a keystroke; --fix's passes).
// For wrong-character it also times the model's search alone (findSpellingSuspects of
// @report-lint/core over each report's lines, with the confusion set as candidates; no memo), per
// report.
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { performance } from "node:perf_hooks";
import { repoDir } from "./corpus.mjs";

const [textsPath, blocksArg = "10", warmArg = "1", ruleId = "wrong-character", baseOffArg = ""] = process.argv.slice(2);
const texts = JSON.parse(readFileSync(textsPath, "utf8"));
const blocks = Number(blocksArg);
const warmBlocks = Number(warmArg);

const { lintText } = await import("@report-lint/formatter");
const offRules = (ids) => Object.fromEntries(ids.filter((id) => id !== "").map((id) => [id, { severity: "off" }]));
const baseOff = baseOffArg.split(",");
const on = { filePath: "report.txt", rules: offRules(baseOff) };
const off = { filePath: "report.txt", rules: offRules([...baseOff, ...ruleId.split(",")]) };

const FLUSH_PARAGRAPHS = 1024;
const FLUSH = Array.from({ length: FLUSH_PARAGRAPHS }, (_, i) => `第${i + 1}项工作。`).join("\n") + "\n";
const flush = () => lintText(FLUSH, { filePath: "flush.txt" });

// Warm-up: the flush document, and both settings over every text.
await flush();
for (let b = 0; b < warmBlocks; b++) for (const settings of [on, off]) for (const t of texts) await lintText(t, settings);

/** `blocks` passes over the texts per setting, alternated; `before` runs untimed before each call. */
async function compare(before) {
  const us = { on: [], off: [] };
  const findings = { on: 0, off: 0 };
  for (let b = 0; b < 2 * blocks; b++) {
    // on, off, off, on, on, off, …: each setting goes first as often as second.
    const key = (b >> 1) % 2 === 0 ? (b % 2 === 0 ? "on" : "off") : b % 2 === 0 ? "off" : "on";
    const settings = key === "on" ? on : off;
    for (const t of texts) {
      if (before !== null) await before();
      const s = performance.now();
      const r = await lintText(t, settings);
      us[key].push((performance.now() - s) * 1000);
      findings[key] += r.messages.length;
    }
  }
  return { us, findingsPerReport: { on: findings.on / us.on.length, off: findings.off / us.off.length } };
}
const unseen = await compare(flush);
// One untimed pass with the rule on, so the memo holds the reports' paragraphs again, as in row 3.
for (const t of texts) await lintText(t, on);
const cycled = await compare(null);

// The model's search alone, on the same texts, paragraph by paragraph as the rule runs it.
let alone = null;
if (ruleId === "wrong-character") {
  const core = await import(pathToFileURL(join(repoDir, "packages", "core", "dist", "index.js")).href);
  if (typeof core.findSpellingSuspects === "function" && typeof core.confusables === "function") {
    const cache = new Map();
    const candidates = (ch) => {
      let c = cache.get(ch);
      if (c === undefined) cache.set(ch, (c = core.confusables(ch)));
      return c;
    };
    const paragraphs = texts.map((t) => t.split("\n").filter((l) => l.trim() !== ""));
    const search = (i) => {
      let n = 0;
      for (const p of paragraphs[i]) n += core.findSpellingSuspects(p, { candidates }).length;
      return n;
    };
    for (let b = 0; b < warmBlocks; b++) texts.forEach((_, i) => search(i));
    const per = [];
    const per10k = [];
    let suspects = 0;
    for (let b = 0; b < blocks; b++) {
      texts.forEach((t, i) => {
        const s = performance.now();
        suspects += search(i);
        const u = (performance.now() - s) * 1000;
        per.push(u);
        per10k.push((u * 10_000) / t.length);
      });
    }
    alone = { us: per, usPer10k: per10k, suspectsPerReport: suspects / per.length, modelLoadMs: core.languageModelLoadTime?.() ?? null };
  }
}

process.stdout.write(
  JSON.stringify({
    ruleId,
    chars: texts.map((t) => t.length),
    distinctTexts: texts.length,
    distinctParagraphs: new Set(texts.flatMap((t) => t.split("\n").filter((l) => l.trim() !== ""))).size,
    flushParagraphs: FLUSH_PARAGRAPHS,
    blocks,
    warmBlocks,
    unseen,
    cycled,
    alone,
  }) + "\n",
);
