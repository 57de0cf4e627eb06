// CI check: the bench runs end to end on a small input and its results carry every
// measurement. No timing assertions: figures from a shared CI machine mean nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { generateBatch, loadSeeds, mulberry32 } from "../src/corpus.mjs";

const benchDir = resolve(dirname(fileURLToPath(import.meta.url)), "..");

const isStats = (s) => s && typeof s.median === "number" && typeof s.min === "number" && typeof s.max === "number" && s.min <= s.median && s.median <= s.max && s.n >= 1;

test("the generated batch is deterministic and made of the seeds' paragraphs", () => {
  const seeds = loadSeeds();
  const a = generateBatch(seeds, 30);
  const b = generateBatch(seeds, 30);
  assert.deepEqual(a, b);
  assert.notDeepEqual(generateBatch(seeds, 30, 7), a);
  // Every generated body paragraph is a real seed paragraph (possibly behind its slot's marker).
  const pool = new Set(seeds.pool);
  for (const report of a) {
    const bodies = report.split("\n").filter((l) => [...l.trim()].length >= 60);
    assert.ok(bodies.length > 0);
    for (const line of bodies) assert.ok([...pool].some((p) => line.endsWith(p)), `not from a seed: ${line.slice(0, 40)}`);
  }
  const r = mulberry32(1);
  assert.equal(r(), mulberry32(1)());
});

test("node src/run.mjs --quick writes results with every measurement", { timeout: 240_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), "report-lint-bench-test-"));
  try {
    const out = join(dir, "results.json");
    const r = spawnSync(process.execPath, [join(benchDir, "src", "run.mjs"), "--quick", "--out", out], { cwd: benchDir, encoding: "utf8", timeout: 230_000 });
    assert.equal(r.status, 0, `bench failed:\n${r.stderr}\n${r.stdout}`);
    const res = JSON.parse(readFileSync(out, "utf8"));

    assert.equal(res.mode, "quick");
    assert.equal(res.inputs.batch.count, 20);
    for (const k of ["cpuModel", "cores", "memoryGb", "node"]) assert.ok(res.machine[k] !== undefined && res.machine[k] !== null, `machine.${k}`);
    assert.equal(res.machine.node, process.version);

    const m = res.measurements;
    for (const key of ["cold-start", "cold-start-no-cache", "small-set", "batch", "batch-no-worker", "in-process", "language-server", "fix-batch"]) {
      assert.ok(m[key], `measurement ${key} is present`);
      assert.ok(["ok", "missing", "error"].includes(m[key].status), `${key}.status`);
      if (m[key].status !== "ok") assert.ok(typeof m[key].reason === "string" && m[key].reason.length > 0, `${key} says why`);
    }
    // What the CLI and the engine always provide must have run.
    for (const key of ["cold-start", "cold-start-no-cache", "small-set", "batch"]) {
      assert.equal(m[key].status, "ok", `${key}: ${m[key].reason}`);
      assert.ok(isStats(m[key].wallMs), `${key}.wallMs`);
      assert.ok(isStats(m[key].peakRssMb), `${key}.peakRssMb`);
    }
    for (const key of ["reportsPerSec", "charsPerSec", "mbPerSec"]) assert.ok(m.batch[key] > 0, `batch.${key}`);
    assert.ok(m.batch.findings > 0, "the batch has findings (the seeds' real mistakes)");
    assert.equal(m["in-process"].status, "ok", m["in-process"].reason);
    assert.ok(isStats(m["in-process"].usPerReport));
    assert.ok(m["in-process"].input.charsMin >= 10_000);
    for (const key of ["batch-no-worker", "fix-batch"]) {
      if (m[key].status === "ok") {
        assert.ok(isStats(m[key].wallMs), `${key}.wallMs`);
        assert.ok(m[key].mbPerSec > 0);
      }
    }
    if (m["fix-batch"].status === "ok") assert.ok(m["fix-batch"].filesChanged > 0, "--fix changed the copies");
    // The language model's budgets: rule on vs off in the same run.
    for (const key of ["lm-cold-start", "lm-batch"]) {
      assert.equal(m[key]?.status, "ok", `${key}: ${m[key]?.reason}`);
      for (const side of ["on", "off"]) {
        assert.ok(isStats(m[key][side].wallMs), `${key}.${side}.wallMs`);
        assert.ok(isStats(m[key][side].peakRssMb), `${key}.${side}.peakRssMb`);
      }
      assert.deepEqual(m[key].off.args, ["--rule", "wrong-character:off"]);
      assert.equal(typeof m[key].delta.wallMs.median, "number");
      assert.equal(typeof m[key].delta.peakRssMb.median, "number");
    }
    assert.equal(m["lm-in-process"]?.status, "ok", m["lm-in-process"]?.reason);
    for (const v of [m["lm-in-process"], m["lm-in-process"].cycled]) {
      assert.ok(isStats(v.usPerReport.on) && isStats(v.usPerReport.off));
      assert.equal(typeof v.deltaUs, "number");
    }
    assert.equal(m["lm-spelling-alone"]?.status, "ok", m["lm-spelling-alone"]?.reason);
    assert.ok(isStats(m["lm-spelling-alone"].usPer10kChars));
    // npm may be absent where the bench runs; otherwise the package is measured.
    assert.ok(["ok", "missing"].includes(m["lm-package"]?.status), `lm-package: ${m["lm-package"]?.reason}`);
    if (m["lm-package"].status === "ok") {
      assert.ok(m["lm-package"].modelFiles.some((f) => f.path === "dist/jieba/lm.bin"));
      assert.ok(m["lm-package"].packedBytes > m["lm-package"].withoutModel.packedBytes);
    }
    // The model's build (~70 s) runs in the full bench only.
    assert.equal(m["lm-build"]?.status, "skipped");
    assert.ok(m["lm-build"].reason);

    if (m["language-server"].status === "ok") {
      assert.equal(typeof m["language-server"].p50Ms, "number");
      assert.equal(typeof m["language-server"].p95Ms, "number");
    }

    // Every peer is reported: measured, or unavailable with a reason.
    for (const id of ["textlint-preset", "textlint-successive", "zhlint", "autocorrect"]) {
      const p = res.peers[id];
      assert.ok(p, `peer ${id}`);
      if (p.status !== "ok") {
        assert.equal(p.status, "unavailable");
        assert.ok(p.reason);
        continue;
      }
      assert.ok(["ok", "error"].includes(p["cold-start"].status), `${id}.cold-start`);
      if (p["cold-start"].status === "ok") assert.ok(isStats(p["cold-start"].wallMs), `${id}.cold-start.wallMs`);
      assert.equal(p.batch.status, "skipped", "quick mode skips the peers' batch");
      assert.ok("coldStart" in p.ratios && "batch" in p.ratios);
    }

    // The worst inputs of the fuzz corpus, lint and fix per 10,000 characters (issue 15's budget).
    assert.equal(m["worst-case"].status, "ok");
    assert.ok(m["worst-case"].files.some((f) => f.file === "mixed-numbering-79k.md"));
    for (const f of m["worst-case"].files) assert.ok(f.chars >= 20_000 && f.lintMs > 0 && f.fixMs > 0, f.file);
    assert.match(r.stdout, /fuzz corpus mixed-numbering-79k\.md/u);

    assert.equal(res.targets.length, 13);
    assert.ok(res.targets.some((t) => t.id === "worst-case-ms-per-10k"));
    for (const id of ["lm-cold-start-ms", "lm-in-process-ms", "lm-package-mb", "lm-rss-mb", "lm-build-s", "lm-build-rss-gb"]) assert.ok(res.targets.some((t) => t.id === id), `target ${id}`);
    assert.equal(res.targets.find((t) => t.id === "lm-build-s").met, null, "quick mode does not build the model");
    for (const t of res.targets) assert.ok([true, false, null].includes(t.met), t.id);
    assert.match(r.stdout, /cold start/u);
    assert.match(r.stdout, /wrong-character/u);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
