// Paths in a browser, where a document is named by a URI: POSIX rules, with a URI's
// `scheme://authority` counting as a root (vscode-vfs://github/owner/repo/报告.md is in the directory
// vscode-vfs://github/owner/repo, whose root is vscode-vfs://github/). The browser build's Linter
// uses them (platform.browser.ts) and so does the language server's browser build.

export const sep = "/";

const SCHEME_ROOT = /^[a-z][a-z0-9+.-]*:\/\/[^/]*/iu;

/** A path split into its root (`scheme://authority`, or "" for a plain path) and its segments. */
function parts(path: string): { root: string; absolute: boolean; segments: string[] } {
  const root = SCHEME_ROOT.exec(path)?.[0] ?? "";
  const rest = path.slice(root.length);
  const segments: string[] = [];
  for (const s of rest.split("/")) {
    if (s === "" || s === ".") continue;
    if (s === "..") segments.pop();
    else segments.push(s);
  }
  return { root, absolute: root !== "" || rest.startsWith("/"), segments };
}

function format(root: string, segments: readonly string[]): string {
  return `${root}/${segments.join("/")}`;
}

export function isAbsolute(path: string): boolean {
  return parts(path).absolute;
}

export function join(...paths: string[]): string {
  const joined = paths.filter((p) => p !== "").join("/");
  const p = parts(joined);
  return p.absolute ? format(p.root, p.segments) : p.segments.join("/") || ".";
}

export function resolve(...paths: string[]): string {
  let out = cwd();
  for (const p of paths) out = isAbsolute(p) ? p : `${out}/${p}`;
  return join(out);
}

export function dirname(path: string): string {
  const p = parts(path);
  if (!p.absolute) return p.segments.slice(0, -1).join("/") || ".";
  return format(p.root, p.segments.slice(0, -1));
}

export function basename(path: string): string {
  return parts(path).segments.at(-1) ?? "";
}

/** The path from `from` to `to`; `to` itself when they have different roots. */
export function relative(from: string, to: string): string {
  const a = parts(resolve(from));
  const b = parts(resolve(to));
  if (a.root !== b.root) return format(b.root, b.segments);
  let common = 0;
  while (common < a.segments.length && common < b.segments.length && a.segments[common] === b.segments[common]) common++;
  return [...a.segments.slice(common).map(() => ".."), ...b.segments.slice(common)].join("/");
}

/** There is no working directory: relative paths are resolved from the root. */
export function cwd(): string {
  return "/";
}

const URI = /^([a-z][a-z0-9+.-]*:\/\/[^/?#]*)([^?#]*)/iu;

/** A URI as a path: its `scheme://authority` and its path, percent-decoded; null for a URI without `//` (untitled:Untitled-1). */
export function fromUri(uri: string): string | null {
  const m = URI.exec(uri);
  if (m === null) return null;
  try {
    return `${m[1]!}${decodeURIComponent(m[2] === "" ? "/" : m[2]!)}`;
  } catch {
    return null;
  }
}

/** The URI of a path made by {@link fromUri}; null for a path without a scheme root. */
export function toUri(path: string): string | null {
  const root = SCHEME_ROOT.exec(path)?.[0];
  if (root === undefined) return null;
  return root + path.slice(root.length).split("/").map(encodeURIComponent).join("/");
}
