// The server's host in a browser (a web worker: VS Code for the Web), built into dist/browser.js in
// platform.ts's place. No worker threads: lint jobs run in the server's own thread, after the engine's
// data files (fetched from the URL the client gives in initializationOptions.dataUrl) are handed to
// core. No file system: config files, profile files and the workspace's reports are read, and a new
// config file written, by the client (vscode.workspace.fs) on the server's requests (protocol.ts).
// Documents are named by URIs of any scheme with an authority (vscode-vfs://github/…): their paths
// are the URIs themselves, percent-decoded, with `scheme://authority` as the root.
import { DATA_FILES, provideDataFile } from "@report-lint/core/browser";
import { provideFileReader, uriPaths } from "@report-lint/formatter/browser";
import { ErrorCodes, ResponseError, type Connection } from "vscode-languageserver";
import type { DirectoryEntry, Host, LintThread, ThreadEvents } from "./host.js";
import { failedJob, runJob } from "./lint-job.js";
import {
  REQUEST_EXISTS,
  REQUEST_READ_DIRECTORY,
  REQUEST_READ_FILE,
  REQUEST_WRITE_NEW_FILE,
  type BrowserInitializationOptions,
  type ReadFileResult,
} from "./protocol.js";

export const { dirname, isAbsolute, join, relative } = uriPaths;


/** Options of {@link createHost} (none in a browser). */
export type HostOptions = Record<never, never>;

export function uriToPath(uri: string): string | null {
  return uriPaths.fromUri(uri);
}

export function pathToUri(path: string): string {
  const uri = uriPaths.toUri(path);
  if (uri === null) throw new Error(`report-lint: ${path} 不是工作区中的文件`);
  return uri;
}

export function cwd(): string {
  return uriPaths.cwd();
}

function fromBase64(b64: string): Uint8Array {
  const binary = atob(b64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

/** Fetch the data files from `dataUrl` and hand them to core. */
async function loadData(dataUrl: string): Promise<void> {
  await Promise.all(
    DATA_FILES.map(async (name) => {
      const url = new URL(name, dataUrl).href;
      let response: Response;
      try {
        response = await fetch(url);
      } catch (e) {
        throw new Error(`无法载入数据文件 ${url}：${e instanceof Error ? e.message : String(e)}`);
      }
      if (!response.ok) throw new Error(`无法载入数据文件 ${url}（HTTP ${response.status}）`);
      provideDataFile(name, new Uint8Array(await response.arrayBuffer()));
    }),
  );
}

export function createHost(connection: Connection, _options: HostOptions = {}): Host {
  provideFileReader(async (path, limit) => {
    const uri = uriPaths.toUri(path);
    if (uri === null) return null;
    let r: ReadFileResult;
    try {
      r = await connection.sendRequest<ReadFileResult>(REQUEST_READ_FILE, { uri, limit });
    } catch (e) {
      // A client that reads no files for the server: no config file anywhere, the editor settings apply.
      if (e instanceof ResponseError && e.code === ErrorCodes.MethodNotFound) return null;
      throw e;
    }
    if (r === null) return null;
    return "data" in r ? fromBase64(r.data) : r.size;
  });
  let data: Promise<void> = Promise.reject(new Error("report-lint: 客户端未提供数据文件的位置（initializationOptions.dataUrl）"));
  data.catch(() => undefined);
  return {
    warmsUp: false,
    initialize(options) {
      const dataUrl = (options as BrowserInitializationOptions | null | undefined)?.dataUrl;
      if (typeof dataUrl !== "string") return;
      data = loadData(dataUrl);
      data.catch(() => undefined); // told by the first job that needs the data
    },
    startLintThread: (events) => inlineThread(() => data, events),
    async exists(path) {
      return connection.sendRequest<boolean>(REQUEST_EXISTS, { uri: pathToUri(path) });
    },
    async createFile(path, text) {
      const written = await connection.sendRequest<boolean>(REQUEST_WRITE_NEW_FILE, { uri: pathToUri(path), text });
      if (!written) throw Object.assign(new Error(`${path} 已存在`), { code: "EEXIST" });
    },
    async readDirectory(path) {
      const entries = await connection.sendRequest<DirectoryEntry[] | null>(REQUEST_READ_DIRECTORY, { uri: pathToUri(path) });
      if (entries === null) throw Object.assign(new Error(`${path} 无法读取`), { code: "ENOENT" });
      return entries;
    },
    memory() {
      // Chromium's non-standard performance.memory, where there is one.
      const heap = (performance as { memory?: { usedJSHeapSize?: number } }).memory?.usedJSHeapSize ?? 0;
      return { rss: 0, heapUsed: heap, external: 0 };
    },
  };
}

/**
 * A lint "thread" in the server's own thread: each job runs after the data files are in, between
 * the server's messages. Terminating it drops the answer of the job it is running (the runner's
 * stale-lint restart); the job itself runs to its end, as nothing can stop it.
 */
function inlineThread(data: () => Promise<void>, events: ThreadEvents): LintThread {
  let live = true;
  return {
    post(job) {
      void data()
        .then(() => runJob(job), (e: unknown) => failedJob(job, e))
        .then((response) => {
          if (live) events.message(response);
        });
    },
    terminate() {
      live = false;
      return Promise.resolve();
    },
  };
}
