#!/usr/bin/env node
// A budget of the form "warm lint of 10,000 characters rises by ≤ X ms" (issue 14's ≤ 1 ms for
// its content rules) compares two builds, which one bench run cannot hold: this builds an earlier
// commit in a git worktree and times a group of rules in both builds, alternated.
//
//   node bench/src/against.mjs <commit> <rule id>[,<rule id>…] [--rounds 7] [--passes 6] [--off wrong-character] [--whole]
//
// Each round runs src/rule-cost.mjs (this checkout's, copied into the worktree so both builds are
// timed by the same code) once per build, the builds' order swapped every round: the rules on
// together against all of them off, on row 3's 16 reports of ~10,000 characters seen for the first
// time (the "unseen" figure: no paragraph memo answers), with the `--off` rules off in both
// settings (by default the language model's rule, whose own noise would drown the figure).
// Prints each round's cost of the group per 10,000 characters in both builds, and the median of
// the rounds' differences (this build − the earlier one): the rise. With --whole, the whole warm
// lint with every rule on but the `--off` ones instead of the group's share of it (the rise of
// everything that changed between the builds, the report model's parsing included). The worktree is left in
// $TMPDIR/report-lint-against-<commit> for the next run (an offline install and a build: ~2 min
// the first time).
import { execFileSync, spawnSync } from "node:child_process";
import { copyFileSync, existsSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve } from "node:path";
import { generateSized, loadSeeds, repoDir } from "./corpus.mjs";
import { median } from "./stats.mjs";

const args = process.argv.slice(2);
const flag = (name, fallback) => {
  const i = args.indexOf(name);
  if (i < 0) return fallback;
  const v = args[i + 1];
  args.splice(i, 2);
  return v;
};
const rounds = Number(flag("--rounds", "7"));
const passes = flag("--passes", "6");
const off = flag("--off", "wrong-character");
const whole = args.includes("--whole");
if (whole) args.splice(args.indexOf("--whole"), 1);
const [commitArg, rules] = args;
if (commitArg === undefined || rules === undefined) {
  process.stderr.write("usage: node bench/src/against.mjs <commit> <rule id>[,<rule id>…] [--rounds 7] [--passes 6] [--off wrong-character] [--whole]\n");
  process.exit(2);
}
const git = (...a) => execFileSync("git", ["-C", repoDir, ...a], { encoding: "utf8" }).trim();
const commit = git("rev-parse", "--short", commitArg);
const worktree = join(tmpdir(), `report-lint-against-${commit}`);

if (!existsSync(join(worktree, "packages", "formatter", "dist", "index.js"))) {
  if (!existsSync(worktree)) git("worktree", "add", "--detach", worktree, commit);
  // The tests of that checkout look for ../shared beside it, as this one's do.
  const shared = resolve(repoDir, "..", "shared");
  if (existsSync(shared) && !existsSync(join(worktree, "..", "shared"))) symlinkSync(shared, join(worktree, "..", "shared"));
  const run = (cmd, cmdArgs) => {
    const r = spawnSync(cmd, cmdArgs, { cwd: worktree, stdio: ["ignore", "ignore", "inherit"] });
    if (r.status !== 0) {
      process.stderr.write(`against: \`${cmd} ${cmdArgs.join(" ")}\` failed in ${worktree}\n`);
      process.exit(2);
    }
  };
  process.stderr.write(`against: installing and building ${commit} in ${worktree}\n`);
  run("npx", ["-y", "pnpm@10", "install", "--frozen-lockfile", "--offline"]);
  run("npx", ["turbo", "run", "build", "--output-logs=errors-only"]);
}
const theirs = join(worktree, "bench", "src", "rule-cost.against.mjs");
copyFileSync(join(repoDir, "bench", "src", "rule-cost.mjs"), theirs);

const tmp = mkdtempSync(join(tmpdir(), "report-lint-against-texts-"));
const texts = join(tmp, "texts.json");
writeFileSync(texts, JSON.stringify(generateSized(loadSeeds(), 16, 10_000)));

/** The group's unseen cost per 10,000 characters (µs) in one build: median on − median off. */
function cost(script) {
  const r = spawnSync(process.execPath, [script, texts, passes, "1", rules, off], { encoding: "utf8", maxBuffer: 64 * 1024 * 1024 });
  if (r.status !== 0) {
    process.stderr.write(`against: ${script} failed: ${r.stderr}\n`);
    process.exit(2);
  }
  const out = JSON.parse(r.stdout);
  const perChar = 10_000 / (out.chars.reduce((a, b) => a + b, 0) / out.chars.length);
  return (median(out.unseen.us.on) - (whole ? 0 : median(out.unseen.us.off))) * perChar;
}

try {
  const ours = join(repoDir, "bench", "src", "rule-cost.mjs");
  const diffs = [];
  for (let k = 0; k < rounds; k++) {
    // The earlier build first in even rounds, this one first in odd ones.
    let before;
    let b;
    if (k % 2 === 0) {
      before = cost(theirs);
      b = cost(ours);
    } else {
      b = cost(ours);
      before = cost(theirs);
    }
    diffs.push(b - before);
    console.log(`round ${k + 1}: ${commit} ${(before / 1000).toFixed(2)} ms, this build ${(b / 1000).toFixed(2)} ms per 10,000 characters`);
  }
  const what = whole ? `warm lint, every rule but ${off || "none"}` : `${rules} (with ${off || "nothing"} off in both)`;
  console.log(`${what}: this build − ${commit} = ${(median(diffs) / 1000).toFixed(2)} ms per 10,000 characters (median of ${rounds} rounds; ${diffs.map((d) => (d / 1000).toFixed(2)).join(", ")})`);
} finally {
  rmSync(tmp, { recursive: true, force: true });
}
