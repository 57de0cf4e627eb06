// The fuzzer itself, end to end, in CI: a short run of generated inputs (fixed seed, so a failure
// here is reproducible with `node fuzz/src/run.mjs --seed 20261203 --only N`), every invariant
// checked; and the checks themselves fail on the faults they are for.
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync } from "node:fs";
import { tmpdir } from "node:os";
import { join } from "node:path";
import { test } from "node:test";
import { fileURLToPath } from "node:url";
import { CLASSES } from "../src/generate.mjs";
import { checkFindings, unexplainedChange } from "../src/invariants.mjs";

const RUN = fileURLToPath(new URL("../src/run.mjs", import.meta.url));

test("a short run: 2,000 generated inputs of every class, no invariant broken", { timeout: 600_000 }, () => {
  const json = join(mkdtempSync(join(tmpdir(), "fuzz-")), "run.json");
  // Timing is left to pnpm bench and the full run: a CI machine's load is not the code's.
  const r = spawnSync(process.execPath, [RUN, "--inputs", "2000", "--seed", "20261203", "--workers", "2", "--quiet", "--json", json, "--no-timing"], { encoding: "utf8" });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const run = JSON.parse(readFileSync(json, "utf8"));
  assert.equal(run.inputs, 2000);
  for (const c of CLASSES) assert.ok(run.table[c].inputs > 0, `class ${c} generated`);
  assert.ok(run.total.fixes > 0 && run.total.markdown > 0);
  assert.deepEqual(run.failures, []);
});

test("a worker that gives no answer in time is a hang only if its input does not finish alone either", { timeout: 120_000 }, () => {
  const json = join(mkdtempSync(join(tmpdir(), "fuzz-")), "run.json");
  // Input 7's worker stalls 12 s (the hang bound for a short input is 10 s); run alone, input 7 finishes at once.
  const r = spawnSync(process.execPath, [RUN, "--inputs", "20", "--seed", "20261203", "--workers", "1", "--quiet", "--json", json, "--no-timing"], {
    encoding: "utf8",
    env: { ...process.env, REPORT_LINT_FUZZ_STALL: "7" },
  });
  assert.equal(r.status, 0, r.stdout + r.stderr);
  const run = JSON.parse(readFileSync(json, "utf8"));
  // Input 7 is a stall, not a hang; a loaded CI machine may stall another input too, which the run
  // confirms the same way (finished alone), so only 7's presence is the code's doing.
  assert.ok(run.stalled.includes(7), `stalled: ${JSON.stringify(run.stalled)}`);
  assert.equal(run.stalls, run.stalled.length);
  assert.deepEqual(run.failures, []);
  assert.equal(run.inputs, 20);
});

test("the invariants catch what they are for", () => {
  const m = (range, fix, line, column) => ({ ruleId: "r", range, fix: fix && { range: fix, text: "" }, line, column });
  // A range past the end, a split surrogate pair, a fix away from its finding, a wrong line.
  assert.match(checkFindings("abc", [m([2, 4], null, 1, 3)])[0], /^range/u);
  assert.match(checkFindings("a😀", [m([2, 3], null, 1, 3)])[0], /^range/u);
  assert.match(checkFindings("abcdef", [m([1, 2], [3, 4], 1, 2)])[0], /^confinement/u);
  assert.deepEqual(checkFindings("abcdef", [m([1, 2], [2, 4], 1, 2)]), []);
  assert.match(checkFindings("a\u2028b\nc", [m([4, 5], null, 3, 1)])[0], /^position: r at 4 says 3:1, an editor shows 2:1/u);
  assert.deepEqual(checkFindings("a\r\nb\rc", [m([5, 6], null, 3, 1)]), []);
  // A change outside every fixed finding.
  const fixed = [m([2, 3], [2, 3])];
  assert.equal(unexplainedChange("abcdef", "abdef", fixed), null);
  assert.deepEqual(unexplainedChange("abcdef", "abdeX", fixed), { range: [3, 6], text: "def" });
  assert.deepEqual(unexplainedChange("abcdef", "Xbdef", fixed), { range: [0, 2], text: "ab" });
});
