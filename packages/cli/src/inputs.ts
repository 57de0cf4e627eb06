import { readdir, readFile, stat } from "node:fs/promises";
import { isAbsolute, join, relative, resolve, sep } from "node:path";
import ignore, { type Ignore } from "ignore";
import { t } from "./i18n.js";

/**
 * File types found in directories and globs: the ones report-lint checks, and the document
 * formats it does not read (.doc, .wps, .pdf, .odt, .rtf) — found so that each gets a line
 * saying to save it as .docx, not skipped in silence (a folder of five town reports, two of
 * them .doc, is five reports).
 */
export const EXTENSIONS = /\.(md|markdown|txt|docx|doc|wps|pdf|odt|rtf)$/iu;

export interface InputFile {
  path: string;
  /** Named on the command line (not found in a directory or by a glob). */
  named: boolean;
}

export interface ExpandResult {
  files: InputFile[];
  /** One line per argument that matched nothing (exit code 2). */
  errors: string[];
  /** Named files skipped by an ignore pattern (a note, not an error). */
  ignored: string[];
}

const GLOB_CHARS = /[*?[\]{}]/u;

/** Ignore rules in gitignore syntax, relative to `base`. */
export class IgnoreList {
  private readonly rules: Array<{ base: string; ig: Ignore }> = [];

  add(base: string, patterns: readonly string[]): void {
    if (patterns.length > 0) this.rules.push({ base, ig: ignore().add([...patterns]) });
  }

  /** Read `.reportlintignore` in `dir` if it exists. */
  async addFile(dir: string): Promise<void> {
    const text = await readFile(join(dir, ".reportlintignore"), "utf8").catch(() => null);
    if (text !== null) this.add(dir, text.split(/\r?\n/u));
  }

  ignores(path: string, isDir = false): boolean {
    for (const { base, ig } of this.rules) {
      const rel = relative(base, path);
      if (rel === "" || rel.startsWith("..") || isAbsolute(rel)) continue;
      const posix = rel.split(sep).join("/");
      if (ig.ignores(isDir ? `${posix}/` : posix)) return true;
    }
    return false;
  }
}

function skipDir(name: string): boolean {
  return name === "node_modules" || name.startsWith(".");
}

async function walk(dir: string, ignores: IgnoreList, out: string[]): Promise<void> {
  let entries;
  try {
    entries = await readdir(dir, { withFileTypes: true });
  } catch {
    return;
  }
  entries.sort((a, b) => (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
  for (const e of entries) {
    const path = join(dir, e.name);
    if (e.isDirectory()) {
      // Symbolic links to directories are not followed (no loops, no escaping the tree).
      if (!skipDir(e.name) && !ignores.ignores(path, true)) await walk(path, ignores, out);
    } else if ((e.isFile() || e.isSymbolicLink()) && EXTENSIONS.test(e.name) && !e.name.startsWith(".")) {
      if (e.isSymbolicLink()) {
        const target = await stat(path).catch(() => null);
        if (target === null || !target.isFile()) continue;
      }
      if (!ignores.ignores(path)) out.push(path);
    }
  }
}

/**
 * Turn command-line arguments into files, in argument order: a file is taken
 * as is, a directory is searched recursively for .md/.txt/.docx (skipping
 * node_modules and dot-directories), anything else is a glob. An argument
 * that matches nothing is an error, never silence.
 */
export async function expandInputs(args: readonly string[], cwd: string, ignores: IgnoreList): Promise<ExpandResult> {
  const files: InputFile[] = [];
  const seen = new Set<string>();
  const errors: string[] = [];
  const ignored: string[] = [];
  const push = (path: string, named: boolean): void => {
    if (seen.has(path)) return;
    seen.add(path);
    files.push({ path, named });
  };
  for (const arg of args) {
    const abs = resolve(cwd, arg);
    const st = await stat(abs).catch((e: NodeJS.ErrnoException) => e);
    if (!(st instanceof Error)) {
      if (st.isDirectory()) {
        const found: string[] = [];
        await walk(abs, ignores, found);
        if (found.length === 0) errors.push(t(`${arg}: 目录中没有可检查的 .md、.txt 或 .docx 文件`, `${arg}: no .md, .txt or .docx file in this directory`));
        for (const f of found) push(f, false);
      } else if (ignores.ignores(abs)) {
        ignored.push(arg);
      } else {
        push(abs, true);
      }
      continue;
    }
    if (st.code !== "ENOENT" && st.code !== "ENOTDIR") {
      errors.push(t(`${arg}: 无法访问（${st.code ?? "未知错误"}），请检查权限`, `${arg}: cannot access (${st.code ?? "unknown error"}); check the permissions`));
      continue;
    }
    if (!GLOB_CHARS.test(arg)) {
      errors.push(t(`${arg}: 文件或目录不存在，请检查路径`, `${arg}: no such file or directory; check the path`));
      continue;
    }
    // Loaded for a glob only: a run on named files and folders does not start it (~2 ms).
    const { glob } = await import("tinyglobby");
    const matched = (await glob(arg.split(sep).join("/"), { cwd, absolute: true, onlyFiles: true, dot: false, ignore: ["**/node_modules/**"], expandDirectories: false }))
      .map((p) => resolve(p))
      .filter((p) => EXTENSIONS.test(p))
      .sort();
    const kept = matched.filter((p) => !ignores.ignores(p));
    if (matched.length === 0) errors.push(t(`${arg}: 没有匹配的 .md、.txt 或 .docx 文件`, `${arg}: matches no .md, .txt or .docx file`));
    else if (kept.length === 0) errors.push(t(`${arg}: 匹配的文件都被忽略规则排除了`, `${arg}: every matching file is ignored`));
    for (const f of kept) push(f, false);
  }
  return { files, errors, ignored };
}
