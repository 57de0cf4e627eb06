// Child process: one text linted or fixed once, in-process, with an engine warmed up on other text —
// each measurement in a process of its own, so no cache of an earlier run on the same text answers.
// Two rows of src/run.mjs use it: row 7, the fuzz corpus's largest inputs (the pathological ones
// issue 15 named: mixed numbered headings in Markdown, one 100,000-character line, 62,000 lone CRs,
// long runs of Markdown delimiters), and row 8, texts of 1,000 to 1,000,000 characters assembled
// from the seeds (issue 16: --fix against lint by size).
// Prints one JSON line: { file, chars, mode, ms, msPer10k }.
//   node src/worst-case.mjs <file> lint|fix [<out>]   (fix: the fixed text written to <out>, after the timing)
//   node src/worst-case.mjs <file> floor <fixed file>
// floor: the file linted, then its fixed text (what `fix` made of it) linted in the same process — the
// least a --fix that reports what is left must do: find the fixes, then check the text they made. The
// second lint reuses the rules' memos of the first for every paragraph the fixes left alone, as --fix's
// own second pass does. `ms` is the two together; `fixedMs` the second alone.
import { readFileSync, writeFileSync } from "node:fs";
import { basename } from "node:path";
import { performance } from "node:perf_hooks";

const [file, mode, other] = process.argv.slice(2);
const { lintText, fixText } = await import("@report-lint/formatter");
// Warm the engine (segmenter, model, Markdown parser) on other, small inputs of each kind.
await fixText("一、总体情况\n　　全面推进依法行政,思想思想。\n", { filePath: "w.txt" });
await fixText("# 一、总体情况\n\n全面推进依法行政,思想思想。\n", { filePath: "w.md" });

const text = readFileSync(file, "utf8");
const filePath = file.endsWith(".md") ? "r.md" : "r.txt";
const fixedText = mode === "floor" ? readFileSync(other, "utf8") : null;
const t = performance.now();
let fixed = null;
let fixedMs;
if (mode === "fix") fixed = (await fixText(text, { filePath })).output;
else await lintText(text, { filePath });
if (fixedText !== null) {
  const t2 = performance.now();
  await lintText(fixedText, { filePath });
  fixedMs = performance.now() - t2;
}
const ms = performance.now() - t;
if (fixed !== null && other !== undefined) writeFileSync(other, fixed);
process.stdout.write(JSON.stringify({ file: basename(file), chars: text.length, mode, ms, msPer10k: (ms * 10_000) / text.length, ...(fixedMs === undefined ? {} : { fixedMs }) }) + "\n");
