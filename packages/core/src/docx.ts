import mammoth from "mammoth";

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
  try {
    const result = await mammoth.extractRawText({ buffer: Buffer.from(bytes) });
    return result.value.replace(/\n{3,}/gu, "\n\n").replace(/^\n+|\n+$/gu, "") + "\n";
  } catch (e) {
    const why = e instanceof Error ? e.message : String(e);
    throw new DocxError(`无法读取 .docx 文件（${why.slice(0, 80)}）；请在 Word 中重新另存为 .docx`);
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
