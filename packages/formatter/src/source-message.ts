// The words for an input that could not be read: the Linter says why as data (SourceError.problem);
// here it becomes one line, in the front door's language — the CLI's (Chinese or English) or the
// page's (Chinese). `words(zh, en)` picks one of the two.
import { MAX_INPUT_BYTES, type OldFormat, type SourceProblem } from "./source.js";

/** Picks the Chinese or the English wording of a message. */
export type Words = (zh: string, en: string) => string;

export function mb(n: number): string {
  return (n / 1024 / 1024).toFixed(1);
}

/** The one-line refusal for an input over its limit (MAX_INPUT_BYTES of text — bytes read or text extracted from a .docx — or MAX_DOCX_BYTES of a .docx). */
export function tooLarge(size: number, t: Words, limit = MAX_INPUT_BYTES): string {
  return t(
    `文件过大（${mb(size)} MB），超过 ${mb(limit)} MB 的检查上限，未检查；请拆分为较小的文件后再检查`,
    `file too large (${mb(size)} MB): over the ${mb(limit)} MB limit, not checked; split it into smaller files`,
  );
}

/** One line for a failed read (its error code): what happened and what to do. */
export function ioFailure(code: string | undefined, t: Words): string {
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

/** What to tell the user about an input the Linter could not read. */
export function sourceMessage(problem: SourceProblem, t: Words): string {
  switch (problem.reason) {
    case "too-large":
      return tooLarge(problem.size, t, problem.limit);
    case "directory":
      return t("这是目录，不是文件", "is a directory, not a file");
    case "not-a-file":
      return t("不是普通文件（设备、管道或套接字），未检查", "not a regular file (a device, pipe or socket); not checked");
    case "docx":
      return problem.message ?? t("无法读取 .docx 文件，请在 Word 中重新另存为 .docx", "cannot read the .docx file; save it again as .docx in Word");
    case "decode":
      return problem.message ?? t("无法解码，请另存为 UTF-8 后再检查", "cannot decode; save it as UTF-8 and try again");
    case "io":
      return ioFailure(problem.code, t);
    case "old-format":
      return oldFormatMessage(problem.format, t);
  }
}

/** What to do with a document in a format report-lint does not read. */
function oldFormatMessage(format: OldFormat, t: Words): string {
  switch (format) {
    case "doc":
      return t("是 Word 97-2003 格式（.doc），未检查；请在 Word/WPS 中另存为 .docx 后再检查", "is in the Word 97-2003 format (.doc), not checked; save it as .docx in Word or WPS and check that");
    case "wps":
      return t("是 WPS 文字的旧格式（.wps），未检查；请在 WPS 中另存为 .docx 后再检查", "is in the old WPS Writer format (.wps), not checked; save it as .docx in WPS and check that");
    case "odt":
      return t("是 OpenDocument 格式（.odt），未检查；请在 WPS/LibreOffice 中另存为 .docx 后再检查", "is an OpenDocument text (.odt), not checked; save it as .docx and check that");
    case "rtf":
      return t("是 RTF 格式，未检查；请在 Word/WPS 中另存为 .docx 后再检查", "is an RTF document, not checked; save it as .docx in Word or WPS and check that");
    case "pdf":
      return t("是 PDF 文件，无法可靠地取出原文，未检查；请检查 Word/WPS 原稿（另存为 .docx）", "is a PDF, whose text cannot be taken out reliably, not checked; check the Word/WPS original (saved as .docx)");
  }
}

