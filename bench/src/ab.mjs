#!/usr/bin/env node
// Compare commands by running them alternately: `node src/ab.mjs 30 "<command a>" "<command b>" …`
// runs each command 30 times, interleaved (a b a b …) so that a change in the machine's load
// falls on all of them alike, and prints the median, 25th percentile and minimum wall time
// (spawn to exit, through bash, output discarded). Used to measure one change at a time
// against the build before it (docs/benchmarks.md, "Interleaved A/B runs").
import { spawnSync } from "node:child_process";

const [times, ...commands] = process.argv.slice(2);
if (!(Number(times) > 0) || commands.length === 0) {
  process.stderr.write('usage: node src/ab.mjs <times> "<command>" ["<command>" …]\n');
  process.exit(2);
}
const walls = commands.map(() => []);
for (let i = 0; i < Number(times); i++) {
  commands.forEach((command, k) => {
    const t = process.hrtime.bigint();
    const r = spawnSync("bash", ["-c", `exec ${command} >/dev/null 2>&1`]);
    if (r.error) throw r.error;
    walls[k].push(Number(process.hrtime.bigint() - t) / 1e6);
  });
}
const at = (values, q) => [...values].sort((x, y) => x - y)[Math.min(values.length - 1, Math.floor(values.length * q))];
commands.forEach((command, k) => {
  process.stdout.write(`median ${at(walls[k], 0.5).toFixed(1)} ms  p25 ${at(walls[k], 0.25).toFixed(1)}  min ${at(walls[k], 0).toFixed(1)}  ${command}\n`);
});
