import { readFileSync } from "node:fs";
import iconv from "iconv-lite";
import { describe, expect, it } from "vitest";
import { decode, encode, DecodeError, extractDocxText, DocxError } from "../src/index.js";

const seed = readFileSync(new URL("../../../../shared/corpus/seeds/002_039dd9a13e162d04.txt", import.meta.url), "utf8");

describe("decode", () => {
  it("refuses UTF-32 by its byte order mark, both ways round", () => {
    const text = [..."法治政府\n"].map((c) => c.codePointAt(0)!);
    const utf32le = Buffer.alloc(4 + 4 * text.length);
    const utf32be = Buffer.alloc(4 + 4 * text.length);
    utf32le.set([0xff, 0xfe, 0, 0]);
    utf32be.set([0, 0, 0xfe, 0xff]);
    text.forEach((cp, i) => {
      utf32le.writeUInt32LE(cp, 4 + 4 * i);
      utf32be.writeUInt32BE(cp, 4 + 4 * i);
    });
    for (const bytes of [utf32le, utf32be]) expect(() => decode(bytes)).toThrow(/^文件是 UTF-32 编码，不支持；请另存为 UTF-8 后再检查$/u);
  });

  it("refuses Big5 (traditional Chinese) instead of reading it as GB18030 garbage, and keeps reading GBK", () => {
    const traditional = "本鎮堅持以習近平新時代中國特色社會主義思想為指導，深入學習貫徹習近平法治思想，全面推進依法行政，加強法治政府建設，取得了明顯成效。\n";
    expect(() => decode(iconv.encode(traditional, "big5"))).toThrow(/^文件看来是 Big5（繁体中文）编码，不支持；请另存为 UTF-8 后再检查$/u);
    const simplified = "我镇坚持以习近平新时代中国特色社会主义思想为指导，深入学习贯彻习近平法治思想，全面推进依法行政。\n";
    expect(decode(iconv.encode(simplified, "gbk"))).toEqual({ text: simplified, encoding: "gb18030", bom: false });
    expect(decode(iconv.encode(seed, "gb18030")).text).toBe(seed);
  });

  it("refuses UTF-16 whose last character is cut (an odd number of bytes)", () => {
    const whole = Buffer.concat([Buffer.from([0xff, 0xfe]), Buffer.from("法治政府", "utf16le")]);
    expect(decode(whole).text).toBe("法治政府");
    expect(() => decode(whole.subarray(0, whole.length - 1))).toThrow(/UTF-16 文件的字节数为奇数，末尾不完整/u);
    const be = Buffer.from(whole.subarray(2)).swap16();
    expect(() => decode(Buffer.concat([Buffer.from([0xfe, 0xff]), be, Buffer.from([0x6c])]))).toThrow(/字节数为奇数/u);
  });

  it("reads UTF-8 without BOM", () => {
    expect(decode(Buffer.from(seed, "utf8"))).toEqual({ text: seed, encoding: "utf-8", bom: false });
  });
  it("round-trips every supported encoding and BOM byte for byte", () => {
    for (const [encoding, bom] of [
      ["utf-8", true],
      ["utf-8", false],
      ["gb18030", false],
      ["utf-16le", true],
      ["utf-16be", true],
    ] as const) {
      // U+FFFD cannot be written in GB18030 without loss of meaning; the seed holds one.
      const text = encoding === "gb18030" ? seed.replace(/\ufffd/gu, "") : seed;
      const bytes = encode(text, encoding, bom);
      const d = decode(bytes);
      expect(d, `${encoding} bom=${bom}`).toEqual({ text, encoding, bom });
      expect(Buffer.compare(Buffer.from(encode(d.text, d.encoding, d.bom)), Buffer.from(bytes))).toBe(0);
    }
  });
  it("keeps a second byte order mark as text, so the file encodes back as it was (one was lost on --fix)", () => {
    for (const [encoding, mark] of [
      ["utf-8", [0xef, 0xbb, 0xbf]],
      ["utf-16le", [0xff, 0xfe]],
      ["utf-16be", [0xfe, 0xff]],
    ] as const) {
      const body = encode("\ufeff一、总体情况", encoding, false);
      const bytes = Uint8Array.from([...mark, ...body]);
      const d = decode(bytes);
      expect(d, encoding).toEqual({ text: "\ufeff一、总体情况", encoding, bom: true });
      expect(Buffer.compare(Buffer.from(encode(d.text, d.encoding, d.bom)), Buffer.from(bytes)), encoding).toBe(0);
    }
  });
  it("encodes back byte for byte whatever the bytes, but for two GBK sequences GB18030 writes otherwise (the writer then refuses)", () => {
    // Reports in every encoding, mutated byte by byte (a PRNG with a fixed seed): every input decode takes must
    // encode back to itself — except GBK's 0x80 (Windows' euro sign, read as €, which GB18030 writes A2 E3) and A3 A0
    // (read as U+3000, written A1 A1): formatter's fixFile refuses to write such a file.
    let state = 20261206;
    const rand = (n: number): number => {
      state = (Math.imul(state, 1103515245) + 12345) >>> 0;
      return (state >>> 8) % n;
    };
    const sources = (["utf-8", "gb18030", "utf-16le", "utf-16be"] as const).map((e) => encode(seed.slice(0, 300).replace(/\ufffd/gu, ""), e, e.startsWith("utf-16") || rand(2) === 0));
    const inexact = new Set<string>();
    let decoded = 0;
    for (let n = 0; n < 20_000; n++) {
      const src = sources[rand(sources.length)]!;
      const b = Array.from(src);
      const marked = src[0] === 0xef || src[0] === 0xff || src[0] === 0xfe;
      for (let m = 0, k = 1 + rand(3); m < k; m++) b.splice((marked ? 3 : 0) + rand(b.length - (marked ? 3 : 0)), rand(2), ...Array.from({ length: rand(3) }, () => rand(256)));
      const bytes = Uint8Array.from(b);
      let d;
      try {
        d = decode(bytes);
      } catch (e) {
        expect(e).toBeInstanceOf(DecodeError);
        continue;
      }
      decoded++;
      const again = encode(d.text, d.encoding, d.bom);
      if (Buffer.compare(Buffer.from(again), Buffer.from(bytes)) === 0) continue;
      expect(d.encoding).toBe("gb18030");
      // The bytes where the two part: what GB18030 writes otherwise.
      let i = 0;
      while (bytes[i] === again[i]) i++;
      inexact.add(Buffer.from(bytes.subarray(i, bytes[i] === 0x80 ? i + 1 : i + 2)).toString("hex"));
    }
    expect(decoded).toBeGreaterThan(5000);
    expect([...inexact].filter((x) => x !== "80" && x !== "a3a0")).toEqual([]);
    // The mutations do make the known case (so the loop above is not idle).
    expect(inexact.has("80")).toBe(true);
  });
  it("detects GBK text as GB18030", () => {
    const gbk = encode("中共金屯镇委员会 金屯镇人民政府 2023年度法治政府建设报告", "gb18030", false);
    expect(decode(gbk).encoding).toBe("gb18030");
  });
  it("refuses binary input with a Chinese message", () => {
    expect(() => decode(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]))).toThrow(DecodeError);
    expect(() => decode(Uint8Array.from([0x89, 0x50, 0x4e, 0x47, 0, 0, 0, 0x0d]))).toThrow(/不是文本文件/u);
  });
  it("refuses bytes that are neither UTF-8 nor GB18030", () => {
    expect(() => decode(Uint8Array.from([0xff, 0xff, 0xff, 0x41]))).toThrow(/无法解码/u);
  });
  it("keeps an empty file empty", () => {
    expect(decode(new Uint8Array())).toEqual({ text: "", encoding: "utf-8", bom: false });
  });
});

describe("extractDocxText", () => {
  it("refuses a file that is not a zip", async () => {
    await expect(extractDocxText(Buffer.from(seed, "utf8"))).rejects.toThrow(DocxError);
    await expect(extractDocxText(Buffer.from(seed, "utf8"))).rejects.toThrow(/不是有效的 \.docx 文件/u);
  });
  it("refuses a legacy or encrypted (OLE) Word file", async () => {
    await expect(extractDocxText(Uint8Array.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1]))).rejects.toThrow(/加密/u);
  });
  it("refuses a zip with no document part", async () => {
    // An empty zip archive: just the end-of-central-directory record.
    const emptyZip = Uint8Array.from([0x50, 0x4b, 0x05, 0x06, ...new Array(18).fill(0)]);
    await expect(extractDocxText(emptyZip)).rejects.toThrow(DocxError);
  });
});
