import { copyFileSync, mkdirSync, readFileSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, parseJson, run, seeds, tmp } from "./helpers.js";
import { othersBusy, workerCount, type CpuSample } from "../src/run.js";

/** 12 reports (copies of the seeds) named so that input order differs from name order. */
function batch(): { dir: string; names: string[] } {
  const dir = tmp();
  mkdirSync(join(dir, "r"));
  const names: string[] = [];
  const all = seeds();
  for (let i = 12; i >= 1; i--) {
    const name = `r/${String(i).padStart(2, "0")}.txt`;
    copyFileSync(all[i % all.length]!, join(dir, name));
    names.push(name);
  }
  return { dir, names };
}

describe("batches", () => {
  it("lints many files on worker threads (--worker) with the same output, in input order, as --no-worker", async () => {
    const { dir, names } = batch();
    const [parallel, serial] = await Promise.all([
      run([...names, "--format", "json", "--worker"], { cwd: dir, env: { DEBUG: "report-lint" } }),
      run([...names, "--format", "json", "--no-worker"], { cwd: dir, env: { DEBUG: "report-lint" } }),
    ]);
    // One thread per core, at most four in all, the main thread being one of them.
    if (availableParallelism() > 1) expect(parallel.stderr).toContain(`12 files, ${Math.min(availableParallelism(), 4) - 1} worker threads besides the main thread`);
    expect(serial.stderr).toContain("12 files, 0 worker threads besides the main thread (never;");
    expect(parseJson(parallel.stdout).map((r) => r.filePath)).toEqual(names.map((n) => join(dir, n)));
    expect(parallel.stdout).toBe(serial.stdout);
    expect(parallel.code).toBe(serial.code);
  });

  it("by default, starts workers only on cores that other work leaves idle, and only where two are", () => {
    // A 2-core machine, idle or not: none — on the one this was measured on, a worker made the batch slower.
    expect(workerCount(1000, "auto", { cpus: 2, load: 0.1 })).toBe(0);
    expect(workerCount(1000, "auto", { cpus: 2, load: 1.2 })).toBe(0);
    // Three cores, idle: two workers; eight with five busy: two; one core free of four: none.
    expect(workerCount(1000, "auto", { cpus: 3, load: 0 })).toBe(2);
    expect(workerCount(1000, "auto", { cpus: 8, load: 5.2 })).toBe(2);
    expect(workerCount(1000, "auto", { cpus: 4, load: 2.1 })).toBe(0);
    expect(workerCount(1000, "auto", { cpus: 8, load: 0 })).toBe(3);
    // A small batch never, --worker regardless of the load, --no-worker never.
    expect(workerCount(8, "always", { cpus: 8, load: 0 })).toBe(0);
    expect(workerCount(1000, "always", { cpus: 2, load: 3 })).toBe(1);
    expect(workerCount(1000, "never", { cpus: 8, load: 0 })).toBe(0);
    expect(workerCount(1000, "auto", { cpus: 1, load: 0 })).toBe(0);
  });

  it("measures what other work takes over the start-up, rather than trusting the minute's load average", () => {
    // The load average still counts the batch that has just ended; the cores are idle now.
    expect(workerCount(1000, "auto", { cpus: 4, load: 3.1, busy: 0.05 })).toBe(3);
    // And not yet the work that has just begun on two of them.
    expect(workerCount(1000, "auto", { cpus: 4, load: 0.1, busy: 1.9 })).toBe(0);
    expect(workerCount(1000, "auto", { cpus: 8, load: 0, busy: 5.2 })).toBe(2);
    // Too short a start-up to tell: the load average decides, as before.
    expect(workerCount(1000, "auto", { cpus: 4, load: 2.2, busy: null })).toBe(0);
    expect(workerCount(1000, "auto", { cpus: 4, load: 0.1, busy: null })).toBe(3);
  });

  it("counts as other work what the cores did besides this process's own threads", () => {
    const at = (total: number, busy: number, own: number): CpuSample => ({ cores: 2, total, busy, own });
    // 300 ms on each of 2 cores: this process busy 320 ms (its thread and V8's), the machine 450: others 130 ms of 300.
    expect(othersBusy(at(1000, 400, 50), at(1600, 850, 370))).toBeCloseTo(130 / 300, 6);
    // An idle machine: only this process ran.
    expect(othersBusy(at(0, 0, 0), at(600, 310, 310))).toBe(0);
    // Counted in ticks, this process's own time can exceed the cores' by a little: never below zero.
    expect(othersBusy(at(0, 0, 0), at(600, 300, 310))).toBe(0);
    // Under 100 ms a core: too short to tell.
    expect(othersBusy(at(0, 0, 0), at(150, 100, 70))).toBeNull();
  });

  it("keeps the workers fed while this thread checks files too (it lets their answers in between files)", async () => {
    if (availableParallelism() < 2) return;
    const dir = tmp();
    const all = seeds();
    const names: string[] = [];
    for (let i = 0; i < 120; i++) {
      names.push(`r${i}.txt`);
      copyFileSync(all[i % all.length]!, join(dir, `r${i}.txt`));
    }
    const r = await run([...names, "--format", "json", "--worker"], { cwd: dir, env: { DEBUG: "report-lint" } });
    const checked = /the workers checked (\d+) of 120 files/u.exec(r.stderr);
    expect(checked, r.stderr).not.toBeNull();
    // Each worker is sent four files to begin with; starved of the event loop (reads are synchronous), it got no more.
    expect(Number(checked![1])).toBeGreaterThan(4 * (Math.min(availableParallelism(), 4) - 1));
  });

  it("fixes files on worker threads exactly as on the main thread", async () => {
    if (availableParallelism() < 2) return;
    const all = seeds();
    const dirs: [string, string] = [tmp(), tmp()];
    const names: string[] = [];
    for (let i = 0; i < 40; i++) {
      names.push(`r${i}.txt`);
      // Written, not copied: the seeds are read-only, and --fix leaves a read-only file alone.
      for (const d of dirs) writeFileSync(join(d, `r${i}.txt`), readFileSync(all[i % all.length]!));
    }
    const pooled = await run([...names, "--fix", "--format", "json", "--worker"], { cwd: dirs[0], env: { DEBUG: "report-lint" } });
    const alone = await run([...names, "--fix", "--format", "json", "--no-worker"], { cwd: dirs[1] });
    // The workers fixed some of them.
    expect(Number(/the workers checked (\d+) of 40 files/u.exec(pooled.stderr)?.[1] ?? 0)).toBeGreaterThan(0);
    for (const n of names) expect(readFileSync(join(dirs[0]!, n), "utf8"), n).toBe(readFileSync(join(dirs[1]!, n), "utf8"));
    // And there was something to fix.
    expect(names.filter((n, i) => readFileSync(join(dirs[0]!, n), "utf8") !== readFileSync(all[i % all.length]!, "utf8")).length).toBeGreaterThan(20);
    expect(pooled.stdout.split(dirs[0]!).join("<dir>")).toBe(alone.stdout.split(dirs[1]!).join("<dir>"));
    expect(pooled.code).toBe(alone.code);
  });

  it("refuses --worker with --no-worker", async () => {
    const r = await run(["--worker", "--no-worker", "x.txt"]);
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("--worker 与 --no-worker 不能同时使用");
  });

  it("few files stay on the main thread", async () => {
    const { dir, names } = batch();
    const r = await run([...names.slice(0, 3), "--format", "json"], { cwd: dir, env: { DEBUG: "report-lint" } });
    expect(r.stderr).toContain("3 files, 0 worker threads");
  });

  it("shows a progress line on stderr on a TTY only", async () => {
    const { dir } = batch();
    const plain = await run(["r", "--format", "summary"], { cwd: dir });
    expect(plain.stderr).not.toContain("检查中");
    if (spawnSync("script", ["--version"]).status !== 0) return; // needs util-linux `script` for a pseudo-terminal
    const tty = spawnSync("script", ["-qec", `${process.execPath} ${BIN} r --format summary`, "/dev/null"], { cwd: dir, encoding: "utf8", env: { ...process.env, LANG: "zh_CN.UTF-8" } });
    expect(tty.stdout).toContain("检查中 12/12");
    expect(tty.stdout).toContain("共 12 份报告");
  });
});
