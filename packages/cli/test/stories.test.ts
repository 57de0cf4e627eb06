import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { buildDocx, paragraph } from "@report-lint/test-support/docx";
import { commentsSeenByLibreOffice, hasLibreOffice } from "@report-lint/test-support/libreoffice";
import { parseJson, run, tmp } from "./helpers.js";

/** A report whose header, footer and footnote have faults of their own, besides one in the body under two headings. */
function report(dir: string): string {
  const body = [
    paragraph("关于2025年度法治政府建设情况的报告"),
    paragraph("一、主要举措和成效"),
    paragraph("（一）严格规范公正文明执法"),
    `<w:p><w:r><w:t>依据《中华人民共和国行政处罚法》</w:t></w:r><w:r><w:footnoteReference w:id="1"/></w:r><w:r><w:t>，坚持以习近平法治思想思想为指导。</w:t></w:r></w:p>`,
  ].join("");
  const path = join(dir, "报告.docx");
  writeFileSync(
    path,
    buildDocx({
      body,
      header: paragraph("某某县人民政府办公室办公室"),
      footer: paragraph("— 1 —") + paragraph("某某县人民政府[bookmark: _GoBack]"),
      footnotes: `<w:footnote w:id="1"><w:p><w:r><w:footnoteRef/></w:r><w:r><w:t xml:space="preserve"> 2021年修订,自2021年7月15日起施行。</w:t></w:r></w:p></w:footnote>`,
    }),
  );
  return path;
}

describe("every story of a .docx is checked: headers, footers, footnotes", () => {
  it("names the story and the paragraph, and the headings above a body finding, in every format", async () => {
    const dir = tmp();
    report(dir);
    const json = await run(["报告.docx", "--format", "json"], { cwd: dir });
    const messages = parseJson(json.stdout)[0]!.messages as Array<{ ruleId: string; message: string; story?: string; paragraph?: number; headings?: string[] }>;
    const where = (rule: string, story?: string) => messages.find((m) => m.ruleId === rule && m.story === story);
    expect(where("duplicated-word", "页眉")).toMatchObject({ paragraph: 1, headings: [] });
    expect(where("conversion-artifact", "页脚")).toMatchObject({ paragraph: 2 });
    // The footer's page number is what a footer is for: not debris, and its spaces are not a fault.
    expect(messages.filter((m) => m.story === "页脚").map((m) => m.message)).toEqual(["文档转换残留“[bookmark: _GoBack]”，应删除"]);
    expect(where("punctuation-width", "脚注")).toMatchObject({ paragraph: 1 });
    expect(where("duplicated-word")).toMatchObject({ paragraph: 4, headings: ["一、主要举措和成效", "（一）严格规范公正文明执法"] });

    const stylish = await run(["报告.docx", "--no-color"], { cwd: dir });
    expect(stylish.stdout).toMatch(/页眉 第1段\s+错误\s+“办公室办公室”重复/u);
    expect(stylish.stdout).toMatch(/页脚 第2段\s+错误/u);
    expect(stylish.stdout).toMatch(/脚注 第1段\s+/u);
    expect(stylish.stdout).toMatch(/第4段（一、主要举措和成效 › （一）严格规范公正文明执法）\s+错误\s+“思想思想”重复/u);
    const github = await run(["报告.docx", "--format", "github"], { cwd: dir });
    expect(github.stdout).toContain("::error file=报告.docx,title=report-lint(duplicated-word)::页眉 第1段（");
    const sarif = JSON.parse((await run(["报告.docx", "--format", "sarif"], { cwd: dir })).stdout) as { runs: Array<{ results: Array<{ message: { text: string } }> }> };
    expect(sarif.runs[0]!.results.some((x) => x.message.text.startsWith("脚注 第1段（"))).toBe(true);
  });

  it("--annotate comments a footnote's finding on the footnote's mark in the body; a header's stays in the list (Word keeps no comments there)", async () => {
    const dir = tmp();
    report(dir);
    const r = await run(["报告.docx", "--annotate", "审阅.docx", "--format", "json"], { cwd: dir });
    const messages = parseJson(r.stdout)[0]!.messages as Array<{ story?: string }>;
    const inHeaderOrFooter = messages.filter((m) => m.story === "页眉" || m.story === "页脚").length;
    expect(inHeaderOrFooter).toBeGreaterThan(0);
    expect(r.stderr).toContain(`（${messages.length - inHeaderOrFooter} 条批注，作者 report-lint；原稿未改动）；页眉页脚中的 ${inHeaderOrFooter} 个问题 Word 无法加批注，见上方列表`);
    if (!hasLibreOffice()) return;
    const seen = commentsSeenByLibreOffice(join(dir, "审阅.docx")).filter((c) => c.author === "report-lint");
    expect(seen).toHaveLength(messages.length - inHeaderOrFooter);
    // The footnote's finding, on the footnote's mark, saying which text of the footnote it is about.
    const onNote = seen.find((c) => c.text.includes("punctuation-width"));
    expect(onNote?.text).toMatch(/^【report-lint：[^】]+（punctuation-width）】脚注“,”：中文语境中使用了半角/u);
  }, 60_000);
});
