import { readFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { unzipSync } from "fflate";
import { describe, expect, it } from "vitest";
import { buildDocx, paragraph } from "@report-lint/test-support/docx";
import { commentsSeenByLibreOffice, convert, hasLibreOffice } from "@report-lint/test-support/libreoffice";
import { extractDocxText } from "@report-lint/core";
import { parseJson, run, tmp } from "./helpers.js";

/** A short report with faults in runs split mid-word, in a table, next to a reviewer's comment. */
const BODY = [
  paragraph("关于2025年度法治政府建设", "情况的报告"),
  paragraph("一、主要举措和成效。"),
  paragraph("坚持以习近平法治思", "想思想为指导,全面推进依法行政。"),
  `<w:tbl><w:tr><w:tc><w:p><w:r><w:t>行政复议</w:t></w:r></w:p></w:tc><w:tc><w:p><w:r><w:t>办理案件12件,</w:t></w:r><w:r><w:t>同比增长。</w:t></w:r></w:p></w:tc></w:tr></w:tbl>`,
  `<w:p><w:commentRangeStart w:id="3"/><w:r><w:t>全年开展法治宣传活动36场次</w:t></w:r><w:commentRangeEnd w:id="3"/><w:r><w:commentReference w:id="3"/></w:r><w:r><w:t>[bookmark: _GoBack]，发放宣传资料3000余份。</w:t></w:r></w:p>`,
  paragraph("二、存在的不足和原因"),
  paragraph("一是法治宣传教育形式较为单一。"),
].join("");
const REVIEWER = `<w:comment w:id="3" w:author="县司法局" w:date="2026-02-01T00:00:00Z" w:initials="SF"><w:p><w:r><w:t>数字请核实。</w:t></w:r></w:p></w:comment>`;

function report(dir: string): string {
  const path = join(dir, "报告.docx");
  writeFileSync(path, buildDocx({ body: BODY, comments: REVIEWER }));
  return path;
}

describe("--annotate: the findings as Word comments in a copy of the .docx", () => {
  it("writes one comment per finding on exactly its text, leaves the original alone, and LibreOffice reads them so", async () => {
    const dir = tmp();
    const input = report(dir);
    const before = readFileSync(input);
    const r = await run(["报告.docx", "--annotate", "报告.审阅.docx", "--format", "json"], { cwd: dir });
    expect(r.code).toBe(1);
    expect(r.stderr).toMatch(/^report-lint: 报告\.docx: 已写入 报告\.审阅\.docx（\d+ 条批注，作者 report-lint；原稿未改动）$/mu);
    expect(readFileSync(input).equals(before)).toBe(true);
    const findings = parseJson(r.stdout)[0]!.messages;
    expect(findings.map((m) => m.ruleId)).toEqual(expect.arrayContaining(["duplicated-word", "punctuation-width", "conversion-artifact", "heading-punctuation"]));
    const out = join(dir, "报告.审阅.docx");
    const text = await extractDocxText(readFileSync(out));
    expect(text).toBe(await extractDocxText(before));
    // Every part but the document and its comments is the original's, byte for byte.
    const [a, b] = [unzipSync(before), unzipSync(readFileSync(out))];
    for (const name of Object.keys(a)) if (name !== "word/document.xml" && name !== "word/comments.xml") expect(Buffer.from(b[name]!).equals(Buffer.from(a[name]!)), name).toBe(true);

    if (!hasLibreOffice()) return;
    const seen = commentsSeenByLibreOffice(out);
    const ours = seen.filter((c) => c.author === "report-lint");
    expect(ours).toHaveLength(findings.length);
    // LibreOffice lists them in document order: each finding has its own comment, with its message, on its text.
    const pool = [...ours];
    for (const m of findings) {
      const at = pool.findIndex((c) => c.text.endsWith(m.message) && c.text.startsWith("【report-lint：") && c.text.includes(`（${m.ruleId}）】`));
      expect(at, m.message).toBeGreaterThanOrEqual(0);
      expect(pool[at]!.anchored, m.message).toBe(text.slice(m.range[0], Math.max(m.range[1], m.range[0] + 1)).replace(/\n/gu, ""));
      pool.splice(at, 1);
    }
    expect(seen.find((c) => c.author === "县司法局")).toEqual({ author: "县司法局", text: "数字请核实。", anchored: "全年开展法治宣传活动36场次" });
    // It converts without error, and its text is the original's.
    expect(convert(out, "pdf").subarray(0, 5).toString()).toBe("%PDF-");
    expect(convert(out, "txt:Text").toString("utf8")).toBe(convert(input, "txt:Text").toString("utf8"));
  }, 120_000);

  it("refuses what it cannot do, in one line", async () => {
    const dir = tmp();
    report(dir);
    writeFileSync(join(dir, "r.txt"), "思想思想。\n");
    const cases: Array<[string[], RegExp]> = [
      [["报告.docx", "--annotate", "报告.docx"], /--annotate 的输出不能是输入文件本身/u],
      [["报告.docx", "--annotate", "out.txt"], /--annotate 的输出应为 \.docx 文件，收到“out\.txt”/u],
      [["r.txt", "--annotate", "out.docx"], /--annotate 只能用于一个 \.docx 输入文件/u],
      [["报告.docx", "r.txt", "--annotate", "out.docx"], /--annotate 只能用于一个 \.docx 输入文件/u],
      [["报告.docx", "--fix", "--annotate", "out.docx"], /--annotate 不能与 --fix 或 --fix-dry-run 一起使用/u],
    ];
    for (const [args, line] of cases) {
      const r = await run(args, { cwd: dir });
      expect(r.code, args.join(" ")).toBe(2);
      expect(r.stderr).toMatch(line);
    }
  });
});
