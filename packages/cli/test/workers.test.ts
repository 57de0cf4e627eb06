import { copyFileSync, mkdirSync } from "node:fs";
import { availableParallelism } from "node:os";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, parseJson, run, seeds, tmp } from "./helpers.js";
import { workerCount } from "../src/run.js";

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
    expect(serial.stderr).toContain("12 files, 0 worker threads besides the main thread (never)");
    expect(parseJson(parallel.stdout).map((r) => r.filePath)).toEqual(names.map((n) => join(dir, n)));
    expect(parallel.stdout).toBe(serial.stdout);
    expect(parallel.code).toBe(serial.code);
  });

  it("by default, starts a worker only on a core that other work leaves idle", () => {
    // An idle 2-core machine: one worker beside this thread.
    expect(workerCount(1000, "auto", { cpus: 2, load: 0.1 })).toBe(1);
    // Its second core busy (the machine this was measured on): none — a worker there cost CPU and gained no time.
    expect(workerCount(1000, "auto", { cpus: 2, load: 1.2 })).toBe(0);
    expect(workerCount(1000, "auto", { cpus: 8, load: 5.2 })).toBe(2);
    expect(workerCount(1000, "auto", { cpus: 8, load: 0 })).toBe(3);
    // A small batch never, --worker regardless of the load, --no-worker never.
    expect(workerCount(8, "always", { cpus: 8, load: 0 })).toBe(0);
    expect(workerCount(1000, "always", { cpus: 2, load: 3 })).toBe(1);
    expect(workerCount(1000, "never", { cpus: 8, load: 0 })).toBe(0);
    expect(workerCount(1000, "auto", { cpus: 1, load: 0 })).toBe(0);
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
