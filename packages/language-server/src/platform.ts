// The server's host in Node: lint jobs in a worker thread, files through node:fs, file: URIs as
// paths. The browser build puts platform.browser.ts in this module's place.
import { existsSync } from "node:fs";
import { open, readdir } from "node:fs/promises";
import { fileURLToPath, pathToFileURL } from "node:url";
import { Worker } from "node:worker_threads";
import type { Connection } from "vscode-languageserver";
import type { Host, LintThread, ThreadEvents } from "./host.js";
import type { WorkerResponse } from "./worker-protocol.js";

export { dirname, isAbsolute, join, relative } from "node:path";

/** Options of {@link createHost}. */
export interface HostOptions {
  /** The worker script; default: lint-worker.js next to this module. */
  workerUrl?: URL;
}

/** Heap limit of the lint worker, so a pathological document cannot take the machine. */
const WORKER_HEAP_MB = 1024;

/** The path of a file: URI (null for another scheme, or an untitled document). */
export function uriToPath(uri: string): string | null {
  if (!uri.startsWith("file:")) return null;
  try {
    return fileURLToPath(uri);
  } catch {
    return null;
  }
}

export function pathToUri(path: string): string {
  return pathToFileURL(path).href;
}

export function cwd(): string {
  return process.cwd();
}

export function createHost(_connection: Connection, options: HostOptions = {}): Host {
  const workerUrl = options.workerUrl ?? new URL("./lint-worker.js", import.meta.url);
  return {
    warmsUp: true,
    initialize: () => undefined,
    startLintThread: (events) => startWorker(workerUrl, events),
    exists: (path) => Promise.resolve(existsSync(path)),
    async createFile(path, text) {
      const handle = await open(path, "wx", 0o644);
      try {
        await handle.writeFile(text, "utf8");
      } finally {
        await handle.close();
      }
    },
    async readDirectory(path) {
      const entries = await readdir(path, { withFileTypes: true });
      return entries.map((e) => ({ name: e.name, kind: e.isDirectory() ? "directory" : e.isFile() ? "file" : "other" }));
    },
    memory() {
      const mem = process.memoryUsage();
      return { rss: mem.rss, heapUsed: mem.heapUsed, external: mem.external };
    },
  };
}

function startWorker(workerUrl: URL, events: ThreadEvents): LintThread {
  const w = new Worker(workerUrl, {
    resourceLimits: { maxOldGenerationSizeMb: WORKER_HEAP_MB },
    stdout: true,
    stderr: false,
  });
  w.on("message", (response: WorkerResponse) => events.message(response));
  w.on("error", (e) => events.lost(`检查线程出错：${e.message}`));
  w.on("exit", (code) => events.lost(`检查线程意外退出（代码 ${code}）`));
  // The worker's console output would corrupt an stdio LSP channel: send it to stderr.
  w.stdout.pipe(process.stderr);
  return {
    post: (job) => w.postMessage(job),
    async terminate() {
      w.removeAllListeners();
      w.on("error", () => undefined);
      await w.terminate();
    },
  };
}
