import { copyFileSync, mkdirSync } from "node:fs";
import { availableParallelism } from "node:os";
import { spawnSync } from "node:child_process";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { BIN, parseJson, run, seeds, tmp } from "./helpers.js";

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
  it("lints many files on worker threads with the same output, in input order, as --no-worker", async () => {
    const { dir, names } = batch();
    const [parallel, serial] = await Promise.all([
      run([...names, "--format", "json"], { cwd: dir, env: { DEBUG: "report-lint" } }),
      run([...names, "--format", "json", "--no-worker"], { cwd: dir, env: { DEBUG: "report-lint" } }),
    ]);
    // One thread per core, at most four in all, the main thread being one of them.
    if (availableParallelism() > 1) expect(parallel.stderr).toContain(`12 files, ${Math.min(availableParallelism(), 4) - 1} worker threads besides the main thread`);
    expect(serial.stderr).toContain("12 files, 0 worker threads");
    expect(parseJson(parallel.stdout).map((r) => r.filePath)).toEqual(names.map((n) => join(dir, n)));
    expect(parallel.stdout).toBe(serial.stdout);
    expect(parallel.code).toBe(serial.code);
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
