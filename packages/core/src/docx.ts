// Reading a .docx: its body text as the rules read it (see docx/text.ts for the conventions).
import { DocxError } from "./docx/guard.js";
import { DocxPackage } from "./docx/package.js";
import { readDocxStories, readDocxText } from "./docx/text.js";

export { DocxError, checkZipSizes, MAX_DOCX_UNCOMPRESSED_BYTES } from "./docx/guard.js";

const MAX_DOCX_BYTES = 50 * 1024 * 1024;

/**
 * Extract the text of a .docx, one paragraph per line with a blank line
 * between paragraphs, so findings can name the paragraph.
 */
export async function extractDocxText(bytes: Uint8Array): Promise<string> {
  if (bytes.length > MAX_DOCX_BYTES) throw new DocxError("Word 文件超过 50 MB，拒绝处理");
  return readDocxText(DocxPackage.open(bytes, { xmlOnly: true })).text;
}

/** A story of a .docx besides its body, as read: how it is named (页眉, 脚注 …), its part and its text. */
export interface DocxStoryText {
  label: string;
  kind: "header" | "footer" | "footnotes" | "endnotes";
  part: string;
  text: string;
}

/** The body text of a .docx and the text of each of its other stories (headers, footers, footnotes, endnotes). */
export async function extractDocx(bytes: Uint8Array): Promise<{ text: string; stories: DocxStoryText[] }> {
  if (bytes.length > MAX_DOCX_BYTES) throw new DocxError("Word 文件超过 50 MB，拒绝处理");
  const pkg = DocxPackage.open(bytes, { xmlOnly: true });
  return { text: readDocxText(pkg).text, stories: readDocxStories(pkg).map((s) => ({ label: s.label, kind: s.kind, part: s.part, text: s.text })) };
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
