import { zipOf } from "../../../test-support/zip.js";
import { describe, expect, it } from "vitest";
import { checkZipSizes, DocxError, extractDocxText, MAX_DOCX_UNCOMPRESSED_BYTES } from "../src/index.js";


const BOMB = "Word 文件解压后过大或压缩比异常（解压后超过 200 MB），疑似压缩炸弹，拒绝处理；请在 Word 中重新另存为 .docx";

describe("extractDocxText refuses a zip bomb without inflating it", () => {
  it("a 200 KB .docx whose word/document.xml inflates to 210 MB", async () => {
    const bomb = zipOf("word/document.xml", Buffer.alloc(210 * 1024 * 1024, 0x20));
    expect(bomb.length).toBeLessThan(400 * 1024);
    const heapBefore = process.memoryUsage().arrayBuffers;
    await expect(extractDocxText(bomb)).rejects.toThrow(new DocxError(BOMB));
    // Refused from the central directory alone: nothing near 210 MB was allocated.
    expect(process.memoryUsage().arrayBuffers - heapBefore).toBeLessThan(50 * 1024 * 1024);
  });

  it("an entry with an impossible compression ratio, even under the total limit", () => {
    const ratio = zipOf("word/document.xml", Buffer.alloc(3 * 1024 * 1024, 0x20), 150 * 1024 * 1024);
    expect(() => checkZipSizes(ratio)).toThrow("压缩比超过 1000:1");
  });

  it("sizes stored as ZIP64 markers", () => {
    const zip64 = zipOf("word/document.xml", Buffer.from("<x/>"), 0xffffffff);
    expect(() => checkZipSizes(zip64)).toThrow("（ZIP64）");
  });

  it("lets an ordinary zip through (then mammoth decides), and a zip without a central directory too", async () => {
    const small = zipOf("word/document.xml", Buffer.from("<w:document/>"));
    expect(() => checkZipSizes(small)).not.toThrow();
    expect(() => checkZipSizes(Buffer.from("PK\x03\x04 truncated"))).not.toThrow();
    expect(MAX_DOCX_UNCOMPRESSED_BYTES).toBe(200 * 1024 * 1024);
    // No [Content_Types].xml / relationships: mammoth refuses it with the usual message.
    await expect(extractDocxText(small)).rejects.toThrow(/^无法读取 \.docx 文件（.*）；请在 Word 中重新另存为 \.docx$/u);
  });
});
