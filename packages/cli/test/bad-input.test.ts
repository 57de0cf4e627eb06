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
