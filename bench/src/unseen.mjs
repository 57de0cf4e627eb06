#!/usr/bin/env node
// How the ECSpell figure generalises to sentences the model never read. A quarter of ECSpell's official-document
// sentences (../shared/corpus/csc/odw.train) stand verbatim in the model's corpus (../shared/corpus/lm): a sentence
// counts as read when the 20 characters in its middle appear there. The script
//   1. splits the file so and scores the built CLI on each part with ../shared/tools/score-csc.py;
//   2. plants one same-sound, near-sound or similar-shape substitution (core's confusion set, a candidate drawn at
//      random) into sentences of the unread part, 2,000 of each kind (fixed seed), and counts how often core's
//      search (findSpellingSuspects, the full model) puts a suspect on it, on another place beside it (within three
//      characters: one slip told twice) or elsewhere. `--seeds` plants into the seed reports' sentences instead.
//
//   node bench/src/unseen.mjs [--seeds] [--n 2000] [--seed 7] [--no-split]
// Run after `npx -y pnpm@10 build`.
import { spawnSync } from "node:child_process";
import { mkdtempSync, readdirSync, readFileSync, rmSync, statSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { repoDir, seedFiles } from "./corpus.mjs";
import { cliBin, option, requireBuilt } from "./probe.mjs";

const shared = join(repoDir, "..", "shared");
const odw = join(shared, "corpus", "csc", "odw.train");
const coreDist = join(repoDir, "packages", "core", "dist", "index.js");
requireBuilt("unseen", [coreDist, odw]);
const core = await import(coreDist);
const N = option("--n", 2000);
const SEED = option("--seed", 7);

/** Every .txt under `dir`, concatenated. */
function corpusText(dir) {
  let out = "";
  for (const name of readdirSync(dir).sort()) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) out += corpusText(path);
    else if (name.endsWith(".txt")) out += readFileSync(path, "utf8");
  }
  return out;
}

const lines = readFileSync(odw, "utf8").split("\n").filter((l) => l.trim() !== "");
const corpus = corpusText(join(shared, "corpus", "lm"));
const read = (sentence) => corpus.includes(sentence.slice(sentence.length / 2 - 10, sentence.length / 2 + 10));
const parts = { read: [], unread: [] };
for (const l of lines) parts[read(l.split("\t")[2]) ? "read" : "unread"].push(l);

if (!process.argv.includes("--no-split")) {
  const dir = mkdtempSync(join(tmpdir(), "report-lint-unseen-"));
  try {
    for (const [name, part] of Object.entries(parts)) {
      const file = join(dir, `${name}.tsv`);
      writeFileSync(file, part.join("\n") + "\n");
      const r = spawnSync("python3", [join(shared, "tools", "score-csc.py"), file, "--", cliBin], { encoding: "utf8" });
      const last = r.stdout.trim().split("\n").at(-1);
      console.log(`ECSpell sentences ${name === "read" ? "in the model's corpus" : "not in it"} (${part.length}): ${last}`);
    }
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}

const sentences = process.argv.includes("--seeds")
  ? seedFiles()
      .flatMap((f) => readFileSync(f, "utf8").split(/(?<=[。；！？])|\n/u))
      .map((s) => s.trim())
  : parts.unread.map((l) => l.split("\t")[2]);
const pool = sentences.filter((s) => s.length >= 15 && s.length <= 80 && /^[\p{Script=Han}，、：“”（）《》]+[。；！？]?$/u.test(s));
const find = (t) => core.findSpellingSuspects(t, { candidates: (ch) => core.confusables(ch) });
for (const kind of ["homophone", "shape", "near-sound"]) {
  let seed = SEED;
  const rnd = () => ((seed = (seed * 1103515245 + 12345) & 0x7fffffff) / 0x7fffffff);
  let planted = 0;
  let caught = 0;
  let beside = 0;
  let elsewhere = 0;
  for (let tries = 0; planted < N && tries < 4 * N; tries++) {
    const s = pool[Math.floor(rnd() * pool.length)];
    const i = Math.floor(rnd() * s.length);
    if (!/\p{Script=Han}/u.test(s[i])) continue;
    const cands = core.confusables(s[i]).filter((c) => c.kind === kind);
    if (cands.length === 0) continue;
    const w = s.slice(0, i) + cands[Math.floor(rnd() * cands.length)].char + s.slice(i + 1);
    planted++;
    const found = find(w);
    const hit = found.find((x) => x.index <= i && i < x.index + Math.max(1, x.length));
    if (hit !== undefined) {
      caught++;
      if (found.some((x) => x !== hit && Math.abs(x.index - i) <= 3)) beside++;
    } else if (found.length > 0) elsewhere++;
    if (hit === undefined && process.env.MISSES) console.log(`MISS ${kind} ${w}`);
  }
  console.log(`${kind}: caught ${caught}/${planted} (${((100 * caught) / planted).toFixed(1)}%), a second suspect beside it ${beside}, only elsewhere ${elsewhere}`);
}
