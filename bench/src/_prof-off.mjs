import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
const texts = JSON.parse(readFileSync("/tmp/sz/large.json", "utf8"));
const { lintText } = await import("@report-lint/formatter");
const off = { filePath: "report.txt", rules: { "wrong-character": { severity: "off" } } };
const FLUSH = Array.from({ length: 1024 }, (_, i) => `第${i + 1}项工作。`).join("\n") + "\n";
const flush = () => lintText(FLUSH, { filePath: "flush.txt" , rules: { "wrong-character": { severity: "off" } }});
for (const t of texts) await lintText(t, off);
const N = Number(process.argv[2] ?? 10);
const us = [];
for (let i = 0; i < N; i++) for (const t of texts) { await flush(); const s = performance.now(); await lintText(t, off); us.push(performance.now() - s); }
us.sort((a, b) => a - b);
console.log("median ms", us[us.length >> 1].toFixed(2), "n", us.length);
