import { readFile } from "node:fs/promises";
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
    try {
      return { path, text: await extractDocxText(bytes), decoded: null, docx: true, bytes };
    } catch (e) {
      if (e instanceof DocxError) throw new InputError(path, e.message);
      throw new InputError(path, t("无法读取 .docx 文件，请在 Word 中重新另存为 .docx", "cannot read the .docx file; save it again as .docx in Word"));
    }
  }
  try {
    const decoded = decode(bytes);
    return { path, text: decoded.text, decoded, docx: false, bytes };
  } catch (e) {
    if (e instanceof DecodeError) throw new InputError(path, e.message);
    throw new InputError(path, t("无法解码，请另存为 UTF-8 后再检查", "cannot decode; save it as UTF-8 and try again"));
  }
}

export async function readSource(path: string): Promise<SourceFile> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    throw new InputError(path, readFailure(e));
  }
  return decodeSource(path, bytes);
}
