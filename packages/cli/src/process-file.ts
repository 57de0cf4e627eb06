// One file, start to end: read, decode, lint or fix, write. Runs in the main
// thread or in a worker; its input and output are plain data (structured clone).
import { lstat, realpath } from "node:fs/promises";
import { createTwoFilesPatch } from "diff";
import { encode, SegmenterDataError } from "@report-lint/core";
import {
  annotatedDocx,
  applyEdits,
  directiveProblems,
  EngineError,
  isDocx,
  Linter,
  MarkdownDepthError,
  MAX_FIX_PASSES,
  revisedDocx,
  SourceError,
  writeFileAtomic,
  type Finding,
  type FixTextResult,
  type ResolvedConfig,
  type SourceFile,
} from "@report-lint/formatter";
import { InputError, readFailure, sourceMessage } from "./read.js";
import { setLocale, t, type Locale } from "./i18n.js";

/** The engine of this thread: each job carries its configuration, so one Linter serves every job. */
const linter = new Linter();

export type Mode = "lint" | "fix" | "fix-dry-run";

export interface Job {
  index: number;
  /** Absolute path; for stdin, the --stdin-filename (resolved) or "<stdin>". */
  path: string;
  displayPath: string;
  /** Named by the user (not found by walking a directory or a glob): a symlink may be written through. */
  named: boolean;
  /** The configuration for the file (resolved by the main thread's Linter). */
  config: ResolvedConfig;
  mode: Mode;
  /** --output: where the fixed text goes instead of the file itself. */
  output?: string;
  /** --annotate: where the copy of the .docx with the findings as comments goes (and how the user named it). */
  annotate?: { path: string; shown: string };
  /** The bytes read from standard input. */
  stdin?: Uint8Array;
  /** The output format shows the text (a .docx's excerpts, the summary's titles): send it back; else only the findings go back. */
  keepText: boolean;
  locale: Locale;
}

export interface FixOutcome {
  changed: boolean;
  written: boolean;
  /** Unified diff (--fix-dry-run). */
  diff?: string;
  /** The fixed text, when it goes to standard output (stdin with --fix). */
  output?: string;
  /** Where the fixed text was written. */
  writtenTo?: string;
}

export interface FileReport {
  index: number;
  path: string;
  displayPath: string;
  docx: boolean;
  /** The text the findings' offsets refer to (the fixed text after --fix) when the job kept it ("" when not), or null when the file could not be read. */
  text: string | null;
  messages: Finding[];
  /** One line saying why the file could not be checked (exit code 2). */
  error: string | null;
  /** A .docx's other stories' texts by label (页眉, 脚注 …): the texts of the findings that name a story. */
  stories?: Record<string, string>;
  /** One-line remarks for stderr (e.g. a .docx that was not modified). */
  notes: string[];
  fix?: FixOutcome;
  /** The rules the file's configuration turns off (set by the main thread; --format junit lists them as skipped). */
  rulesOff?: string[];
}

function failed(job: Job, error: string): FileReport {
  return { index: job.index, path: job.path, displayPath: job.displayPath, docx: isDocx(job.path), text: null, messages: [], error, notes: [] };
}

function unifiedDiff(name: string, before: string, after: string): string {
  return createTwoFilesPatch(`a/${name}`, `b/${name}`, before, after, undefined, undefined, { context: 3 });
}

/** Why a write failed; `path` names the file written when it is not the input itself (--output). */
function writeFailure(path: string | null, e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  const why =
    code === "EACCES" || code === "EPERM"
      ? t("没有写入权限，请检查文件和所在目录的权限", "permission denied; check the permissions of the file and its directory")
      : code === "EREADONLY"
        ? t("文件是只读的（没有写权限位），如需修复请先去掉只读属性", "the file is read-only (no write permission bits); make it writable to fix it")
        : code === "ENOSPC"
        ? t("磁盘空间不足", "no space left on the device")
        : t(`无法写入（${code ?? "未知错误"}）`, `cannot write (${code ?? "unknown error"})`);
  return path === null ? t(`${why}，原文件未改动`, `${why}; the original file is unchanged`) : `${path}: ${why}`;
}

/** Lint or fix one file. Never throws for bad input: the problem comes back in `error`. */
export async function processFile(job: Job): Promise<FileReport> {
  setLocale(job.locale);
  try {
    const report = await run(job);
    // A worker sends the report back by structured clone: no text the output does not show.
    if (!job.keepText && report.text !== null) report.text = "";
    return report;
  } catch (e) {
    if (e instanceof InputError || e instanceof MarkdownDepthError) return failed(job, e.message);
    if (e instanceof SourceError) return failed(job, sourceMessage(e.problem));
    if (e instanceof EngineError) {
      return failed(job, t(`内部错误：${e.message}；请把这个文件报告给 report-lint 的维护者`, `internal error: ${e.message}; please report this file to report-lint's maintainers`));
    }
    // The package's own data, not the input: named, with what to do — one line (textlint's kernel, which a rule's
    // error passes through, adds the input's path on a second).
    if (e instanceof SegmenterDataError) return failed(job, e.message.split("\n")[0]!.replace(/^report-lint: /u, ""));
    const code = (e as NodeJS.ErrnoException).code;
    if (typeof code === "string") return failed(job, readFailure(e));
    return failed(job, t(`检查时出错：${e instanceof Error ? e.message : String(e)}`, `failed while checking: ${e instanceof Error ? e.message : String(e)}`));
  }
}

async function run(job: Job): Promise<FileReport> {
  const base: Omit<FileReport, "text" | "messages"> = {
    index: job.index,
    path: job.path,
    displayPath: job.displayPath,
    docx: isDocx(job.path),
    error: null,
    notes: [],
  };
  // One read, one decode: the fix below works on this text and these bytes.
  const src = await linter.readSource(job.path, job.stdin);
  const target = { filePath: job.path, config: job.config };
  // A control comment naming a rule that does not exist silences nothing: said, with the rule meant.
  if (!src.docx) for (const p of directiveProblems(src.text)) base.notes.push(`${job.displayPath}:${p.line}: ${t(p.message, p.en)}`);
  // A .docx's headers, footers and notes: each checked as a text of its own, its findings named by it.
  // (Linted where the findings are listed: the fixed copies hold the body's fixes only.)
  if (src.stories !== undefined && src.stories.length > 0) base.stories = Object.fromEntries(src.stories.map((s) => [s.label, s.text]));

  if (job.mode === "lint") {
    // The body's findings and its layout's (a .docx only), in document order; then the other stories'.
    const messages = await linter.lintSource(src, target);
    if (job.annotate !== undefined) {
      const note = await annotate(job, src, messages);
      if (note.error !== undefined) return failed(job, note.error);
      base.notes.push(note.line);
    }
    return { ...base, text: src.text, messages };
  }

  if (job.mode === "fix" && job.output === undefined && job.stdin === undefined && !src.docx) {
    let done;
    try {
      done = await linter.fixFile(job.path, { config: job.config, followSymlink: job.named, ...(src.decoded === null ? {} : { source: { bytes: src.bytes, decoded: src.decoded } }) });
    } catch (e) {
      return failed(job, writeFailure(null, e));
    }
    // Changed but not written: the file stays as it was, and so do its findings.
    if (done.skipped === "symlink" || done.skipped === "encoding") {
      const note =
        done.skipped === "symlink"
          ? t(
              `${job.displayPath}: 是目录中的符号链接，未修改；如需修复，请在命令行中直接指定该文件`,
              `${job.displayPath}: a symbolic link met while walking a directory is not written; name it on the command line to fix it`,
            )
          : t(
              `${job.displayPath}: 文件中有按其编码无法原样写回的字节（如 GBK 文件中 Windows 的欧元符号 0x80），为免改动修复以外的内容，未修改；请另存为 UTF-8 后再修复`,
              `${job.displayPath}: holds bytes its encoding cannot write back as they are (such as Windows' euro sign 0x80 in a GBK file); not written, so that nothing but the fixes changes — save it as UTF-8 and fix again`,
            );
      return { ...base, text: src.text, messages: await linter.lintText(src.text, target), notes: [note], fix: { changed: true, written: false } };
    }
    const fix: FixOutcome = { changed: done.changed, written: done.written };
    if (done.written) fix.writtenTo = done.path;
    return { ...base, text: done.output, messages: done.remaining, fix, notes: done.converged ? [] : [unconverged(job)] };
  }

  const fixed = await linter.fixText(src.text, target);
  if (!fixed.converged) base.notes.push(unconverged(job));
  const changed = fixed.output !== src.text;
  if (job.mode === "fix-dry-run") {
    const fix: FixOutcome = { changed, written: false };
    if (changed) fix.diff = unifiedDiff(job.displayPath, src.text, fixed.output);
    return { ...base, text: fixed.output, messages: fixed.remaining, fix };
  }
  if (job.output !== undefined && src.docx && isDocx(job.output)) return revised(job, base, src, fixed);
  if (job.output !== undefined) {
    // --output: the fixed text goes to the file the user named (UTF-8 for a .docx; else the input's encoding).
    const out = src.decoded === null ? Buffer.from(fixed.output, "utf8") : encode(fixed.output, src.decoded.encoding, src.decoded.bom);
    try {
      await writeOutput(job.output, out);
    } catch (e) {
      return failed(job, writeFailure(job.output, e));
    }
    return { ...base, text: fixed.output, messages: fixed.remaining, fix: { changed, written: true, writtenTo: job.output } };
  }
  if (job.stdin !== undefined) {
    return { ...base, text: fixed.output, messages: fixed.remaining, fix: { changed, written: false, output: fixed.output } };
  }
  // A .docx is never modified in place.
  const notes = changed
    ? [
        t(
          `${job.displayPath}: Word 文件不会被直接修改；有 ${fixed.applied.length} 处可自动修复，加 --output 另存为 .docx 即以修订（可逐条接受或拒绝）写入副本，如 --output 报告.修订.docx；或另存为 .txt/.md 纯文本`,
          `${job.displayPath}: a Word file is never modified in place; ${fixed.applied.length} fixes are available — add --output COPY.docx to write them as tracked changes into a copy, or --output PATH.txt/.md for the plain text`,
        ),
      ]
    : [];
  const messages = changed ? await linter.lintText(src.text, target) : fixed.remaining;
  return { ...base, text: src.text, messages: [...messages, ...(await linter.lintStories(src, target))], notes: [...base.notes, ...notes], fix: { changed, written: false } };
}

/**
 * --fix of a .docx with a .docx --output: the fixes as tracked changes (修订, author report-lint)
 * in a copy, so that the clerk accepts or rejects each in Word/WPS; accepting all gives the fixed
 * text. A fix a paragraph cannot show (one that would split a paragraph or join table cells) is
 * left out, and said so.
 */
async function revised(job: Job, base: Omit<FileReport, "text" | "messages">, source: SourceFile, fixed: FixTextResult): Promise<FileReport> {
  const input = source.text;
  const result = revisedDocx(source, fixed.edits);
  const target = { filePath: job.path, config: job.config };
  try {
    await writeOutput(job.output!, result.bytes);
  } catch (e) {
    return failed(job, writeFailure(job.output!, e));
  }
  const notes = [
    t(
      `${job.displayPath}: 已把 ${result.applied} 处修改以修订写入 ${job.output}（作者 report-lint，可在 Word/WPS 中逐条接受或拒绝）`,
      `${job.displayPath}: wrote ${result.applied} changes as tracked changes into ${job.output} (by report-lint; accept or reject each in Word/WPS)`,
    ),
  ];
  if (result.skipped.length > 0) {
    notes.push(t(`${job.displayPath}: 另有 ${result.skipped.length} 处修改无法以修订表示（会拆分段落或合并表格单元格），未写入，请手动修改`, `${job.displayPath}: ${result.skipped.length} more changes cannot be tracked changes (they would split a paragraph or join table cells) and were left out; make them by hand`));
  }
  // The findings left once the revisions are accepted: those of the text with exactly the written changes.
  const written = result.skipped.length === 0 ? fixed.output : applyEdits(input, fixed.edits.filter((e) => !result.skipped.includes(e)));
  const messages = result.skipped.length === 0 ? fixed.remaining : await linter.lintText(written, target);
  return { ...base, text: written, messages, notes: [...base.notes, ...notes], fix: { changed: result.applied > 0, written: true, writtenTo: job.output! } };
}

/** The note for a text whose fixes kept changing it (engine's fixText applied none of them). */
function unconverged(job: Job): string {
  return t(
    `${job.displayPath}: 自动修复在 ${MAX_FIX_PASSES} 轮后仍在改动文字（几处修复相互影响），为免误改，本文件未作任何修复；请手动修正列出的问题`,
    `${job.displayPath}: the fixes still changed the text after ${MAX_FIX_PASSES} passes (they interfere), so none was applied; please fix the listed problems by hand`,
  );
}

/** --annotate: a copy of the .docx with every finding as a Word comment on its text; the original is not touched. */
async function annotate(job: Job, source: SourceFile, findings: readonly Finding[]): Promise<{ line: string; error?: undefined } | { error: string }> {
  const { bytes, comments: count, outside } = annotatedDocx(source, findings);
  try {
    await writeOutput(job.annotate!.path, bytes);
  } catch (e) {
    return { error: writeFailure(job.annotate!.shown, e) };
  }
  return {
    line: t(
      `${job.displayPath}: 已写入 ${job.annotate!.shown}（${count} 条批注，作者 report-lint；原稿未改动）${outside > 0 ? `；页眉页脚中的 ${outside} 个问题 Word 无法加批注，见上方列表` : ""}`,
      `${job.displayPath}: wrote ${job.annotate!.shown} (${count} comments by report-lint; the original is unchanged)${outside > 0 ? `; ${outside} findings in headers and footers, where Word keeps no comments, are listed above only` : ""}`,
    ),
  };
}

/** Write the --output file atomically; a symlink the user named is written through to its target. */
async function writeOutput(path: string, bytes: Uint8Array): Promise<void> {
  const st = await lstat(path).catch(() => null);
  await writeFileAtomic(st?.isSymbolicLink() === true ? await realpath(path) : path, bytes);
}
