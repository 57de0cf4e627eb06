// How the command starts: the bundled CLI (dist/cli.cjs) is compiled through V8's code
// cache, so that a second run skips parsing and compiling ~1.5 MB of JavaScript.
//
// Node 22 has this built in (module.enableCompileCache); Node 20 does not, so it is done
// here with vm.Script's cachedData, the same mechanism. What keeps it safe:
// - the cache file is named by the bundle's SHA-256 (written into this file by the build:
//   scripts/cache-ready.mjs; hashing 2 MB at every start cost ~7 ms), its size and its
//   modification and change times, the Node version and the architecture, so a cache can only
//   meet the exact code it was made from (V8 itself checks only the source's length, its own
//   version and its flags): a bundle edited after the build has other times, and a launcher the
//   build did not stamp hashes the bundle's bytes as before; the flags Node was started with
//   are in the name too, so that runs with different flags do not replace each other's file;
// - the file carries a SHA-256 of its contents, checked before V8 sees it, so a torn or
//   damaged file is ignored (and replaced), never run;
// - it lives in the user's own cache directory (not a shared /tmp another user could
//   write into), is written to a temporary name and renamed into place, and every
//   failure to read or write it only means compiling as usual;
// - NODE_DISABLE_COMPILE_CACHE=1 (Node's own switch) turns it off; REPORT_LINT_CACHE_DIR
//   moves it;
// - every upgrade (and every Node version or set of flags) makes a new file of ~1.3 MB: writing
//   one removes all but the KEEP_FILES newest, so the directory does not grow for ever.
import { createHash } from "node:crypto";
import { isAscii } from "node:buffer";
import { closeSync, fstatSync, mkdirSync, openSync, readdirSync, readFileSync, renameSync, rmSync, statSync, writeFileSync } from "node:fs";
import { createRequire } from "node:module";
import { homedir } from "node:os";
import { dirname, join } from "node:path";
import { Script } from "node:vm";

type Env = Record<string, string | undefined>;

/** What the bundle exports (src/cli.ts). */
export interface Bundle {
  main(argv: string[]): Promise<number>;
  serveWorker(): void;
  checkedReports(): boolean;
}

/** What happened to the code cache on this load (DEBUG=report-lint prints it). */
export type CacheState = "off" | "missing" | "used" | "rejected";

export interface Loaded {
  bundle: Bundle;
  cache: CacheState;
  /** Where the cache file is (null when the cache is off). */
  cacheFile: string | null;
  /**
   * Write the cache when it was missing or not accepted. Call it after the run, so that
   * the functions the run compiled are in it too. Never throws.
   */
  persist(): void;
}

/** The per-user cache directory, or null when there is no home to put it in. */
export function cacheRoot(env: Env = process.env, platform: NodeJS.Platform = process.platform): string | null {
  if (env.REPORT_LINT_CACHE_DIR) return env.REPORT_LINT_CACHE_DIR;
  let home: string;
  try {
    home = homedir();
  } catch {
    return null;
  }
  if (platform === "win32") return join(env.LOCALAPPDATA || join(home, "AppData", "Local"), "report-lint", "Cache");
  if (platform === "darwin") return join(home, "Library", "Caches", "report-lint");
  return join(env.XDG_CACHE_HOME || join(home, ".cache"), "report-lint");
}

const CHECKSUM_BYTES = 32;

function sha256(...parts: (string | Uint8Array)[]): Buffer {
  const h = createHash("sha256");
  for (const p of parts) h.update(p);
  return h.digest();
}

/** The cached data inside a cache file, or undefined if the file is absent or fails its checksum. */
function readCache(file: string): Buffer | undefined {
  let bytes: Buffer;
  try {
    bytes = readFileSync(file);
  } catch {
    return undefined;
  }
  if (bytes.length <= CHECKSUM_BYTES) return undefined;
  const data = bytes.subarray(CHECKSUM_BYTES);
  return sha256(data).equals(bytes.subarray(0, CHECKSUM_BYTES)) ? data : undefined;
}

/** Cache files kept in the directory: one per bundle, Node version and set of flags in use. */
export const KEEP_FILES = 8;

function writeCache(file: string, data: Buffer): void {
  const temporary = `${file}.${process.pid}.tmp`;
  try {
    mkdirSync(dirname(file), { recursive: true, mode: 0o700 });
    writeFileSync(temporary, Buffer.concat([sha256(data), data]), { mode: 0o600 });
    renameSync(temporary, file);
    removeOldest(dirname(file), file);
  } catch {
    try {
      rmSync(temporary, { force: true });
    } catch {
      // Nothing more to do: the next run compiles as usual.
    }
  }
}

/**
 * Remove all but the KEEP_FILES newest cache files of the directory (never `keep`, just written).
 * A file removed while another run uses it costs that run's next start one compile.
 */
function removeOldest(dir: string, keep: string): void {
  const files: Array<{ path: string; mtimeMs: number }> = [];
  for (const name of readdirSync(dir)) {
    if (!name.endsWith(".v8cache")) continue;
    const path = join(dir, name);
    if (path === keep) continue;
    try {
      files.push({ path, mtimeMs: statSync(path).mtimeMs });
    } catch {
      // Removed by another run meanwhile.
    }
  }
  files.sort((a, b) => b.mtimeMs - a.mtimeMs || (a.path < b.path ? -1 : 1));
  for (const f of files.slice(KEEP_FILES - 1)) rmSync(f.path, { force: true });
}

/** The bundle's SHA-256, as the build wrote it here (scripts/cache-ready.mjs); the placeholder in an unstamped build. */
const BUNDLE_SHA256 = "report-lint:bundle-sha256:--------------------------------------";

/** The bytes of `file` and what identifies them: the stamped hash with the file's size and times, or (unstamped) their own hash. */
function readBundle(file: string): { bytes: Buffer; identity: string | Buffer } {
  const fd = openSync(file, "r");
  try {
    const st = fstatSync(fd);
    const bytes = readFileSync(fd);
    const identity = /^[0-9a-f]{64}$/u.test(BUNDLE_SHA256) ? `${BUNDLE_SHA256}\0${st.size}\0${st.mtimeMs}\0${st.ctimeMs}` : sha256(bytes);
    return { bytes, identity };
  } finally {
    closeSync(fd);
  }
}

/**
 * Load a CommonJS bundle through the code cache: the file is the function expression
 * `(function (exports, require, module, __filename, __dirname) { … })` (scripts/cache-ready.mjs).
 */
export function loadBundle(file: string, env: Env = process.env): Loaded {
  const { bytes, identity } = readBundle(file);
  // The build makes the bundle ASCII-only (scripts/ascii-only.mjs): read as Latin-1, it becomes a
  // one-byte string without UTF-8 decoding.
  const source = bytes.toString(isAscii(bytes) ? "latin1" : "utf8");
  const off = env.NODE_DISABLE_COMPILE_CACHE === "1" || env.NODE_DISABLE_COMPILE_CACHE === "true";
  const root = off ? null : cacheRoot(env);
  // V8 refuses a cache made under other flags: runs with different flags (NODE_OPTIONS=--max-old-space-size=…)
  // get files of their own rather than replacing each other's.
  const flags = [...process.execArgv, env.NODE_OPTIONS ?? ""].join("\0");
  const key = sha256(identity, "\0", process.version, "\0", process.arch, "\0", flags).toString("hex").slice(0, 32);
  const cacheFile = root === null ? null : join(root, `${key}.v8cache`);
  const cachedData = cacheFile === null ? undefined : readCache(cacheFile);
  const script = new Script(source, { filename: file, cachedData });
  const cache: CacheState = cacheFile === null ? "off" : cachedData === undefined ? "missing" : script.cachedDataRejected ? "rejected" : "used";
  const module = { exports: {} as Bundle };
  const wrapper = script.runInThisContext() as (e: object, r: NodeJS.Require, m: object, f: string, d: string) => void;
  wrapper.call(module.exports, module.exports, createRequire(file), module, file, dirname(file));
  return {
    bundle: module.exports,
    cache,
    cacheFile,
    persist() {
      if (cacheFile === null || cache === "used") return;
      try {
        writeCache(cacheFile, script.createCachedData());
      } catch {
        // createCachedData can fail only on V8 internals; the run is done either way.
      }
    },
  };
}

/** The bundle beside this file (dist/cli.cjs). */
export function bundlePath(): string {
  return join(__dirname, "cli.cjs");
}

/** bin/report-lint.cjs: run the CLI with the process's arguments and set the exit code. */
export function launch(argv: string[] = process.argv.slice(2)): void {
  let loaded: Loaded;
  try {
    loaded = loadBundle(bundlePath());
  } catch (error) {
    console.error(`report-lint: 内部错误：无法载入 ${bundlePath()}：${error instanceof Error ? error.message : String(error)}`);
    process.exitCode = 2;
    return;
  }
  // A reader that stops early (report-lint … | head) closes the pipe: what is left to print
  // goes nowhere, and the run still ends with its own exit code — not a stack trace.
  for (const stream of [process.stdout, process.stderr]) {
    stream.on("error", (error: NodeJS.ErrnoException) => {
      if (error.code !== "EPIPE") throw error;
      stream.write = (() => true) as typeof stream.write;
    });
  }
  if (/\breport-lint\b/u.test(process.env.DEBUG ?? "")) process.stderr.write(`report-lint: compile cache ${loaded.cache}${loaded.cacheFile ? ` (${loaded.cacheFile})` : ""}\n`);
  loaded.bundle.main(argv).then(
    (code) => {
      process.exitCode = code;
      // The cache holds what the run compiled: written by a run that checked no report it
      // would lack the rules, and every later check would compile them again.
      if (loaded.bundle.checkedReports()) loaded.persist();
    },
    (error: unknown) => {
      console.error(`report-lint: 内部错误：${error instanceof Error ? error.message : String(error)}`);
      process.exitCode = 2;
    },
  );
}
