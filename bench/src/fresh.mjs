// Child process: warm in-process lint of reports nobody made for the bench — bench/data/blind-correct, reports written
// blind by helpers (half plain text, half Markdown) — each linted once, so every paragraph is new to every memo, after
// a warm-up on other text (the first 40 correct copies of bench/data/keyed-drafts). Row 6c's "unseen text" is the seeds'
// 93 paragraphs recombined, whose lower-level caches (the segmenter's, the lexicons') still answer after its flush; this
// row is what a report the tool has never seen costs.
//   node src/fresh.mjs on|off     on: every rule; off: wrong-character off. Prints one JSON line.
import { readdirSync, readFileSync } from "node:fs";
import { join } from "node:path";
import { performance } from "node:perf_hooks";
import { repoDir } from "./corpus.mjs";

const setting = process.argv[2] ?? "off";
const rules = setting === "on" ? {} : { "wrong-character": { severity: "off" } };
const { lintText } = await import("@report-lint/formatter");

const warmDir = join(repoDir, "bench", "data", "keyed-drafts");
for (const f of readdirSync(warmDir).filter((n) => n.endsWith(".correct.txt")).sort().slice(0, 40)) {
  await lintText(readFileSync(join(warmDir, f), "utf8"), { filePath: "warm.txt", rules });
}
const dir = join(repoDir, "bench", "data", "blind-correct");
const per10k = { txt: [], md: [] };
const chars = { txt: 0, md: 0 };
for (const f of readdirSync(dir).filter((n) => /\.(?:txt|md)$/u.test(n)).sort()) {
  const text = readFileSync(join(dir, f), "utf8");
  const ext = f.endsWith(".md") ? "md" : "txt";
  const s = performance.now();
  await lintText(text, { filePath: `report.${ext}`, rules });
  per10k[ext].push(((performance.now() - s) * 10_000) / text.length);
  chars[ext] += text.length;
}
process.stdout.write(JSON.stringify({ setting, per10k, chars }) + "\n");
