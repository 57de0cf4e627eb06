import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { asRead, buildDocx, paragraph } from "@report-lint/test-support/docx";
import { acceptedTextByLibreOffice, convert, hasLibreOffice } from "@report-lint/test-support/libreoffice";
import { extractDocxText } from "@report-lint/core";
import { run, tmp } from "./helpers.js";

/** A report whose faults --fix fixes: a doubled word across runs, half-width commas, debris, a broken paragraph, a heading's full stop. */
const BODY = [
  paragraph("关于2025年度法治政府建设", "情况的报告"),
  paragraph("一、主要举措和成效"),
  paragraph("坚持以习近平法治思", "想思想为指导,全面推进依法行政。"),
  paragraph("全年开展法治宣传活动36场次[bookmark: _GoBack]，发放宣传资料3000余份。"),
  paragraph("深入推进严格规范公正文明执法，全面夯实"),
  paragraph("普法责任机制。"),
  `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>行政复议</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>办理案件12件,</w:t></w:r><w:r><w:t>同比增长。</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`,
  paragraph("二、存在的不足和原因。"),
  paragraph("一是法治宣传教育形式较为单一。"),
].join("");

describe("--fix of a .docx with a .docx --output: the fixes as tracked changes in a copy", () => {
  it("accepting every revision gives the text --fix gives for the extracted text, in report-lint's reading and in LibreOffice's", async () => {
    const dir = tmp();
    const input = join(dir, "报告.docx");
    writeFileSync(input, buildDocx({ body: BODY }));
    const before = readFileSync(input);
    const text = await extractDocxText(before);
    writeFileSync(join(dir, "报告.txt"), text);
    // The same fixes on the extracted text, as plain text.
    const plain = await run(["报告.txt", "--fix", "--output", "修复.txt", "--format", "json"], { cwd: dir });
    expect(plain.code).not.toBe(2);
    const fixedText = readFileSync(join(dir, "修复.txt"), "utf8");
    expect(fixedText).not.toBe(text);

    const r = await run(["报告.docx", "--fix", "--output", "报告.修订.docx"], { cwd: dir });
    expect(r.code).not.toBe(2);
    expect(r.stderr).toMatch(/^report-lint: 报告\.docx: 已把 \d+ 处修改以修订写入 .*报告\.修订\.docx（作者 report-lint，可在 Word\/WPS 中逐条接受或拒绝）$/mu);
    expect(r.stderr).not.toContain("无法以修订表示");
    expect(readFileSync(input).equals(before)).toBe(true);
    const out = join(dir, "报告.修订.docx");
    // report-lint's reader reads a revised document as accepted (deletions out, insertions in, deleted marks joined).
    expect(await extractDocxText(readFileSync(out))).toBe(asRead(fixedText));
    const xml = new TextDecoder().decode(unzipSync(readFileSync(out))["word/document.xml"]!);
    expect(xml).toMatch(/<w:del w:id="\d+" w:author="report-lint" w:date="[^"]+">/u);
    expect(xml).toMatch(/<w:ins w:id="\d+" w:author="report-lint" w:date="[^"]+">/u);
    // Every other part is the original's.
    const [a, b] = [unzipSync(before), unzipSync(readFileSync(out))];
    for (const name of Object.keys(a)) if (name !== "word/document.xml") expect(Buffer.from(b[name]!).equals(Buffer.from(a[name]!)), name).toBe(true);

    if (!hasLibreOffice()) return;
    expect(acceptedTextByLibreOffice(out)).toBe(asRead(fixedText));
    expect(acceptedTextByLibreOffice(input)).toBe(text);
    expect(convert(out, "pdf").subarray(0, 5).toString()).toBe("%PDF-");
  }, 120_000);

  it("without --output a .docx is still never modified, and the note says how to get the revisions", async () => {
    const dir = tmp();
    writeFileSync(join(dir, "报告.docx"), buildDocx({ body: BODY }));
    const before = readFileSync(join(dir, "报告.docx"));
    const r = await run(["报告.docx", "--fix"], { cwd: dir });
    expect(readFileSync(join(dir, "报告.docx")).equals(before)).toBe(true);
    expect(r.stderr).toContain("加 --output 另存为 .docx 即以修订（可逐条接受或拒绝）写入副本");
  });
});
