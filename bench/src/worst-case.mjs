// Child process: the fuzz corpus's largest inputs (the pathological ones issue 15 named: mixed
// numbered headings in Markdown, one 100,000-character line, 62,000 lone CRs, long runs) linted
// and fixed in-process with a warm engine, each `reps` times. Prints one JSON line.
//   node src/worst-case.mjs <corpus dir> <reps> <min chars>
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";

const [dir, repsArg = "3", minArg = "20000"] = process.argv.slice(2);
const reps = Number(repsArg);
const { lintText, fixText } = await import("@report-lint/formatter");
// Warm the engine (segmenter, model, Markdown parser) on a small input of each kind first.
await lintText("一、总体情况\n　　全面推进依法行政。\n", { filePath: "w.txt" });
await lintText("# 一、总体情况\n\n全面推进依法行政。\n", { filePath: "w.md" });

const median = (xs) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)];
const files = [];
for (const name of readdirSync(dir).sort()) {
  if (!/\.(txt|md)$/u.test(name)) continue;
  const text = readFileSync(join(dir, name), "utf8");
  if (text.length < Number(minArg)) continue;
  const filePath = name.endsWith(".md") ? "r.md" : "r.txt";
  const lint = [];
  const fix = [];
  for (let k = 0; k < reps; k++) {
    let t = performance.now();
    await lintText(text, { filePath });
    lint.push(performance.now() - t);
    t = performance.now();
    await fixText(text, { filePath });
    fix.push(performance.now() - t);
  }
  const per10k = (ms) => (ms * 10_000) / text.length;
  files.push({ file: name, chars: text.length, lintMs: median(lint), fixMs: median(fix), lintMsPer10k: per10k(median(lint)), fixMsPer10k: per10k(median(fix)) });
}
process.stdout.write(JSON.stringify({ reps, files }) + "\n");
