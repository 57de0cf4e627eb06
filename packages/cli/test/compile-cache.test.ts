// The code cache the bin loads the bundle through (src/launch.ts): it must never change
// what the CLI prints, whatever state the cache file is in.
import { createHash } from "node:crypto";
import { createRequire } from "node:module";
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, statSync, symlinkSync, utimesSync, writeFileSync } from "node:fs";
import { availableParallelism } from "node:os";
import { basename, join } from "node:path";
import { fileURLToPath } from "node:url";
import { afterAll, describe, expect, it } from "vitest";
import { makeDocx, run, seeds, tmp } from "./helpers.js";

const launcher = createRequire(import.meta.url)("../dist/launch.cjs") as typeof import("../src/launch.js");

const SEED = seeds()[0]!;

/** Copies of the built package made here: removed at the end. */
const copies: string[] = [];
afterAll(() => {
  for (const d of copies) rmSync(d, { recursive: true, force: true });
});

/** Run on the seed with the cache in `dir`; the cache's state as the CLI reports it under DEBUG. */
async function lintWithCache(dir: string, extra: Record<string, string> = {}, args: string[] = [SEED, "--format", "json"]) {
  const r = await run(args, { env: { REPORT_LINT_CACHE_DIR: dir, DEBUG: "report-lint", ...extra } });
  const state = /compile cache (\w+)/u.exec(r.stderr)?.[1] ?? null;
  return { ...r, state };
}

function cacheFiles(dir: string): string[] {
  return existsSync(dir) ? readdirSync(dir).filter((f) => f.endsWith(".v8cache")) : [];
}

describe("compile cache", () => {
  it("is written by the first run and used by the next, with the same output as no cache at all", async () => {
    const dir = join(tmp(), "cache");
    const none = await lintWithCache(dir, { NODE_DISABLE_COMPILE_CACHE: "1" });
    expect(none.state).toBe("off");
    expect(cacheFiles(dir)).toEqual([]);
    expect(none.code).toBe(1);
    expect(JSON.parse(none.stdout)[0].messages.length).toBeGreaterThan(0);

    const first = await lintWithCache(dir);
    expect(first.state).toBe("missing");
    expect(cacheFiles(dir)).toHaveLength(1);
    const second = await lintWithCache(dir);
    expect(second.state).toBe("used");
    for (const r of [first, second]) {
      expect(r.code).toBe(none.code);
      expect(r.stdout).toBe(none.stdout);
    }
  });

  it("ignores a damaged or truncated file, runs as usual and replaces it", async () => {
    const dir = join(tmp(), "cache");
    const reference = await lintWithCache(dir);
    const file = join(dir, cacheFiles(dir)[0]!);
    const good = readFileSync(file);

    const damaged = Buffer.from(good);
    damaged[damaged.length >> 1] = damaged[damaged.length >> 1]! ^ 0xff;
    for (const bad of [damaged, good.subarray(0, good.length >> 1), Buffer.alloc(0), Buffer.from("not a cache")]) {
      writeFileSync(file, bad);
      const r = await lintWithCache(dir);
      expect(r.state).toBe("missing");
      expect(r.stdout).toBe(reference.stdout);
      expect(r.code).toBe(reference.code);
      expect((await lintWithCache(dir)).state).toBe("used");
    }
  });

  it("recompiles when V8 refuses the data (a cache from another V8), and replaces it", async () => {
    const dir = join(tmp(), "cache");
    const reference = await lintWithCache(dir);
    const file = join(dir, cacheFiles(dir)[0]!);
    // Intact as a file (its checksum holds) but not code V8 made: V8's own check refuses it.
    const payload = Buffer.alloc(4096, 7);
    writeFileSync(file, Buffer.concat([createHash("sha256").update(payload).digest(), payload]));
    const r = await lintWithCache(dir);
    expect(r.state).toBe("rejected");
    expect(r.stdout).toBe(reference.stdout);
    expect((await lintWithCache(dir)).state).toBe("used");
  });

  it("keeps a file per set of Node flags, so that runs with different flags do not replace each other's", async () => {
    const dir = join(tmp(), "cache");
    const flags = { NODE_OPTIONS: "--max-old-space-size=3000" };
    expect((await lintWithCache(dir)).state).toBe("missing");
    expect((await lintWithCache(dir, flags)).state).toBe("missing");
    expect(cacheFiles(dir)).toHaveLength(2);
    expect((await lintWithCache(dir)).state).toBe("used");
    expect((await lintWithCache(dir, flags)).state).toBe("used");
  });

  it("runs as usual where the cache cannot be written", async () => {
    const base = tmp();
    const blocked = join(base, "a-file");
    writeFileSync(blocked, "");
    const reference = await lintWithCache(join(base, "ok"));
    for (let i = 0; i < 2; i++) {
      const r = await lintWithCache(join(blocked, "cache"));
      expect(r.state).toBe("missing");
      expect(r.code).toBe(reference.code);
      expect(r.stdout).toBe(reference.stdout);
      expect(r.stderr).not.toMatch(/内部错误|Error/u);
    }
  });

  it("serves the worker threads and the .docx reader from the cached bundle", async () => {
    const dir = join(tmp(), "cache");
    const work = tmp();
    // More than 8 files and --worker, so that worker threads check some (src/run.ts workerCount).
    for (let i = 0; i < 11; i++) writeFileSync(join(work, `r${i}.txt`), readFileSync(seeds()[i % seeds().length]!));
    writeFileSync(join(work, "w.docx"), await makeDocx(["深入学习贯彻[bookmark: _GoBack]习近平法治思想。"]));
    const noWorker = await run([work, "--format", "json", "--no-worker"], { env: { NODE_DISABLE_COMPILE_CACHE: "1" } });
    expect(noWorker.stdout).toContain("conversion-artifact");
    const args = [work, "--format", "json", "--worker"];
    await lintWithCache(dir, {}, args);
    const cached = await lintWithCache(dir, {}, args);
    expect(cached.state).toBe("used");
    expect(cached.stderr).toContain(`12 files, ${Math.min(availableParallelism(), 4, 6) - 1} worker threads besides the main thread`);
    expect(cached.stdout).toBe(noWorker.stdout);
    expect(cached.stdout).toContain("conversion-artifact");
  });

  it("is not written by a run that checks nothing (it would lack the rules' code)", async () => {
    const dir = join(tmp(), "cache");
    for (const args of [["--help"], ["--version"], ["-h"], ["--print-outline", SEED], ["init", join(tmp(), "draft.md")]]) {
      const r = await lintWithCache(dir, {}, args);
      expect(r.state).toBe("missing");
      expect(r.code).toBe(0);
    }
    expect(cacheFiles(dir)).toEqual([]);
    expect((await lintWithCache(dir)).state).toBe("missing");
    expect(cacheFiles(dir)).toHaveLength(1);
    expect((await lintWithCache(dir, {}, ["--version"])).state).toBe("used");
  });

  it("keeps only the newest files: an upgrade's new file replaces the oldest, not adds to them for ever", async () => {
    const dir = join(tmp(), "cache");
    mkdirSync(dir, { recursive: true });
    // Files left by earlier versions, oldest first, and one that is not a cache file.
    const old = Array.from({ length: launcher.KEEP_FILES + 3 }, (_, i) => join(dir, `old${String(i).padStart(2, "0")}.v8cache`));
    old.forEach((f, i) => {
      writeFileSync(f, "an earlier version's cache");
      utimesSync(f, 1_700_000_000 + i * 3600, 1_700_000_000 + i * 3600);
    });
    writeFileSync(join(dir, "notes.txt"), "not ours");
    const r = await lintWithCache(dir);
    expect(r.state).toBe("missing");
    const left = cacheFiles(dir).sort();
    expect(left).toHaveLength(launcher.KEEP_FILES);
    // The new file and the KEEP_FILES − 1 newest of the old ones.
    const fresh = left.filter((f) => !f.startsWith("old"));
    expect(fresh).toHaveLength(1);
    expect(left.filter((f) => f.startsWith("old"))).toEqual(old.slice(-(launcher.KEEP_FILES - 1)).map((f) => basename(f)));
    expect(existsSync(join(dir, "notes.txt"))).toBe(true);
    expect((await lintWithCache(dir)).state).toBe("used");
  });

  it("names the cache by the bundle the build stamped, and by the file's times: a bundle edited afterwards never meets the old cache", async () => {
    // A copy of the built package (its data linked, not copied), so that its bundle can be edited.
    const pkg = tmp("report-lint-stamp-");
    copies.push(pkg);
    const built = fileURLToPath(new URL("../", import.meta.url));
    cpSync(join(built, "bin"), join(pkg, "bin"), { recursive: true });
    cpSync(join(built, "package.json"), join(pkg, "package.json"));
    mkdirSync(join(pkg, "dist"));
    for (const f of ["cli.cjs", "launch.cjs", "worker.cjs"]) cpSync(join(built, "dist", f), join(pkg, "dist", f));
    symlinkSync(join(built, "dist", "jieba"), join(pkg, "dist", "jieba"));
    const bundle = join(pkg, "dist", "cli.cjs");
    // npm installs every file with the same modification time (1985-10-26).
    const NPM_TIME = 499_162_500;
    utimesSync(bundle, NPM_TIME, NPM_TIME);
    // The build wrote the bundle's own hash into the launcher.
    const hash = createHash("sha256").update(readFileSync(bundle)).digest("hex");
    expect(readFileSync(join(pkg, "dist", "launch.cjs"), "utf8")).toContain(`"${hash}"`);
    const dir = join(tmp(), "cache");
    const bin = join(pkg, "bin", "report-lint.cjs");
    const lint = async () => {
      const r = await run([SEED, "--format", "json"], { bin, env: { REPORT_LINT_CACHE_DIR: dir, DEBUG: "report-lint" } });
      return { state: /compile cache (\w+)/u.exec(r.stderr)?.[1] ?? null, ids: new Set((JSON.parse(r.stdout) as Array<{ messages: Array<{ ruleId: string }> }>)[0]!.messages.map((m) => m.ruleId)) };
    };
    expect((await lint()).state).toBe("missing");
    const before = await lint();
    expect(before.state).toBe("used");
    expect(before.ids.has("section-content")).toBe(true);
    // Edited in place: the same length, the same modification time; only its change time tells.
    // (Named by the stamped hash, size and modification time alone, the old cache was used, and
    // its compiled code still said section-content.)
    const { size, mtimeMs } = statSync(bundle);
    writeFileSync(bundle, readFileSync(bundle, "latin1").replaceAll("section-content", "section-kontent"), "latin1");
    utimesSync(bundle, NPM_TIME, NPM_TIME);
    expect(statSync(bundle).size).toBe(size);
    expect(statSync(bundle).mtimeMs).toBe(mtimeMs);
    const after = await lint();
    expect(after.state).toBe("missing");
    expect(after.ids.has("section-kontent")).toBe(true);
    expect(after.ids.has("section-content")).toBe(false);
    expect(cacheFiles(dir)).toHaveLength(2);
  });

  it("lives in the user's own cache directory", () => {
    expect(launcher.cacheRoot({ REPORT_LINT_CACHE_DIR: "/x/y" }, "linux")).toBe("/x/y");
    expect(launcher.cacheRoot({ XDG_CACHE_HOME: "/xdg" }, "linux")).toBe(join("/xdg", "report-lint"));
    expect(launcher.cacheRoot({}, "linux")).toMatch(/[/\\]\.cache[/\\]report-lint$/u);
    expect(launcher.cacheRoot({}, "darwin")).toMatch(/Library[/\\]Caches[/\\]report-lint$/u);
    expect(launcher.cacheRoot({ LOCALAPPDATA: "C:\\Users\\u\\AppData\\Local" }, "win32")).toMatch(/report-lint[/\\]Cache$/u);
  });
});
