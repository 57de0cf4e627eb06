// A Word package (.docx): a zip of XML parts. Read with fflate (small, no dependencies, runs in
// the browser as in Node); the parts are kept as the bytes Word wrote, and a copy is written with
// only the parts that changed replaced and new ones added, in the original order.
import { strFromU8, strToU8, unzipSync, zipSync, type Zippable } from "fflate";
import { checkZipSizes, crc32, DocxError, zipChecksums } from "./guard.js";
import { childrenNamed, parseXml } from "./xml.js";

export class DocxPackage {
  private constructor(
    /** Every part, by its name in the zip, in the zip's order. */
    readonly parts: Map<string, Uint8Array>,
  ) {}

  /**
   * Open a .docx. Throws DocxError for what is not one (not a zip, a zip bomb, no main document).
   * `xmlOnly` leaves pictures and other binary parts compressed (for reading the text only).
   */
  static open(bytes: Uint8Array, options: { xmlOnly?: boolean } = {}): DocxPackage {
    if (!(bytes[0] === 0x50 && bytes[1] === 0x4b)) {
      if (bytes[0] === 0xd0 && bytes[1] === 0xcf) throw new DocxError("这是旧版 .doc 或加密的 Word 文件，无法读取；请在 Word 中另存为未加密的 .docx");
      throw new DocxError("不是有效的 .docx 文件（不是 zip 压缩包）；请在 Word 中另存为 .docx");
    }
    checkZipSizes(bytes);
    let files: Record<string, Uint8Array>;
    try {
      files = options.xmlOnly === true ? unzipSync(bytes, { filter: (f) => /\.(xml|rels)$/iu.test(f.name) }) : unzipSync(bytes);
    } catch (e) {
      throw new DocxError(`无法读取 .docx 文件（${(e instanceof Error ? e.message : String(e)).slice(0, 80)}）；请在 Word 中重新另存为 .docx`);
    }
    // fflate inflates an entry into the size the zip declares: a forged, smaller size truncates it.
    // The checksums catch that (and any other damage) before a truncated part is read or written back.
    const sums = zipChecksums(bytes);
    for (const [name, content] of Object.entries(files)) {
      const want = sums.get(name);
      if (want !== undefined && crc32(content) !== want) throw new DocxError(`无法读取 .docx 文件（部件 ${name} 已损坏：校验和不符）；请在 Word 中重新另存为 .docx`);
    }
    const pkg = new DocxPackage(new Map(Object.entries(files)));
    if (!pkg.parts.has(pkg.mainDocumentPath())) throw new DocxError("无法读取 .docx 文件（缺少正文 word/document.xml）；请在 Word 中重新另存为 .docx");
    return pkg;
  }

  /** A part as text (Word writes its XML parts in UTF-8), or null when there is none. */
  text(name: string): string | null {
    const bytes = this.parts.get(name);
    if (bytes === undefined) return null;
    const s = strFromU8(bytes);
    return s.charCodeAt(0) === 0xfeff ? s.slice(1) : s;
  }

  /** Replace or add a part. */
  set(name: string, content: string | Uint8Array): void {
    this.parts.set(name, typeof content === "string" ? strToU8(content) : content);
  }

  /** The main document part's name, from the package relationships (word/document.xml as Word names it). */
  mainDocumentPath(): string {
    const rels = this.text("_rels/.rels");
    if (rels !== null) {
      try {
        for (const r of childrenNamed(parseXml(rels), "Relationship")) {
          if (/\/officeDocument$/u.test(r.attributes["Type"] ?? "")) return (r.attributes["Target"] ?? "word/document.xml").replace(/^\//u, "");
        }
      } catch {
        // A broken .rels: Word's own name is tried.
      }
    }
    return "word/document.xml";
  }

  /** The package as zip bytes: every part, in order (new parts last), deflated. */
  bytes(): Uint8Array {
    const files: Zippable = {};
    for (const [name, content] of this.parts) files[name] = [content, { level: 6 }];
    return zipSync(files);
  }
}
