// Render results.json as a plain-text table (stdout) or Markdown (docs/benchmarks.md).

const fmtInt = (n) => (n === null || n === undefined ? "–" : Math.round(n).toLocaleString("en-US"));
const fmt = (n, digits = 1) => (n === null || n === undefined ? "–" : n.toLocaleString("en-US", { maximumFractionDigits: digits, minimumFractionDigits: digits }));

function ms(x) {
  if (x === null || x === undefined) return "–";
  return x >= 10_000 ? `${fmt(x / 1000, 2)} s` : `${fmtInt(x)} ms`;
}

function statusText(m) {
  return m.status === "missing" ? `missing: ${m.reason}` : `${m.status}: ${m.reason}`;
}

/** Rows of [measurement, median, min, max, n, detail]. */
function ourRows(r) {
  const m = r.measurements;
  const rows = [];
  const b = r.inputs.batch;
  const timed = (label, x, detail) => {
    if (x === undefined) return;
    if (x.status !== "ok") rows.push([label, "", "", "", "", statusText(x)]);
    else rows.push([label, ms(x.wallMs.median), ms(x.wallMs.min), ms(x.wallMs.max), String(x.runs), detail(x)]);
  };
  const rss = (x) => `${x.cpuMs ? `CPU ${ms(x.cpuMs.median)} · ` : ""}peak RSS ${fmtInt(x.peakRssMb.median)} MB (max ${fmtInt(x.peakRssMb.max)})`;
  const tput = (x) => `${fmt(x.reportsPerSec)} reports/s · ${fmtInt(x.charsPerSec)} chars/s · ${fmt(x.mbPerSec, 2)} MB/s`;
  timed(`cold start, 1 report (${r.inputs.coldStart.chars} chars), text`, m["cold-start"], rss);
  timed(`the same, first run of a build (no code cache)`, m["cold-start-no-cache"], rss);
  // Bare Node, timed as row 1 is; the detail gives row 1 ÷ this (the cold-start-vs-node target).
  const coldOverNode = m["cold-start"]?.status === "ok" && m["bare-node"]?.status === "ok" ? m["cold-start"].wallMs.median / m["bare-node"].wallMs.median : null;
  timed(`bare node, node -e ""`, m["bare-node"], (x) => `${rss(x)}${coldOverNode === null ? "" : ` · the one-report cold start is ${fmt(coldOverNode, 2)}× this`}`);
  timed(`seeds + examples, ${m["small-set"]?.input?.files ?? "?"} files, one call`, m["small-set"], rss);
  const pool = (x) => (x.workers === undefined ? "" : ` · ${x.workers} worker thread${x.workers === 1 ? "" : "s"} (last run)${x.workers > 0 ? `, ${fmtInt(x.filesByWorkers)} files by them` : ""}`);
  timed(`batch ${b.count} reports${m.batch?.workerPool ? " (worker pool)" : ""}`, m.batch, (x) => `${tput(x)} · ${rss(x)} · ${fmtInt(x.findings)} findings${pool(x)}`);
  timed(`batch ${b.count} reports --no-worker`, m["batch-no-worker"], (x) => `${tput(x)} · ${rss(x)}`);
  const ip = m["in-process"];
  if (ip.status !== "ok") rows.push(["in-process lintText, warm, ~10,000 chars", "", "", "", "", statusText(ip)]);
  else
    rows.push([
      "in-process lintText, warm, ~10,000 chars",
      `${fmtInt(ip.usPerReport.median)} µs`,
      `${fmtInt(ip.usPerReport.min)} µs`,
      `${fmtInt(ip.usPerReport.max)} µs`,
      String(ip.usPerReport.n),
      `p95 ${fmtInt(ip.usPerReport.p95)} µs · import ${fmtInt(ip.importMs)} ms · first lint ${fmtInt(ip.firstLintMs)} ms`,
    ]);
  const ls = m["language-server"];
  if (ls.status !== "ok") rows.push(["language server didChange → publishDiagnostics", "", "", "", "", statusText(ls)]);
  else {
    const part = (name, x) => (x ? ` · ${name} p50 ${fmt(x.p50Ms)} / p95 ${fmt(x.p95Ms)} ms (n=${x.n})` : "");
    rows.push([
      "language server didChange → publishDiagnostics",
      `p50 ${fmt(ls.p50Ms)} ms`,
      "",
      "",
      ls.n === null || ls.n === undefined ? "" : String(ls.n),
      `p95 ${fmt(ls.p95Ms)} ms (single edits, ${ls.chars ?? "?"}-char report)${part("end of typing burst incl. debounce", ls.burst)}${part("all", ls.all)}${part("the lint thread's own lint", ls.workerLint)}${
        ls.coldOpenMs === null || ls.coldOpenMs === undefined ? "" : ` · first open ${fmtInt(ls.coldOpenMs)} ms`
      }${ls.serverRssMb ? ` · server RSS ${fmtInt(ls.serverRssMb)} MB` : ""}`,
    ]);
  }
  timed(`--fix, batch ${b.count} reports (copy)`, m["fix-batch"], (x) => `${tput(x)} · ${rss(x)} · ${fmtInt(x.filesChanged)} files changed`);
  const dx = m["docx-annotate"];
  if (dx !== undefined) {
    if (dx.status !== "ok") rows.push([".docx --annotate", "", "", "", "", statusText(dx)]);
    else {
      rows.push([`.docx, ${fmtInt(dx.input.chars)} chars, lint`, ms(dx.lint.wallMs.median), ms(dx.lint.wallMs.min), ms(dx.lint.wallMs.max), String(dx.pairs), "whole process, alternated with the next row"]);
      rows.push([`the same with --annotate`, ms(dx.annotate.wallMs.median), ms(dx.annotate.wallMs.min), ms(dx.annotate.wallMs.max), String(dx.pairs), `${fmt(dx.ratio, 2)}× the lint (target ≤ 2×)`]);
    }
  }
  const hr = m["html-report"];
  if (hr !== undefined) {
    if (hr.status !== "ok") rows.push(["HTML report, opened in Chromium", "", "", "", "", statusText(hr)]);
    else rows.push([`HTML report of ${fmtInt(hr.reports)} reports, opened in Chromium`, ms(hr.openMs.median), ms(hr.openMs.min), ms(hr.openMs.max), String(hr.opens), `${fmt(hr.mb, 2)} MB (target < 10 MB) · load event ${ms(hr.loadEventMs.median)} (target < 2 s) · ${hr.chromium}`]);
  }
  return rows;
}

/** Rows of [measurement, rule on, rule off, on − off, n, detail]: the language model's budgets (section 6 of run.mjs). */
function lmRows(r) {
  const m = r.measurements;
  const rows = [];
  const signed = (x, f) => (x === null || x === undefined ? "–" : `${x >= 0 ? "+" : "−"}${f(Math.abs(x))}`);
  const mb = (x) => (x === null || x === undefined ? "–" : `${fmt(x, 1)} MB`);
  const bytesMb = (x) => `${fmt(x / 1e6, 2)} MB`;
  const us = (x) => `${fmtInt(x)} µs`;
  const bad = (label, x) => {
    if (x === undefined) return true;
    if (x.status === "ok") return false;
    rows.push([label, "", "", "", "", statusText(x)]);
    return true;
  };
  const pairRows = (label, x, extra) => {
    if (bad(label, x)) return;
    const d = x.delta;
    const cpu = x.on.cpuMs && x.off.cpuMs ? `CPU ${ms(x.on.cpuMs.median)} / ${ms(x.off.cpuMs.median)} (${signed(d.cpuMs.median, ms)}) · ` : "";
    rows.push([
      `${label}: wall`,
      ms(x.on.wallMs.median),
      ms(x.off.wallMs.median),
      signed(d.wallMs.median, ms),
      `${x.pairs} pairs`,
      `${cpu}min ${ms(x.on.wallMs.min)} / ${ms(x.off.wallMs.min)} · median of the pairs' differences ${signed(d.wallMs.pairedMedian, ms)}${extra ? ` · ${extra(x)}` : ""}`,
    ]);
    rows.push([`${label}: peak RSS`, mb(x.on.peakRssMb.median), mb(x.off.peakRssMb.median), signed(d.peakRssMb.median, mb), `${x.pairs} pairs`, `max ${mb(x.on.peakRssMb.max)} / ${mb(x.off.peakRssMb.max)}`]);
  };
  pairRows(`cold start, 1 report (${m["lm-cold-start"]?.input?.chars ?? r.inputs.coldStart.chars} chars)`, m["lm-cold-start"]);
  pairRows(
    `batch ${r.inputs.batch.count} reports (worker pool)`,
    m["lm-batch"],
    (x) => `${fmt(x.on.mbPerSec, 2)} / ${fmt(x.off.mbPerSec, 2)} MB/s · ${fmtInt(x.on.findings)} / ${fmtInt(x.off.findings)} findings`,
  );
  const ip = m["lm-in-process"];
  if (!bad("in-process lintText, warm, ~10,000 chars", ip)) {
    const row = (label, v, note) => {
      const { on, off } = v.usPerReport;
      rows.push([
        label,
        us(on.median),
        us(off.median),
        signed(v.deltaUs, us),
        `${on.n} + ${off.n}`,
        `min ${us(on.min)} / ${us(off.min)} · p95 ${us(on.p95)} / ${us(off.p95)} · ${fmt(v.findingsPerReport.on)} / ${fmt(v.findingsPerReport.off)} findings per report · ${note}`,
      ]);
    };
    row(
      "in-process lintText, warm, ~10,000 chars, unseen text",
      ip,
      `${ip.passes} passes over the ${ip.input.reports} reports per setting, alternated; before each call ${fmtInt(ip.flushParagraphs)} other paragraphs linted (untimed), so no memo answers`,
    );
    if (ip.cycled) row("the same, reports cycled as in row 3", ip.cycled, `their ${ip.input.distinctParagraphs} distinct paragraphs seen again: wrong-character's memo answers`);
  }
  const fr = m["fresh-reports"];
  if (fr !== undefined && !bad("in-process lintText of reports never seen (bench/data/blind-correct)", fr)) {
    for (const [ext, v] of [["txt", fr.txt], ["md", fr.md]]) {
      const { on, off } = v.msPer10k;
      rows.push([
        `in-process lintText of reports never seen, .${ext}, ms per 10,000 chars`,
        fmt(on.median, 1),
        fmt(off.median, 1),
        signed(on.median - off.median, (x) => fmt(x, 1)),
        `${on.n} + ${off.n}`,
        `p95 ${fmt(on.p95, 1)} / ${fmt(off.p95, 1)} · ${v.reports} reports of bench/data/blind-correct, ${fmtInt(v.chars)} chars, each linted once after 40 others (every memo new to it); each setting in its own process`,
      ]);
    }
  }
  const wc = m["worst-case"];
  if (wc !== undefined && !bad("worst inputs of the fuzz corpus", wc)) {
    for (const f of wc.files) {
      rows.push([`fuzz corpus ${f.file} (${fmtInt(f.chars)} chars), lint / fix`, ms(f.lintMs), ms(f.fixMs), "", "1 + 1", `${fmtInt(f.lintMsPer10k)} / ${fmtInt(f.fixMsPer10k)} ms per 10,000 chars (budget 2,000), each in a fresh process warmed on other text`]);
    }
  }
  const sp = m["lm-spelling-alone"];
  if (!bad("wrong-character alone: findSpellingSuspects per 10,000 chars", sp))
    rows.push([
      "wrong-character alone: findSpellingSuspects per 10,000 chars",
      us(sp.usPer10kChars.median),
      "",
      "",
      String(sp.usPer10kChars.n),
      `min ${us(sp.usPer10kChars.min)} · p95 ${us(sp.usPer10kChars.p95)} · ${fmt(sp.suspectsPerReport)} suspects per report (before the rule's filters)`,
    ]);
  const pk = m["lm-package"];
  if (!bad("npm package of @report-lint/core", pk)) {
    rows.push([
      "npm package of @report-lint/core, packed",
      bytesMb(pk.packedBytes),
      bytesMb(pk.withoutModel.packedBytes),
      `+${bytesMb(pk.growth.packedBytes)}`,
      "1",
      `unpacked ${bytesMb(pk.unpackedBytes)} / ${bytesMb(pk.withoutModel.unpackedBytes)} (+${bytesMb(pk.growth.unpackedBytes)}); "off" = the same package without the model's files`,
    ]);
    rows.push([
      "the model's files in it",
      bytesMb(pk.modelBytes),
      "",
      `+${bytesMb(pk.modelBytes)}`,
      "1",
      `${pk.modelFiles.map((f) => `${f.path.replace(/^dist\/jieba\//u, "")} ${f.bytes >= 1e5 ? bytesMb(f.bytes) : `${fmtInt(f.bytes)} B`}`).join(", ")} · gzip ${bytesMb(pk.modelGzipBytes)}`,
    ]);
    if (pk.placeFiles?.length > 0)
      rows.push([
        "the place-name list in it (not the model's; in both columns)",
        bytesMb(pk.placeBytes),
        bytesMb(pk.placeBytes),
        "",
        "1",
        `${pk.placeFiles.map((f) => `${f.path.replace(/^dist\/jieba\//u, "")} ${f.bytes >= 1e5 ? bytesMb(f.bytes) : `${fmtInt(f.bytes)} B`}`).join(", ")} · the 国家统计局's division names and which lies under which`,
      ]);
  }
  const b = m["lm-build"];
  if (b?.status === "skipped") rows.push(["model build from the corpus (build-lm.mjs)", "", "", "", "", `skipped: ${b.reason}`]);
  else if (!bad("model build from the corpus (build-lm.mjs)", b))
    rows.push([
      "model build from the corpus (build-lm.mjs)",
      ms(b.wallMs.median),
      "",
      "",
      String(b.runs),
      `${b.cpuMs ? `CPU ${ms(b.cpuMs.median)} · ` : ""}peak RSS ${fmtInt(b.peakRssMb.median)} MB · ${bytesMb(b.bytes)}${b.identicalToCommitted === null ? "" : b.identicalToCommitted ? ", byte-identical to data/lm.bin" : ", differs from data/lm.bin"}`,
    ]);
  return rows;
}

/**
 * Rows of [size, lint ms, fix ms, fix ÷ lint, the fixed text linted after the input ms, (the two lints) ÷ lint, n]:
 * row 8 (or 8b, `size-series-distinct`), lint and fix by size (medians); the two-lint columns are empty in results
 * of runs before they were measured.
 */
function sizeRows(r, id = "size-series") {
  const x = r.measurements[id];
  if (x === undefined) return [];
  if (x.status !== "ok") return [["", "", "", "", "", "", statusText(x)]];
  return x.sizes.map((s) => [
    fmtInt(s.chars),
    fmtInt(s.lintMs.median),
    fmtInt(s.fixMs.median),
    `${fmt(s.ratio, 2)}×`,
    s.fixedAfterMs === undefined ? "" : fmtInt(s.fixedAfterMs.median),
    s.floorRatio === undefined ? "" : `${fmt(s.floorRatio, 2)}×`,
    `${s.lintMs.n} + ${s.fixMs.n}${s.floorMs === undefined ? "" : ` + ${s.floorMs.n}`}`,
  ]);
}

function peerRows(r) {
  const rows = [];
  for (const p of Object.values(r.peers)) {
    const version = Object.entries(p.packages)
      .map(([k, v]) => `${k}@${v ?? "?"}`)
      .join(" ");
    if (p.status !== "ok") {
      rows.push([p.label, "", "", "", "", `${p.status}: ${p.reason}`]);
      continue;
    }
    const c = p["cold-start"];
    const b = p.batch;
    const cold = c.status === "ok" ? `${ms(c.wallMs.median)} (n=${c.runs}${c.cpuMs ? `, CPU ${ms(c.cpuMs.median)}` : ""})` : `${c.status}: ${c.reason}`;
    const ratioText = (wall, cpu) => (wall === null ? "–" : `${fmt(wall, 2)}×${cpu === null || cpu === undefined ? "" : ` (CPU ${fmt(cpu, 2)}×)`}`);
    const coldRatio = ratioText(p.ratios.coldStart, p.ratios.coldStartCpu);
    const batch =
      b.status === "ok"
        ? `${ms(b.wallMs.median)} (n=${b.runs}${b.cpuMs ? `, CPU ${ms(b.cpuMs.median)}` : ""}), ${fmt(b.mbPerSec, 2)} MB/s, RSS ${fmtInt(b.peakRssMb.median)} MB`
        : `${b.status}: ${b.reason}`;
    const batchRatio = p.ratios.batchAtLeast !== undefined ? `≥ ${fmt(p.ratios.batchAtLeast, 2)}×` : ratioText(p.ratios.batch, p.ratios.batchCpu);
    const pb = p.pairedBatch;
    const paired =
      pb?.status === "ok"
        ? ` · alternated with our --no-worker, ${pb.pairs} pairs: ${ms(pb.peer.wallMs.median)} vs ${ms(pb.ours.wallMs.median)}, median of the pairs' ratios ${fmt(pb.ratio, 2)}× (${pb.ratios.map((x) => fmt(x, 2)).join(", ")})`
        : pb !== undefined
          ? ` · alternated with our --no-worker: ${pb.status}: ${pb.reason}`
          : "";
    rows.push([p.label, cold, coldRatio, batch, batchRatio, `${version}${b.status === "ok" ? ` · ${fmtInt(b.findings)} findings` : ""}${paired}`]);
  }
  return rows;
}

function targetRows(r) {
  return r.targets.map((t) => [t.description, t.measured === null ? "–" : `${fmt(t.measured, 2)} ${t.unit}`, t.met === null ? "not measured" : t.met ? "met" : "NOT met"]);
}

function textTable(header, rows) {
  const width = (s) => [...String(s)].reduce((w, ch) => w + (/[\u1100-\uffff]/u.test(ch) && !/[–·×µ→−]/u.test(ch) ? 2 : 1), 0);
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((row) => (i === header.length - 1 ? 0 : width(row[i] ?? "")))));
  const line = (cells) =>
    cells
      .map((c, i) => (i === cells.length - 1 ? String(c ?? "") : String(c ?? "") + " ".repeat(widths[i] - width(c ?? ""))))
      .join("  ")
      .trimEnd();
  return [line(header), line(widths.map((w, i) => "-".repeat(i === header.length - 1 ? width(header[i]) : w))), ...rows.map(line)].join("\n") + "\n";
}

function mdTable(header, rows) {
  const esc = (s) => String(s ?? "").replace(/\|/gu, "\\|");
  return [`| ${header.join(" | ")} |`, `|${header.map(() => "---").join("|")}|`, ...rows.map((r) => `| ${r.map(esc).join(" | ")} |`)].join("\n") + "\n";
}

function machineLine(r) {
  const mc = r.machine;
  return `${mc.cpuModel}, ${mc.cores} cores, ${mc.memoryGb} GB RAM, Node ${mc.node}, ${mc.platform}; load average ${mc.loadAverageAtStart.join(" ")} at start, ${mc.loadAverageAtEnd.join(" ")} at end`;
}

function inputsLine(r) {
  const i = r.inputs;
  return `batch: ${i.batch.count} reports, ${fmtInt(i.batch.chars)} chars, ${fmt(i.batch.bytes / 1e6, 1)} MB UTF-8 (${i.batch.charsPerReport.min}–${i.batch.charsPerReport.max} chars each, ${i.batch.prng} seed ${i.batch.seed}); cold start: ${i.coldStart.file}`;
}

const OURS = ["measurement", "median", "min", "max", "n", "detail"];
const PEERS = ["peer (same input)", "cold start", "÷ ours", "batch", "÷ ours", "detail"];
const TARGETS = ["target", "measured", "status"];
const LM = ["language model (wrong-character)", "rule on", "rule off", "on − off", "n", "detail"];
const SIZES_FLOOR = ["the fixed text linted after it, ms", "(lint + that) ÷ lint: the two lints --fix needs"];
const SIZES = ["lint and fix by size (characters)", "lint ms", "fix ms", "fix ÷ lint", ...SIZES_FLOOR, "n"];
const SIZES_DISTINCT = ["the same, text of distinct paragraphs (row 8b)", "lint ms", "fix ms", "fix ÷ lint", ...SIZES_FLOOR, "n"];

export function renderText(r) {
  return [
    `report-lint ${r.reportLint.version} — ${r.mode} run, ${r.durationSec} s`,
    machineLine(r),
    inputsLine(r),
    "",
    textTable(OURS, ourRows(r)),
    lmRows(r).length > 0 ? textTable(LM, lmRows(r)) : "",
    sizeRows(r).length > 0 ? textTable(SIZES, sizeRows(r)) : "",
    sizeRows(r, "size-series-distinct").length > 0 ? textTable(SIZES_DISTINCT, sizeRows(r, "size-series-distinct")) : "",
    Object.keys(r.peers).length > 0 ? textTable(PEERS, peerRows(r)) : "peers: skipped\n",
    textTable(TARGETS, targetRows(r)),
  ].join("\n");
}

export function renderMarkdown(r) {
  return [
    `Machine: ${machineLine(r)}.`,
    "",
    `Inputs: ${inputsLine(r)}.`,
    "",
    mdTable(OURS, ourRows(r)),
    lmRows(r).length > 0 ? mdTable(LM, lmRows(r)) : "",
    sizeRows(r).length > 0 ? mdTable(SIZES, sizeRows(r)) : "",
    sizeRows(r, "size-series-distinct").length > 0 ? mdTable(SIZES_DISTINCT, sizeRows(r, "size-series-distinct")) : "",
    Object.keys(r.peers).length > 0 ? mdTable(PEERS, peerRows(r)) : "",
    mdTable(TARGETS, targetRows(r)),
  ].join("\n");
}
