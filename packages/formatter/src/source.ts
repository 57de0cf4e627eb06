// One input's text: decoded, or extracted from a .docx, from bytes however they were read (a
// file by read-input.ts, a page's dropped file). What goes wrong comes back as data
// (SourceError.problem) for the front door to word in its user's language (source-message.ts).
// No Node built-in: the browser build uses this module as it is.
import { decode, extractDocx, DecodeError, DocxError, type Decoded, type DocxStoryText } from "@report-lint/core";

/** A report as read: its text, and how to write the text back (null for a .docx). */
export interface SourceFile {
  path: string;
  text: string;
  /** Encoding, BOM and line ends of a text file; null for a .docx (its text is extracted). */
  decoded: Decoded | null;
  docx: boolean;
  bytes: Uint8Array;
  /** A .docx's other stories (headers, footers, footnotes, endnotes), each checked as a text of its own. */
  stories?: DocxStoryText[];
}

/**
 * The largest input checked: 2 MB of text (about 700,000 Chinese characters in UTF-8, some 40
 * times the longest real annual report). A larger file is refused before it is read rather than
 * left to run for minutes.
 */
export const MAX_INPUT_BYTES = 2 * 1024 * 1024;

/**
 * The largest .docx read: a document with pictures may be large, but its text is limited by
 * MAX_INPUT_BYTES once extracted; this bounds the unzipping.
 */
export const MAX_DOCX_BYTES = 64 * 1024 * 1024;

/** Why an input could not be read, as data. */
export type SourceProblem =
  /** More than the limit: `size` bytes of the file (or of the text extracted from a .docx); unknown (0) for a stream stopped at the limit. */
  | { reason: "too-large"; size: number; limit: number }
  | { reason: "directory" }
  /** A device, FIFO or socket: reading one may never end. */
  | { reason: "not-a-file" }
  /** A .docx that cannot be read; `message` is the reader's own Chinese explanation, when it has one. */
  | { reason: "docx"; message?: string }
  /** Binary or undecodable text; `message` is the decoder's Chinese explanation, when it has one. */
  | { reason: "decode"; message?: string }
  /** The file system refused (ENOENT, EACCES …). */
  | { reason: "io"; code: string | undefined }
  /** A format report-lint does not read (Word 97-2003, old WPS, PDF, OpenDocument, RTF): the clerk saves it as .docx. */
  | { reason: "old-format"; format: OldFormat };

/** The document formats a clerk may have that report-lint does not read. */
export type OldFormat = "doc" | "wps" | "pdf" | "odt" | "rtf";

/** File names of those formats: found in folders too, so that each is named rather than skipped in silence. */
export const OLD_FORMAT_EXTENSIONS = /\.(doc|wps|pdf|odt|rtf)$/iu;

const OLE2 = [0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1];

function startsWith(bytes: Uint8Array, prefix: readonly number[] | string): boolean {
  const want = typeof prefix === "string" ? [...prefix].map((c) => c.charCodeAt(0)) : prefix;
  return bytes.length >= want.length && want.every((b, i) => bytes[i] === b);
}

/**
 * The old format `bytes` are in, by their first bytes (whatever the file is called: a .doc renamed
 * .txt or .docx is still a .doc), else by the name for a file too short to tell; null for text and
 * .docx. An OLE2 compound file is Word 97-2003 — or the old WPS format when named .wps (both are
 * OLE2). An encrypted .docx is an OLE2 file too, and so reads as Word 97-2003 named .docx.
 */
export function oldFormatOf(path: string, bytes: Uint8Array): OldFormat | null {
  const ext = OLD_FORMAT_EXTENSIONS.exec(path)?.[1]?.toLowerCase() as OldFormat | undefined;
  if (startsWith(bytes, OLE2)) return ext === "wps" ? "wps" : isDocx(path) ? null : "doc";
  if (startsWith(bytes, "%PDF-")) return "pdf";
  if (startsWith(bytes, "{\\rtf")) return "rtf";
  // OpenDocument: a zip whose first entry is the uncompressed “mimetype”.
  if (startsWith(bytes, "PK\u0003\u0004") && new TextDecoder("latin1").decode(bytes.subarray(30, 90)).startsWith("mimetypeapplication/vnd.oasis.opendocument")) return "odt";
  return ext ?? null;
}

/** An input that could not be read; `problem` says why. */
export class SourceError extends Error {
  constructor(
    readonly path: string,
    readonly problem: SourceProblem,
  ) {
    super(`${path}: ${problem.reason}`);
    this.name = "SourceError";
  }
}

export function isDocx(path: string): boolean {
  return /\.docx$/iu.test(path);
}

/** The most bytes read of an input named `path`: a document (.docx, or an old format, refused by its first bytes) may hold pictures. */
export function inputLimit(path: string): number {
  return isDocx(path) || OLD_FORMAT_EXTENSIONS.test(path) ? MAX_DOCX_BYTES : MAX_INPUT_BYTES;
}

/** The text of bytes read from `path`: decoded, or extracted from a .docx. Throws SourceError. */
export async function decodeSource(path: string, bytes: Uint8Array): Promise<SourceFile> {
  const old = oldFormatOf(path, bytes);
  if (old !== null) throw new SourceError(path, { reason: "old-format", format: old });
  if (isDocx(path)) {
    let text: string;
    let stories: DocxStoryText[];
    try {
      ({ text, stories } = await extractDocx(bytes));
    } catch (e) {
      throw new SourceError(path, e instanceof DocxError ? { reason: "docx", message: e.message } : { reason: "docx" });
    }
    const size = utf8Length(text);
    if (size > MAX_INPUT_BYTES) throw new SourceError(path, { reason: "too-large", size, limit: MAX_INPUT_BYTES });
    return { path, text, decoded: null, docx: true, bytes, stories };
  }
  if (bytes.length > MAX_INPUT_BYTES) throw new SourceError(path, { reason: "too-large", size: bytes.length, limit: MAX_INPUT_BYTES });
  try {
    const decoded = decode(bytes);
    return { path, text: decoded.text, decoded, docx: false, bytes };
  } catch (e) {
    throw new SourceError(path, e instanceof DecodeError ? { reason: "decode", message: e.message } : { reason: "decode" });
  }
}

/** The length of `text` in UTF-8 bytes, without encoding it. */
export function utf8Length(text: string): number {
  let n = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (c < 0x80) n += 1;
    else if (c < 0x800) n += 2;
    else if (c >= 0xd800 && c < 0xdc00 && i + 1 < text.length && (text.charCodeAt(i + 1) & 0xfc00) === 0xdc00) {
      n += 4;
      i++;
    } else n += 3;
  }
  return n;
}
