import { readFileSync } from "node:fs";
import { performance } from "node:perf_hooks";
const texts = JSON.parse(readFileSync("/tmp/sz/large.json", "utf8"));
const { lintText } = await import("@report-lint/formatter");
const { rules } = await import("textlint-rule-preset-gov-report");
const ids = Object.keys(rules).filter((x) => x !== "wrong-character");
const alloff = Object.fromEntries(Object.keys(rules).map((x) => [x, { severity: "off" }]));
const FLUSH = Array.from({ length: 1024 }, (_, i) => `第${i + 1}项工作。`).join("\n") + "\n";
const settings = [["none", { filePath: "r.txt", rules: alloff }], ...ids.map((id) => { const { [id]: _, ...o } = alloff; return [id, { filePath: "r.txt", rules: o }]; })];
const off = { filePath: "r.txt", rules: { "wrong-character": { severity: "off" } } };
for (const t of texts) for (const [, s] of settings) await lintText(t, s);
const N = Number(process.argv[2] ?? 4);
const r = Object.fromEntries(settings.map(([k]) => [k, []]));
for (let i = 0; i < N; i++) for (const [k, s] of settings) for (const t of texts) { await lintText(FLUSH, off); const a = performance.now(); await lintText(t, s); r[k].push(performance.now() - a); }
const med = (a) => { a.sort((x, y) => x - y); return a[a.length >> 1]; };
const base = med(r.none);
const out = ids.map((id) => [id, med(r[id]) - base]).sort((a, b) => b[1] - a[1]);
let sum = 0; for (const [id, v] of out) { sum += v; console.log(id.padEnd(32), v.toFixed(3)); }
console.log("sum", sum.toFixed(2), "base", base.toFixed(2));
