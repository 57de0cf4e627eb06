// What the Linter needs from its host, in a browser (built into dist/browser.js in platform.ts's
// place): POSIX paths, where a URI's `scheme://authority` counts as a root, so that a web editor's
// documents (vscode-vfs://github/owner/repo/报告.md) have directories to find config files in; and
// files read through a reader the host installs (provideFileReader) — a language server in a web
// worker asks its editor for them. Nothing is written: fixFile refuses.
import { BoundedReadError } from "./bounded-read-error.js";
import type { FixFileResult } from "./write.js";

export { basename, cwd, dirname, isAbsolute, join, relative, resolve, sep } from "./uri-paths.js";

/**
 * Reads a file for the Linter: its bytes, null when there is no such file (or it is a directory),
 * or its size when that is over `limit` (its bytes not sent).
 */
export type FileReader = (path: string, limit: number) => Promise<Uint8Array | number | null>;

let reader: FileReader | null = null;

/** Install the reader of config files, profile files and reports (until then every file is missing). */
export function provideFileReader(read: FileReader | null): void {
  reader = read;
}

/** The bytes of the file at `path`, at most `limit` of them (as platform.ts's, through the reader). */
export async function readBounded(path: string, limit: number): Promise<Uint8Array> {
  const bytes = reader === null ? null : await reader(path, limit);
  if (bytes === null) throw Object.assign(new Error(`${path}: no such file`), { code: "ENOENT" });
  if (typeof bytes === "number") throw new BoundedReadError(path, "too-large", bytes);
  if (bytes.length > limit) throw new BoundedReadError(path, "too-large", bytes.length);
  return bytes;
}

/** A browser writes no file: fixes are applied to the text (fixText) and saved by the host. */
export function fixFile(path: string, _options?: unknown): Promise<FixFileResult> {
  return Promise.reject(new Error(`report-lint: 浏览器中不能写文件（${path}）`));
}
