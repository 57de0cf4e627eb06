// CI check: the bench runs end to end on a small input and its results carry every
// measurement. No timing assertions: figures from a shared CI machine mean nothing.
import { test } from "node:test";
import assert from "node:assert/strict";
import { spawnSync } from "node:child_process";
import { mkdtempSync, readFileSync, rmSync } from "node:fs";
import { tmpdir } from "node:os";
import { join, resolve, dirname } from "node:path";
import { fileURLToPath } from "node:url";
import { assembleReport, generateBatch, generateExact, loadSeeds, mulberry32 } from "../src/corpus.mjs";
import { round } from "../src/stats.mjs";

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

test("the size series' texts have exactly their size, are deterministic and made of the seeds' paragraphs", () => {
  const seeds = loadSeeds();
  const pool = [...new Set(seeds.pool)];
  for (const chars of [1_000, 10_000, 100_000, 1_000_000]) {
    const text = generateExact(seeds, chars);
    assert.equal(text.length, chars);
    assert.ok(text.endsWith("\n"));
    if (chars <= 100_000) assert.equal(generateExact(seeds, chars), text);
    // The start of an assembled report, cut within its last line.
    assert.ok(assembleReport(seeds, mulberry32(20240108), chars, { exact: true }).startsWith(text.slice(0, -1)));
    // Every whole body paragraph is a seed's (behind its slot's marker), or the start of one (where
    // assembleReport cut at a sentence end).
    const bodies = text.slice(0, -1).split("\n").slice(0, -1).filter((l) => [...l.trim()].length >= 60);
    assert.ok(bodies.length > 0, `${chars}: no body paragraph`);
    for (const line of bodies) assert.ok(pool.some((p) => line.endsWith(p) || p.startsWith(line)), `${chars}: not from a seed: ${line.slice(0, 40)}`);
  }
  assert.notEqual(generateExact(seeds, 10_000, 1), generateExact(seeds, 10_000));
});

// A guard against a hang, not a timing: the quick run takes 2.5 min alone and 5.5 min in CI, where it shares two
// cores with every package's tests (the fuzz run among them).
test("node src/run.mjs --quick writes results with every measurement", { timeout: 780_000 }, () => {
  const dir = mkdtempSync(join(tmpdir(), "report-lint-bench-test-"));
  try {
    const out = join(dir, "results.json");
    const r = spawnSync(process.execPath, [join(benchDir, "src", "run.mjs"), "--quick", "--out", out], { cwd: benchDir, encoding: "utf8", timeout: 770_000 });
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
    // Row 6c': the reports of bench/data/blind-correct, each linted once, by format, rule on and off.
    assert.equal(m["fresh-reports"]?.status, "ok", m["fresh-reports"]?.reason);
    for (const ext of ["txt", "md"]) {
      assert.ok(m["fresh-reports"][ext].reports > 0 && m["fresh-reports"][ext].chars > 0, ext);
      assert.ok(isStats(m["fresh-reports"][ext].msPer10k.on) && isStats(m["fresh-reports"][ext].msPer10k.off), ext);
      assert.equal(m["fresh-reports"][ext].msPer10k.on.n, m["fresh-reports"][ext].reports);
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

    // Node's own start-up, timed as row 1 is (the cold-start-vs-node target).
    assert.equal(m["bare-node"]?.status, "ok", m["bare-node"]?.reason);
    assert.ok(isStats(m["bare-node"].wallMs) && isStats(m["bare-node"].peakRssMb));
    assert.equal(m["bare-node"].runs, m["cold-start"].runs);
    assert.match(r.stdout, /bare node, node -e ""/u);

    // Row 8: lint and fix by size, each once per size in quick mode, up to 10,000 characters.
    assert.deepEqual(res.inputs.sizes.chars, [1_000, 10_000]);
    const series = m["size-series"];
    assert.equal(series?.status, "ok", series?.reason);
    assert.deepEqual(
      series.sizes.map((s) => s.chars),
      [1_000, 10_000],
    );
    for (const s of series.sizes) {
      assert.ok(isStats(s.lintMs) && isStats(s.fixMs), `${s.chars}: lint and fix timed`);
      assert.equal(s.lintMs.n, 1);
      assert.equal(s.fixMs.n, 1);
      assert.equal(s.ratio, round(s.fixMs.median / s.lintMs.median, 2));
      assert.ok(s.bytes > s.chars, "Chinese text: more UTF-8 bytes than characters");
      // The floor: the text linted, then its fixed text in the same process; the second part is a share of the whole.
      assert.ok(isStats(s.floorMs) && isStats(s.fixedAfterMs), `${s.chars}: the floor timed`);
      assert.equal(s.floorMs.n, 1);
      assert.ok(s.fixedAfterMs.median > 0 && s.fixedAfterMs.median < s.floorMs.median, `${s.chars}: the fixed text's lint is part of the floor`);
      assert.equal(s.floorRatio, round(s.floorMs.median / s.lintMs.median, 2));
    }
    assert.equal(series.maxRatio, Math.max(...series.sizes.map((s) => s.ratio)));
    assert.equal(series.maxFloorRatio, Math.max(...series.sizes.map((s) => s.floorRatio)));
    assert.match(r.stdout, /\(lint \+ that\) ÷ lint: the two lints --fix needs/u);
    assert.match(r.stdout, /lint and fix by size/u);
    assert.match(r.stdout, /^10,000 /mu);
    // Row 8b: the same sizes on text of distinct paragraphs (the corpus is beside the repository here, as in CI).
    const distinct = m["size-series-distinct"];
    assert.equal(distinct?.status, "ok", distinct?.reason);
    assert.deepEqual(
      distinct.sizes.map((s) => s.chars),
      [1_000, 10_000],
    );
    assert.equal(distinct.maxRatio, Math.max(...distinct.sizes.map((s) => s.ratio)));
    assert.match(r.stdout, /text of distinct paragraphs \(row 8b\)/u);

    // Row 9: the .docx lint against --annotate, alternated.
    const dx = m["docx-annotate"];
    assert.equal(dx?.status, "ok", dx?.reason);
    assert.equal(dx.input.chars, 10_000);
    assert.ok(isStats(dx.lint.wallMs) && isStats(dx.annotate.wallMs));
    assert.equal(dx.ratio, round(dx.annotate.wallMs.median / dx.lint.wallMs.median, 2));
    assert.match(r.stdout, /the same with --annotate/u);

    // Row 10: the HTML report of the batch, opened in Chromium (missing, with its reason, where there is none).
    const hr = m["html-report"];
    assert.ok(hr?.status === "ok" || hr?.status === "missing", hr?.reason);
    if (hr.status === "ok") {
      assert.equal(hr.reports, res.config.batchCount);
      assert.ok(hr.bytes > 10_000 && hr.mb === round(hr.bytes / 1e6, 2));
      assert.ok(isStats(hr.openMs) && hr.openMs.median > 0);
      assert.match(r.stdout, /HTML report of [\d,]+ reports, opened in Chromium/u);
    } else assert.match(hr.reason, /Chromium/u);

    assert.equal(res.targets.length, 29);
    const byId = Object.fromEntries(res.targets.map((t) => [t.id, t]));
    // The batch's two throughput goals read the same figure: ≥ 2 MB/s (the first round's) and issue 16's ≥ 5 MB/s.
    assert.equal(byId["batch-mbps-16"].measured, byId["batch-mbps"].measured);
    const mbps = byId["batch-mbps-16"].measured;
    if (mbps === null) assert.equal(byId["batch-mbps-16"].met, null);
    else if (Math.abs(mbps - 5) > 0.01) assert.equal(byId["batch-mbps-16"].met, mbps >= 5);
    for (const id of ["fix-lint-ratio", "cold-start-vs-node", "warm-no-lm-ms", "batch-vs-textlint", "batch-vs-autocorrect", "annotate-vs-lint", "html-report-mb", "html-report-open-s"]) assert.ok(byId[id], `target ${id}`);
    assert.equal(byId["annotate-vs-lint"].measured, round(dx.ratio, 2));
    assert.equal(byId["fix-lint-ratio"].measured, round(series.maxRatio, 2));
    assert.equal(byId["fix-lint-ratio"].met, series.maxRatio <= 1.3);
    assert.match(byId["fix-lint-ratio"].description, /up to 10,000/u);
    assert.equal(byId["cold-start-vs-node"].measured, round(m["cold-start"].wallMs.median / m["bare-node"].wallMs.median, 2));
    assert.equal(typeof byId["cold-start-vs-node"].met, "boolean");
    // Issue 16's reading of the same budget: the rule-off series of row 6a against the same bare Node.
    assert.equal(byId["cold-start-no-lm-vs-node"].measured, round(m["lm-cold-start"].off.wallMs.median / m["bare-node"].wallMs.median, 2));
    assert.equal(typeof byId["cold-start-no-lm-vs-node"].met, "boolean");
    // Row 6c's unseen text with the rule off, in µs → ms.
    assert.equal(byId["warm-no-lm-ms"].measured, round(m["lm-in-process"].usPerReport.off.median / 1000, 2));
    assert.equal(typeof byId["warm-no-lm-ms"].met, "boolean");
    for (const [id, ext] of [["warm-no-lm-fresh-txt-ms", "txt"], ["warm-no-lm-fresh-md-ms", "md"]]) {
      assert.equal(byId[id].measured, round(m["fresh-reports"][ext].msPer10k.off.median, 2), id);
      assert.equal(typeof byId[id].met, "boolean", id);
    }
    assert.equal(byId["lm-fresh-ms"].measured, round(m["fresh-reports"].txt.msPer10k.on.median - m["fresh-reports"].txt.msPer10k.off.median, 2));
    // Quick mode runs no peer batch: the batch ratios are not measured.
    for (const id of ["batch-vs-textlint", "batch-vs-autocorrect"]) {
      assert.equal(byId[id].measured, null, id);
      assert.equal(byId[id].met, null, id);
    }
    assert.ok(res.targets.some((t) => t.id === "worst-case-ms-per-10k"));
    for (const id of ["ls-p95", "ls-p95-15", "ls-burst-p95"]) assert.ok(res.targets.some((t) => t.id === id), `target ${id}`);
    for (const id of ["lm-cold-start-ms", "lm-in-process-ms", "lm-package-mb", "lm-rss-mb", "lm-build-s", "lm-build-rss-gb"]) assert.ok(res.targets.some((t) => t.id === id), `target ${id}`);
    assert.equal(res.targets.find((t) => t.id === "lm-build-s").met, null, "quick mode does not build the model");
    for (const t of res.targets) assert.ok([true, false, null].includes(t.met), t.id);
    assert.match(r.stdout, /cold start/u);
    assert.match(r.stdout, /wrong-character/u);
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
});
