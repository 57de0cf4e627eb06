// Shared by the probes that plant faults in real-looking sentences and check them through the
// built CLI as a user runs it (law-names.mjs, formulas.mjs, periods.mjs; doubles.mjs takes `option`): one
// sentence per paragraph, and for each planted fault whether a content finding lies on it.
import { spawnSync } from "node:child_process";
import { existsSync, mkdtempSync, rmSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoDir } from "./corpus.mjs";

/** The number after `name` on the command line, or `fallback`. */
export function option(name, fallback) {
  const i = process.argv.indexOf(name);
  return i >= 0 && i + 1 < process.argv.length ? Number(process.argv[i + 1]) : fallback;
}

export const verbose = process.argv.includes("--verbose") || process.argv.includes("-v");
export const cliBin = join(repoDir, "node_modules", ".bin", "report-lint");

/** Exit 2 with one line naming the first of `files` that is missing (the probes need a build). */
export function requireBuilt(tool, files) {
  for (const f of [cliBin, ...files]) {
    if (!existsSync(f)) {
      process.stderr.write(`${tool}: ${f} is missing; run \`npx -y pnpm@10 build\` first\n`);
      process.exit(2);
    }
  }
}

/**
 * The built CLI's findings (--format json) for each of `texts`, written as plain-text files named
 * `names` in a temporary directory, in the order given. Exits 2 with one line if the CLI fails.
 */
export function lintTexts(tool, texts, names) {
  const dir = mkdtempSync(join(tmpdir(), `${tool}-`));
  try {
    const paths = names.map((name, k) => {
      const path = join(dir, name);
      writeFileSync(path, texts[k]);
      return path;
    });
    // (PROBE_CONFIG: a configuration file to lint with, for a sweep of a rule's options: wrong-character's margin.)
    const config = process.env.PROBE_CONFIG ? ["--config", process.env.PROBE_CONFIG] : [];
    const r = spawnSync(cliBin, ["--format", "json", ...config, ...paths], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
    if (r.status !== 0 && r.status !== 1) {
      process.stderr.write(`${tool}: report-lint exited ${r.status}: ${r.stderr}\n`);
      process.exit(2);
    }
    const byFile = new Map(JSON.parse(r.stdout).map((f) => [f.filePath, f.messages]));
    return paths.map((path) => byFile.get(path) ?? []);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

/**
 * Each case's sentence (`sentence`, holding the quoted `text`) in plain-text files of 500 sentences, a blank line
 * between them, checked by the built CLI (--format json); sets each case's `start`/`end` (where
 * `text` stands in the file) and returns the findings.
 */
export function lintSentences(tool, cases) {
  // Files of at most SENTENCES_PER_FILE sentences: a rule lists at most 1,000 findings per file (docs/cli.md), and a
  // probe of many faulty sentences would otherwise lose the ones after the cap. Offsets are into the files read one
  // after another; the findings' ranges are moved to match.
  const files = [];
  const bases = [];
  let base = 0;
  let file = "";
  cases.forEach((c, k) => {
    if (k > 0 && k % SENTENCES_PER_FILE === 0) {
      files.push(file);
      bases.push(base);
      base += file.length;
      file = "";
    }
    c.start = base + file.length + c.sentence.indexOf(c.text);
    c.end = c.start + c.text.length;
    file += c.sentence + "\n\n";
  });
  files.push(file);
  bases.push(base);
  const results = lintTexts(tool, files, files.map((_, i) => `sentences-${i}.txt`));
  return results.flatMap((messages, i) => messages.map((m) => ({ ...m, range: [m.range[0] + bases[i], m.range[1] + bases[i]] })));
}
const SENTENCES_PER_FILE = 500;

/**
 * Scores the cases against the findings: a faulty case (`edit` set) is caught when a finding of
 * one of `rules` overlaps its text; a correct one (`edit` null) is a false alarm when any finding
 * does. `groups(c)` names the tallies a faulty case counts in ({by edit: "drop", …}). Prints the
 * tallies, the false alarms, with --verbose every miss (`missed(c)`), and the last line
 * `${label}: caught C/N (P%), false alarms F on K ${cleanName}`.
 */
export function report({ label, cases, messages, rules, groups, heading, missed, cleanName }) {
  const overlaps = (c, m) => m.range[0] < c.end && Math.max(m.range[1], m.range[0] + 1) > c.start;
  const tallies = new Map();
  const misses = [];
  const alarms = [];
  let caught = 0;
  let faulty = 0;
  let clean = 0;
  for (const c of cases) {
    const hits = messages.filter((m) => overlaps(c, m));
    if (c.edit === null) {
      clean++;
      if (hits.length > 0) alarms.push(`${c.sentence} | ${hits.map((m) => `${m.ruleId}: ${m.message}`).join("; ")}`);
      continue;
    }
    faulty++;
    const ok = hits.some((m) => rules.has(m.ruleId));
    if (ok) caught++;
    else misses.push(missed(c));
    for (const [group, key] of Object.entries(groups(c))) {
      const byKey = tallies.get(group) ?? new Map();
      const e = byKey.get(key) ?? [0, 0];
      e[0] += ok ? 1 : 0;
      e[1]++;
      byKey.set(key, e);
      tallies.set(group, byKey);
    }
  }
  const shown = [...tallies].map(([group, byKey]) => `${group}: ${[...byKey].map(([k, [a, b]]) => `${k} ${a}/${b}`).join(", ")}`);
  console.log([heading, ...shown].join("; "));
  for (const a of alarms) console.log(`FALSE ALARM ${a}`);
  if (verbose) for (const m of misses) console.log(`MISSED ${m}`);
  console.log(`${label}: caught ${caught}/${faulty} (${((100 * caught) / faulty).toFixed(1)}%), false alarms ${alarms.length} on ${clean} ${cleanName}`);
}
