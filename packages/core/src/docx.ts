
/** Thrown for a .docx that cannot be read. */
export class DocxError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "DocxError";
  }
}

const MAX_DOCX_BYTES = 50 * 1024 * 1024;

/**
 * Extract the text of a .docx, one paragraph per line with a blank line
 * between paragraphs, so findings can name the paragraph.
 */
export async function extractDocxText(bytes: Uint8Array): Promise<string> {
  if (bytes.length > MAX_DOCX_BYTES) throw new DocxError("Word 文件超过 50 MB，拒绝处理");
  if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
    if (bytes[0] === 0xd0 && bytes[1] === 0xcf) {
      throw new DocxError("这是旧版 .doc 或加密的 Word 文件，无法读取；请在 Word 中另存为未加密的 .docx");
    }
    throw new DocxError("不是有效的 .docx 文件（不是 zip 压缩包）；请在 Word 中另存为 .docx");
  }
  checkZipSizes(bytes);
  try {
    // Loaded only when a .docx is read: most runs lint text and need none of its ~145 modules.
    const { default: mammoth } = await import("mammoth");
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return result.value.replace(/\n{3,}/gu, "\n\n").replace(/^\n+|\n+$/gu, "") + "\n";
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new DocxError(`无法读取 .docx 文件（${why.slice(0, 80)}）；请在 Word 中重新另存为 .docx`);
  }
}

/** The most a .docx may inflate to, all parts together (a real report's document.xml is a few MB). */
export const MAX_DOCX_UNCOMPRESSED_BYTES = 200 * 1024 * 1024;
/** Compression ratio no real Word part reaches (XML compresses some 10–20 times). */
const MAX_DOCX_RATIO = 1000;

/**
 * Guard against zip bombs before anything is inflated: read the zip's central
 * directory and refuse the file when the declared uncompressed sizes add up to
 * more than MAX_DOCX_UNCOMPRESSED_BYTES, when one entry claims a ratio over
 * MAX_DOCX_RATIO, or when a size is stored in the ZIP64 extra field (no Word
 * file needs ZIP64). A zip whose central directory cannot be found is left to
 * mammoth, which reports it as unreadable.
 */
export function checkZipSizes(bytes: Uint8Array): void {
  const view = new DataView(bytes.buffer, bytes.byteOffset, bytes.byteLength);
  // End of central directory record: signature 0x06054b50, within the last 22 + 65535 bytes.
  let eocd = -1;
  for (let i = bytes.length - 22; i >= Math.max(0, bytes.length - 22 - 0xffff); i--) {
    if (view.getUint32(i, true) === 0x06054b50) {
      eocd = i;
      break;
    }
  }
  if (eocd < 0) return;
  const entries = view.getUint16(eocd + 10, true);
  let p = view.getUint32(eocd + 16, true);
  const refuse = (why: string): never => {
    throw new DocxError(`Word 文件解压后过大或压缩比异常（${why}），疑似压缩炸弹，拒绝处理；请在 Word 中重新另存为 .docx`);
  };
  if (entries === 0xffff || p === 0xffffffff) refuse("ZIP64");
  let total = 0;
  for (let n = 0; n < entries; n++) {
    if (p + 46 > bytes.length || view.getUint32(p, true) !== 0x02014b50) return;
    const compressed = view.getUint32(p + 20, true);
    const size = view.getUint32(p + 24, true);
    const nameLength = view.getUint16(p + 28, true);
    const extraLength = view.getUint16(p + 30, true);
    const commentLength = view.getUint16(p + 32, true);
    if (size === 0xffffffff || compressed === 0xffffffff) refuse("ZIP64");
    total += size;
    if (total > MAX_DOCX_UNCOMPRESSED_BYTES) refuse(`解压后超过 ${MAX_DOCX_UNCOMPRESSED_BYTES / 1024 / 1024} MB`);
    if (size > 1024 * 1024 && size > compressed * MAX_DOCX_RATIO) refuse(`压缩比超过 ${MAX_DOCX_RATIO}:1`);
    p += 46 + nameLength + extraLength + commentLength;
  }
}

/** Paragraph number (1-based, counting non-empty paragraphs) of an offset in text from extractDocxText. */
export function docxParagraphAt(text: string, offset: number): number {
  let n = 0;
  let inPara = false;
  for (let i = 0; i < Math.min(offset + 1, text.length); i++) {
    const ch = text[i];
    if (ch === "\n") inPara = false;
    else if (!inPara) {
      inPara = true;
      n++;
    }
  }
  return Math.max(1, n);
}
