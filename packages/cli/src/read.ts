import { BoundedReadError, readBounded, readStreamBounded } from "@report-lint/formatter";
import { decode, extractDocxText, DecodeError, DocxError, type Decoded } from "@report-lint/core";
import { t } from "./i18n.js";

export interface SourceFile {
  path: string;
  text: string;
  decoded: Decoded | null;
  docx: boolean;
  bytes: Uint8Array;
}

/** An input problem to report as one line with exit code 2 (never a stack trace). */
export class InputError extends Error {
  constructor(
    readonly path: string,
    message: string,
  ) {
    super(message);
    this.name = "InputError";
  }
}

/**
 * The largest input report-lint checks: 2 MB of text (about 700,000 Chinese
 * characters in UTF-8, some 40 times the longest real annual report). The
 * engine needs about 11 s per MB of ordinary text and some 30 s per MB on a
 * single unbroken line, so a larger file is refused at once, before it is
 * read, rather than left to run for minutes.
 */
export const MAX_INPUT_BYTES = 2 * 1024 * 1024;

function mb(n: number): string {
  return (n / 1024 / 1024).toFixed(1);
}

/** The one-line refusal for an input over MAX_INPUT_BYTES (of bytes read, or of text extracted from a .docx). */
export function tooLarge(size: number): string {
  return t(
    `文件过大（${mb(size)} MB），超过 ${mb(MAX_INPUT_BYTES)} MB 的检查上限，未检查；请拆分为较小的文件后再检查`,
    `file too large (${mb(size)} MB): over the ${mb(MAX_INPUT_BYTES)} MB limit, not checked; split it into smaller files`,
  );
}

export function isDocx(path: string): boolean {
  return /\.docx$/iu.test(path);
}

/** One line for a failed read: what happened and what to do. */
export function readFailure(e: unknown): string {
  const code = (e as NodeJS.ErrnoException).code;
  switch (code) {
    case "ENOENT":
      return t("文件不存在，请检查路径", "file not found; check the path");
    case "EACCES":
    case "EPERM":
      return t("没有读取权限，请检查文件权限", "permission denied; check the file's permissions");
    case "EISDIR":
      return t("这是目录，不是文件", "is a directory, not a file");
    default:
      return t(`无法读取（${code ?? "未知错误"}），请检查文件`, `cannot read (${code ?? "unknown error"}); check the file`);
  }
}

/** Decode bytes that were read from `path` (text or .docx). */
export async function decodeSource(path: string, bytes: Uint8Array): Promise<SourceFile> {
  if (isDocx(path)) {
    let text: string;
    try {
      text = await extractDocxText(bytes);
    } catch (e) {
      if (e instanceof DocxError) throw new InputError(path, e.message);
      throw new InputError(path, t("无法读取 .docx 文件，请在 Word 中重新另存为 .docx", "cannot read the .docx file; save it again as .docx in Word"));
    }
    const size = Buffer.byteLength(text, "utf8");
    if (size > MAX_INPUT_BYTES) throw new InputError(path, tooLarge(size));
    return { path, text, decoded: null, docx: true, bytes };
  }
  if (bytes.length > MAX_INPUT_BYTES) throw new InputError(path, tooLarge(bytes.length));
  try {
    const decoded = decode(bytes);
    return { path, text: decoded.text, decoded, docx: false, bytes };
  } catch (e) {
    if (e instanceof DecodeError) throw new InputError(path, e.message);
    throw new InputError(path, t("无法解码，请另存为 UTF-8 后再检查", "cannot decode; save it as UTF-8 and try again"));
  }
}

export async function readSource(path: string): Promise<SourceFile> {
  return decodeSource(path, await readInput(path));
}

/**
 * The largest .docx read: a document with pictures may be large, but its text is limited by
 * MAX_INPUT_BYTES once extracted; this bounds the unzipping.
 */
export const MAX_DOCX_BYTES = 64 * 1024 * 1024;

/**
 * The bytes of an input file, bounded before they are read: a regular file only (a device such as
 * /dev/zero or a FIFO is refused at once, not read forever), and no more than the limit. Every
 * failure is an InputError: one line, exit 2.
 */
export async function readInput(path: string): Promise<Uint8Array> {
  try {
    return await readBounded(path, isDocx(path) ? MAX_DOCX_BYTES : MAX_INPUT_BYTES);
  } catch (e) {
    throw inputError(path, e);
  }
}

/** Standard input, no more than MAX_INPUT_BYTES of it (`report-lint - < /dev/zero` stops there); `name` is what it is called in messages (--stdin-filename). */
export async function readStdin(stream: AsyncIterable<Buffer | string>, name = "<stdin>"): Promise<Uint8Array> {
  try {
    return await readStreamBounded(stream, MAX_INPUT_BYTES, name);
  } catch (e) {
    throw inputError(name, e, true);
  }
}

function inputError(path: string, e: unknown, stream = false): InputError {
  if (e instanceof InputError) return e;
  if (e instanceof BoundedReadError) {
    if (e.reason === "too-large" && stream) {
      // Reading stopped at the limit: how much more there was is not known.
      return new InputError(path, t(`标准输入超过 ${mb(MAX_INPUT_BYTES)} MB 的检查上限，未检查；请拆分为较小的文件后再检查`, `standard input is over the ${mb(MAX_INPUT_BYTES)} MB limit, not checked; split it into smaller files`));
    }
    if (e.reason === "too-large") return new InputError(path, tooLarge(e.size));
    if (e.reason === "directory") return new InputError(path, t("这是目录，不是文件", "is a directory, not a file"));
    return new InputError(path, t("不是普通文件（设备、管道或套接字），未检查", "not a regular file (a device, pipe or socket); not checked"));
  }
  return new InputError(path, readFailure(e));
}
