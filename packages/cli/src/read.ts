import { readFile } from "node:fs/promises";
import { decode, extractDocxText, DecodeError, DocxError, type Decoded } from "@report-lint/core";

export interface SourceFile {
  path: string;
  text: string;
  decoded: Decoded | null;
  docx: boolean;
}

/** An input problem to report as one line with exit code 2 (never a stack trace). */
export class InputError extends Error {
  constructor(readonly path: string, message: string) {
    super(message);
    this.name = "InputError";
  }
}

export async function readSource(path: string): Promise<SourceFile> {
  let bytes: Buffer;
  try {
    bytes = await readFile(path);
  } catch (e) {
    const code = (e as NodeJS.ErrnoException).code;
    const why =
      code === "ENOENT" ? "文件不存在" : code === "EACCES" ? "没有读取权限" : code === "EISDIR" ? "这是目录" : `无法读取（${code ?? "未知错误"}）`;
    throw new InputError(path, why);
  }
  if (/\.docx$/iu.test(path)) {
    try {
      return { path, text: await extractDocxText(bytes), decoded: null, docx: true };
    } catch (e) {
      if (e instanceof DocxError) throw new InputError(path, e.message);
      throw e;
    }
  }
  try {
    const decoded = decode(bytes);
    return { path, text: decoded.text, decoded, docx: false };
  } catch (e) {
    if (e instanceof DecodeError) throw new InputError(path, e.message);
    throw e;
  }
}
