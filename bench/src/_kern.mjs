import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
const texts = JSON.parse(readFileSync("/tmp/sz/large.json", "utf8"));
const { lintText } = await import("@report-lint/formatter");
const { rules } = await import("textlint-rule-preset-gov-report");
const ids = Object.keys(rules);
const alloff = Object.fromEntries(ids.map((x) => [x, { severity: "off" }]));
const off = { filePath: "report.txt", rules: { "wrong-character": { severity: "off" } } };
const none = { filePath: "report.txt", rules: alloff };
const FLUSH = Array.from({ length: 1024 }, (_, i) => `第${i + 1}项工作。`).join("\n") + "\n";
const flush = () => lintText(FLUSH, off);
for (const t of texts) { await lintText(t, off); await lintText(t, none); }
const N = Number(process.argv[2] ?? 10);
const r = { off: [], none: [] };
for (let i = 0; i < N; i++) for (const [k, s] of [["off", off], ["none", none]]) for (const t of texts) { await flush(); const a = performance.now(); await lintText(t, s); r[k].push(performance.now() - a); }
for (const k in r) { r[k].sort((a, b) => a - b); console.log(k, r[k][r[k].length >> 1].toFixed(2)); }
console.log(ids.length, "rules");
