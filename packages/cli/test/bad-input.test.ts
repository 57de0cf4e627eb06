import { copyFileSync, readFileSync, symlinkSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { decode, encode } from "@report-lint/core";
import { FIXTURES, hasStackTrace, parseJson, run, tmp } from "./helpers.js";
import { SOURCES } from "./fixtures/generate.mjs";

describe("fixtures", () => {
  it("were made with core's encode and decode back to their sources", () => {
    for (const [name, text] of Object.entries(SOURCES)) {
      const bytes = readFileSync(join(FIXTURES, name));
      const d = decode(bytes);
      expect(d.text).toBe(text);
      expect(Buffer.from(encode(d.text, d.encoding, d.bom))).toEqual(bytes);
    }
  });
});

describe("bad input: one clear line naming the file, exit code 2, no stack trace, every other file still linted", () => {
  const cases: Array<[string, (dir: string) => void, RegExp, string]> = [
    ["binary file", (d) => copyFileSync(join(FIXTURES, "binary.txt"), join(d, "bad.txt")), /^report-lint: bad\.txt: 文件不是文本文件（含有二进制内容），无法检查$/mu, "bad.txt"],
    ["undecodable bytes", (d) => copyFileSync(join(FIXTURES, "undecodable.txt"), join(d, "bad.txt")), /^report-lint: bad\.txt: 文件既不是 UTF-8 也不是 GB18030\/GBK 编码，无法解码；请另存为 UTF-8 后再检查$/mu, "bad.txt"],
    ["non-zip .docx", (d) => copyFileSync(join(FIXTURES, "not-a-zip.docx"), join(d, "bad.docx")), /^report-lint: bad\.docx: 不是有效的 \.docx 文件（不是 zip 压缩包）；请在 Word 中另存为 \.docx$/mu, "bad.docx"],
    ["zip without word/document.xml", (d) => writeFileSync(join(d, "bad.docx"), Buffer.from("504b0506000000000000000000000000000000000000", "hex")), /^report-lint: bad\.docx: 无法读取 \.docx 文件（.*）；请在 Word 中重新另存为 \.docx$/mu, "bad.docx"],
    ["dangling symlink (unreadable)", (d) => symlinkSync(join(d, "gone.txt"), join(d, "bad.txt")), /^report-lint: bad\.txt: 文件或目录不存在，请检查路径$/mu, "bad.txt"],
  ];
  for (const [what, make, line, name] of cases) {
    it(what, async () => {
      const dir = tmp();
      make(dir);
      copyFileSync(join(FIXTURES, "crlf.txt"), join(dir, "good.txt"));
      const r = await run([name, "good.txt", "--format", "json"], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(line);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(hasStackTrace(r.stderr)).toBe(false);
      expect(parseJson(r.stdout).map((x) => x.filePath)).toEqual([join(dir, "good.txt")]);
    });
  }

  it("an unreadable file (no permission)", async () => {
    if (process.getuid?.() === 0) return; // root reads everything: covered by the dangling symlink case
    const dir = tmp();
    writeFileSync(join(dir, "bad.txt"), "正文。\n", { mode: 0o000 });
    const r = await run(["bad.txt"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("bad.txt: 没有读取权限");
  });

  it("in a directory: the bad file is named and the rest are checked", async () => {
    const dir = tmp();
    copyFileSync(join(FIXTURES, "binary.txt"), join(dir, "a.txt"));
    copyFileSync(join(FIXTURES, "not-a-zip.docx"), join(dir, "b.docx"));
    copyFileSync(join(FIXTURES, "gb18030.txt"), join(dir, "c.txt"));
    const r = await run([".", "--format", "summary"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toContain("report-lint: a.txt: 文件不是文本文件");
    expect(r.stderr).toContain("report-lint: b.docx: 不是有效的 .docx 文件");
    expect(r.stdout).toMatch(/^a\.txt +（无法检查：/mu);
    expect(r.stdout).toMatch(/^c\.txt /mu);
  });
});

describe("documents in formats report-lint does not read: one line saying to save as .docx, exit code 2, counted", () => {
  const OLD = join(FIXTURES, "old-formats");
  const lines: Array<[string, string, RegExp]> = [
    ["report.doc", "report.doc", /^report-lint: report\.doc: 是 Word 97-2003 格式（\.doc），未检查；请在 Word\/WPS 中另存为 \.docx 后再检查$/mu],
    ["report.doc", "report.wps", /^report-lint: report\.wps: 是 WPS 文字的旧格式（\.wps），未检查；请在 WPS 中另存为 \.docx 后再检查$/mu],
    ["report.odt", "report.odt", /^report-lint: report\.odt: 是 OpenDocument 格式（\.odt），未检查；请在 WPS\/LibreOffice 中另存为 \.docx 后再检查$/mu],
    ["report.rtf", "report.rtf", /^report-lint: report\.rtf: 是 RTF 格式，未检查；请在 Word\/WPS 中另存为 \.docx 后再检查$/mu],
    ["report.pdf", "report.pdf", /^report-lint: report\.pdf: 是 PDF 文件，无法可靠地取出原文，未检查；请检查 Word\/WPS 原稿（另存为 \.docx）$/mu],
    // Named by its bytes, whatever it is called: a .doc saved as .txt is still Word 97-2003.
    ["report.doc", "renamed.txt", /^report-lint: renamed\.txt: 是 Word 97-2003 格式（\.doc），未检查/mu],
    ["report.pdf", "renamed.md", /^report-lint: renamed\.md: 是 PDF 文件/mu],
  ];
  for (const [fixture, name, line] of lines) {
    it(`${name} (LibreOffice's ${fixture})`, async () => {
      const dir = tmp();
      copyFileSync(join(OLD, fixture), join(dir, name));
      copyFileSync(join(FIXTURES, "crlf.txt"), join(dir, "good.txt"));
      const r = await run([name, "good.txt", "--format", "json"], { cwd: dir });
      expect(r.code).toBe(2);
      expect(r.stderr).toMatch(line);
      expect(r.stderr.trim().split("\n")).toHaveLength(1);
      expect(parseJson(r.stdout).map((x) => x.filePath)).toEqual([join(dir, "good.txt")]);
    });
  }

  it("in a folder: found, named and counted, not skipped in silence", async () => {
    const dir = tmp();
    copyFileSync(join(OLD, "report.doc"), join(dir, "甲镇.doc"));
    copyFileSync(join(OLD, "report.pdf"), join(dir, "乙镇.pdf"));
    copyFileSync(join(OLD, "report.odt"), join(dir, "丙镇.odt"));
    copyFileSync(join(FIXTURES, "crlf.txt"), join(dir, "丁镇.txt"));
    copyFileSync(join(FIXTURES, "gb18030.txt"), join(dir, "戊镇.txt"));
    const r = await run([".", "--format", "summary"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stdout).toContain("共 5 份报告");
    expect(r.stdout).toMatch(/甲镇\.doc\s+（无法检查：是 Word 97-2003 格式/u);
    expect(r.stdout).toMatch(/乙镇\.pdf\s+（无法检查：是 PDF 文件/u);
    expect(r.stderr.trim().split("\n")).toHaveLength(3);
  });

  it("a .docx that is Word 97-2003 inside (or encrypted) keeps the .docx reader's own line", async () => {
    const dir = tmp();
    copyFileSync(join(OLD, "report.doc"), join(dir, "r.docx"));
    const r = await run(["r.docx"], { cwd: dir });
    expect(r.code).toBe(2);
    expect(r.stderr).toMatch(/^report-lint: r\.docx: 这是旧版 \.doc 或加密的 Word 文件，无法读取；请在 Word 中另存为未加密的 \.docx$/mu);
  });
});
