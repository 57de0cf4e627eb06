import { decodeLegacy, encodeLegacy } from "./platform.js";

export type Encoding = "utf-8" | "utf-16le" | "utf-16be" | "gb18030";

export interface Decoded {
  text: string;
  encoding: Encoding;
  /** Whether the input started with a byte order mark. */
  bom: boolean;
}

/** Thrown for input that is not text in a supported encoding. */
export class DecodeError extends Error {
  constructor(
    message: string,
    readonly code: "binary" | "undecodable",
  ) {
    super(message);
    this.name = "DecodeError";
  }
}

// ignoreBOM: the file's own mark is taken off before decoding; a second one is text, kept so that the text encodes back
// to the same bytes (a file with two marks lost one on --fix).
const utf8 = new TextDecoder("utf-8", { fatal: true, ignoreBOM: true });
const utf8Encoder = new TextEncoder();

/**
 * Decode a text file's bytes: UTF-8 (with or without BOM), UTF-16 LE/BE with
 * BOM, else GB18030 (a superset of GBK/GB2312). Binary input is refused, and so are UTF-32
 * (by its BOM) and UTF-16 with an odd number of bytes (its last character cut).
 */
export function decode(bytes: Uint8Array): Decoded {
  if (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) {
    return { text: decodeUtf8(bytes.subarray(3)), encoding: "utf-8", bom: true };
  }
  // UTF-32's marks (FF FE 00 00 / 00 00 FE FF) before UTF-16's, which the little-endian one starts with.
  if ((bytes[0] === 0xff && bytes[1] === 0xfe && bytes[2] === 0 && bytes[3] === 0) || (bytes[0] === 0 && bytes[1] === 0 && bytes[2] === 0xfe && bytes[3] === 0xff)) {
    throw new DecodeError("文件是 UTF-32 编码，不支持；请另存为 UTF-8 后再检查", "undecodable");
  }
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) {
    // Two bytes a unit: an odd count means the last character is cut (a damaged or truncated file), and would be lost on --fix.
    if (bytes.length % 2 !== 0) throw new DecodeError("UTF-16 文件的字节数为奇数，末尾不完整，可能已损坏；请另存为 UTF-8 后再检查", "undecodable");
    const le = bytes[0] === 0xff;
    return { text: decodeLegacy(bytes.subarray(2), le ? "utf-16le" : "utf-16be"), encoding: le ? "utf-16le" : "utf-16be", bom: true };
  }
  if (looksBinary(bytes)) {
    throw new DecodeError("文件不是文本文件（含有二进制内容），无法检查", "binary");
  }
  try {
    return { text: utf8.decode(bytes), encoding: "utf-8", bom: false };
  } catch {
    // not UTF-8: try GB18030 below
  }
  const text = decodeLegacy(bytes, "gb18030");
  const bad = countChar(text, "\uFFFD");
  if (bad > 0) {
    throw new DecodeError("文件既不是 UTF-8 也不是 GB18030/GBK 编码，无法解码；请另存为 UTF-8 后再检查", "undecodable");
  }
  if (looksBig5(bytes, text)) {
    throw new DecodeError("文件看来是 Big5（繁体中文）编码，不支持；请另存为 UTF-8 后再检查", "undecodable");
  }
  return { text, encoding: "gb18030", bom: false };
}

/** Encode text back into the encoding (and BOM) it was read from. */
export function encode(text: string, encoding: Encoding, bom: boolean): Uint8Array {
  const body = encoding === "utf-8" ? utf8Encoder.encode(text) : encodeLegacy(text, encoding);
  if (!bom) return body;
  const mark = encoding === "utf-8" ? [0xef, 0xbb, 0xbf] : encoding === "utf-16le" ? [0xff, 0xfe] : encoding === "utf-16be" ? [0xfe, 0xff] : [];
  const out = new Uint8Array(mark.length + body.length);
  out.set(mark);
  out.set(body, mark.length);
  return out;
}

function decodeUtf8(bytes: Uint8Array): string {
  try {
    return utf8.decode(bytes);
  } catch {
    throw new DecodeError("文件以 UTF-8 BOM 开头，但内容不是有效的 UTF-8；请检查文件是否损坏", "undecodable");
  }
}

/** NUL bytes (outside UTF-16, which is only accepted with a BOM) mean binary. */
function looksBinary(bytes: Uint8Array): boolean {
  const n = Math.min(bytes.length, 8192);
  for (let i = 0; i < n; i++) if (bytes[i] === 0) return true;
  return false;
}

function countChar(s: string, ch: string): number {
  let n = 0;
  for (let i = s.indexOf(ch); i !== -1; i = s.indexOf(ch, i + 1)) n++;
  return n;
}

/**
 * Characters a Chinese report hardly ever holds but Big5 bytes read as GB18030 are full of: kana,
 * bopomofo, box drawing, vertical presentation forms (本鎮堅持 in Big5 reads as セ马绊策キ…).
 */
const MISREAD = /[\u3040-\u30ff\u3100-\u312f\u2500-\u257f\ufe30-\ufe4f]/gu;

function misreadShare(text: string): { odd: number; share: number } {
  const odd = text.match(MISREAD)?.length ?? 0;
  let wide = 0;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) > 0x7f) wide++;
  return { odd, share: wide === 0 ? 0 : odd / wide };
}

/**
 * Is this GB18030-decodable text in fact Big5 (traditional Chinese)? Both decode most byte pairs
 * without error, so the test is what the text reads as: several misread characters (over 3 % of
 * the non-ASCII ones) read as GB18030, and next to none read as Big5.
 */
function looksBig5(bytes: Uint8Array, gb: string): boolean {
  const asGb = misreadShare(gb);
  if (asGb.odd < 3 || asGb.share <= 0.03) return false;
  const big5 = decodeLegacy(bytes, "big5");
  return countChar(big5, "\uFFFD") === 0 && misreadShare(big5).share < 0.005;
}
