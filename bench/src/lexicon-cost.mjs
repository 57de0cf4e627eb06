#!/usr/bin/env node
// Warm in-process CPU cost of the four lexicon rules (confusable-word, outdated-term, formulation,
// law-name), for comparing two builds: run it from each build's checkout in turn, alternated.
//   node bench/src/lexicon-cost.mjs [--tree DIR] [--texts large|seeds|batch] [--passes N]
// --tree: the checkout whose built packages/formatter and preset are loaded (default: this one).
// --texts: large = the 16 distinct ~10,000-character reports of row 3, seeds = the five seeds,
//          batch = every tenth of the 1,000 generated reports (default: large).
// Settings, each lintText on every text (textlint kernel, warm), rotated per text so that a change
// in the machine's load falls on all alike: all rules but wrong-character (no language model); the
// same with one lexicon rule off (for each of the four) and with all four off; the four alone; no
// rule. CPU time (user + system) of each call, per 10,000 characters. A rule's cost is the median
// of the paired differences (all − all without it); "lexicon4" is all − all without the four,
// "lexOnlyOverNone" the four alone − no rule. Prints one JSON line.
import { parseArgs } from "node:util";
import { readFileSync } from "node:fs";
import { join } from "node:path";
import { pathToFileURL } from "node:url";
import { repoDir, loadSeeds, generateBatch, generateSized } from "./corpus.mjs";

const { values: opt } = parseArgs({
  options: { tree: { type: "string", default: repoDir }, texts: { type: "string", default: "large" }, passes: { type: "string", default: "3" } },
});
const LEXICON = ["confusable-word", "outdated-term", "formulation", "law-name"];
const { lintText } = await import(pathToFileURL(join(opt.tree, "packages/formatter/dist/index.js")).href);
const { rules } = await import(pathToFileURL(join(opt.tree, "packages/textlint-rule-preset-gov-report/dist/index.js")).href);
const seeds = loadSeeds();
const texts =
  opt.texts === "seeds"
    ? seeds.files.map((f) => readFileSync(f, "utf8"))
    : opt.texts === "batch"
      ? generateBatch(seeds, 1000).filter((_, i) => i % 10 === 0)
      : generateSized(seeds, 16, 10_000);

const off = (ids) => Object.fromEntries(ids.map((r) => [r, { severity: "off" }]));
const all = Object.keys(rules);
const settings = {
  all: off(["wrong-character"]),
  none: off(all),
  lexOff: off(["wrong-character", ...LEXICON]),
  lexOnly: off(all.filter((r) => !LEXICON.includes(r))),
  ...Object.fromEntries(LEXICON.map((r) => [`-${r}`, off(["wrong-character", r])])),
};
const names = Object.keys(settings);
const run = (t, name) => lintText(t, { filePath: "report.txt", rules: settings[name] });
for (let w = 0; w < 2; w++) for (const t of texts) for (const n of names) await run(t, n);

const us = Object.fromEntries(names.map((n) => [n, []]));
for (let p = 0; p < Number(opt.passes); p++) {
  for (let i = 0; i < texts.length; i++) {
    const order = names.map((_, k) => names[(k + p + i) % names.length]);
    if ((p + i) % 2) order.reverse();
    for (const n of order) {
      const c0 = process.cpuUsage();
      await run(texts[i], n);
      const c = process.cpuUsage(c0);
      us[n].push(((c.user + c.system) * 10_000) / texts[i].length);
    }
  }
}
const median = (a) => {
  const s = [...a].sort((x, y) => x - y);
  const m = s.length >> 1;
  return s.length % 2 ? s[m] : (s[m - 1] + s[m]) / 2;
};
const paired = (a, b) => Math.round(median(us[a].map((v, k) => v - us[b][k])));
const out = {
  tree: opt.tree,
  texts: opt.texts,
  reports: texts.length,
  meanChars: Math.round(texts.reduce((a, t) => a + t.length, 0) / texts.length),
  samples: us.all.length,
  cpuUsPer10k: Object.fromEntries(names.map((n) => [n, Math.round(median(us[n]))])),
  ruleCostUs: {
    ...Object.fromEntries(LEXICON.map((r) => [r, paired("all", `-${r}`)])),
    lexicon4: paired("all", "lexOff"),
    lexOnlyOverNone: paired("lexOnly", "none"),
  },
};
process.stdout.write(JSON.stringify(out) + "\n");
