// False alarms of wrong-character on official prose the language model never read. The model is built from
// ../shared/corpus/lm, so its own corpus is a poor test of quiet: the text it learnt reads well to it by
// construction (on a held-out 5 % the rule's search proposes ~3.7 times as many changes as on the same text
// read by the full model). This script holds out every HOLD_EVERY-th block of BLOCK_LINES lines of each corpus
// file, builds a model from the rest with the project's own script (packages/core/scripts/build-lm.mjs, ~40 s,
// ~0.9 GB), and lints the held-out text with that model through the formatter (the rule as users run it):
// every wrong-character finding there is a false alarm, or one of the corpus's own rare slips.
//
//   node bench/src/heldout.mjs            build (or reuse) the held-out model, lint, print the count
//   node bench/src/heldout.mjs -v         … and list the findings
//   node bench/src/heldout.mjs --rebuild  build the model again even if one is there
//
// Work files go to $TMPDIR/report-lint-heldout (the corpus split, the model, ~1 M characters held out).
import { spawnSync } from "node:child_process";
import { existsSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { dirname, join } from "node:path";
import { repoDir } from "./corpus.mjs";
import { CORPUS_FILES, DEFAULT_CORPUS } from "../../packages/core/scripts/corpus.mjs";

const BLOCK_LINES = 300;
const HOLD_EVERY = 20;
const HOLD_AT = 7;

const work = join(tmpdir(), "report-lint-heldout");
const corpusDir = join(work, "corpus");
const lmFile = join(work, "lm.bin");
const heldFile = join(work, "held-out.txt");
const verbose = process.argv.includes("-v");

if (!existsSync(DEFAULT_CORPUS)) {
  process.stderr.write(`heldout: ${DEFAULT_CORPUS} is missing (the model's corpus, ../shared beside the repository)\n`);
  process.exit(2);
}

if (process.argv.includes("--rebuild") || !existsSync(lmFile) || !existsSync(heldFile)) {
  const held = [];
  for (const f of CORPUS_FILES) {
    const lines = readFileSync(join(DEFAULT_CORPUS, f), "utf8").split("\n");
    const kept = [];
    for (let b = 0; b * BLOCK_LINES < lines.length; b++) {
      const block = lines.slice(b * BLOCK_LINES, (b + 1) * BLOCK_LINES);
      (b % HOLD_EVERY === HOLD_AT ? held : kept).push(...block);
    }
    mkdirSync(dirname(join(corpusDir, f)), { recursive: true });
    writeFileSync(join(corpusDir, f), kept.join("\n"));
  }
  writeFileSync(heldFile, held.join("\n") + "\n");
  const build = spawnSync(process.execPath, [join(repoDir, "packages", "core", "scripts", "build-lm.mjs"), corpusDir, lmFile], { stdio: ["ignore", "inherit", "inherit"] });
  if (build.status !== 0) {
    process.stderr.write(`heldout: build-lm.mjs failed (exit ${build.status})\n`);
    process.exit(2);
  }
}

// The formatter and this script share one @report-lint/core: the rule reads the model set here.
const core = await import("../../packages/core/dist/index.js");
const { lintText } = await import("@report-lint/formatter");
core.setLanguageModelFile(lmFile);

const lines = readFileSync(heldFile, "utf8").split("\n");
let chars = 0;
const found = [];
// In pieces of 200 lines: the findings' lines are then easy to place, and no piece is a huge document.
for (let at = 0; at < lines.length; at += 200) {
  const piece = lines.slice(at, at + 200).join("\n");
  chars += [...piece.replace(/\s/gu, "")].length;
  const { messages } = await lintText(piece, { filePath: "held-out.txt" });
  for (const m of messages) {
    if (m.ruleId !== "wrong-character") continue;
    const [a, b] = m.range;
    found.push(`${piece.slice(Math.max(0, a - 8), a)}[${piece.slice(a, b)}]${piece.slice(b, b + 8)}`.replace(/\n/gu, "/") + `  ${m.message}`);
  }
}
if (verbose) for (const f of found) console.log(f);
console.log(`held out: ${chars.toLocaleString("en")} characters (every ${HOLD_EVERY}th block of ${BLOCK_LINES} lines); wrong-character findings ${found.length} (${((1000 * found.length) / chars).toFixed(3)} per 1,000 characters)`);
