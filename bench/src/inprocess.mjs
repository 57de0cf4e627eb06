// Child process: lint reports in-process with a warm kernel through
// @report-lint/formatter's lintText. Prints one JSON line.
//   node src/inprocess.mjs <texts.json> <iterations> <warmup>
// texts.json holds distinct reports of the same size; the calls cycle through
// them so the report-model cache (keyed on the text) never answers for a parse.
import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";

const [textsPath, iterArg = "200", warmArg = "20"] = process.argv.slice(2);
const texts = JSON.parse(readFileSync(textsPath, "utf8"));
const iterations = Number(iterArg);
const warmup = Number(warmArg);

const t0 = performance.now();
const { lintText } = await import("@report-lint/formatter");
const importMs = performance.now() - t0;

const t1 = performance.now();
const first = await lintText(texts[0], { filePath: "report.txt" });
const firstMs = performance.now() - t1;

for (let i = 0; i < warmup; i++) await lintText(texts[(i + 1) % texts.length], { filePath: "report.txt" });

const us = [];
let findings = 0;
for (let i = 0; i < iterations; i++) {
  const text = texts[i % texts.length];
  const s = performance.now();
  const r = await lintText(text, { filePath: "report.txt" });
  us.push((performance.now() - s) * 1000);
  findings += r.messages.length;
}

process.stdout.write(
  JSON.stringify({
    importMs,
    firstMs,
    firstFindings: first.messages.length,
    chars: texts.map((t) => t.length),
    distinctTexts: texts.length,
    warmup,
    us,
    findingsPerReport: findings / iterations,
    heapUsedMb: process.memoryUsage().heapUsed / 1048576,
  }) + "\n",
);
