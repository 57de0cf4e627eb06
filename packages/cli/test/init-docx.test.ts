import { readFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { unzipSync } from "fflate";
import { getBuiltinProfile } from "@report-lint/schema";
import { acceptedTextByLibreOffice, convert, hasLibreOffice } from "@report-lint/test-support/libreoffice";
import { extractDocxText } from "@report-lint/core";
import { parseJson, run, tmp } from "./helpers.js";

describe("report-lint init 报告.docx: the template as a Word document laid out per GB/T 9704", () => {
  it("passes docx-layout, has only placeholders to fill, binds the headings to outline levels, and LibreOffice opens it", async () => {
    const dir = tmp();
    const w = await run(["init", "--organ", "某某镇人民政府", "--year", "2025", "报告.docx"], { cwd: dir });
    expect(w.code).toBe(0);
    expect(w.stderr).toContain("已生成 报告.docx");
    const bytes = readFileSync(join(dir, "报告.docx"));
    const text = await extractDocxText(bytes);
    const profile = getBuiltinProfile("fazhi-zhengfu-annual")!;
    expect(text.split("\n")[0]).toBe("某某镇人民政府关于2025年法治政府建设工作情况的报告");
    for (const item of profile.items) expect(text).toContain(item.template!.heading.replace("{year}", "2025").replace("{nextYear}", "2026"));

    const lint = await run(["报告.docx", "--format", "json"], { cwd: dir });
    expect(lint.code).toBe(0);
    const messages = parseJson(lint.stdout)[0]!.messages;
    expect(messages.filter((m) => m.ruleId === "docx-layout")).toEqual([]);
    expect(messages.filter((m) => m.severity !== 3)).toEqual([]);
    expect(messages.every((m) => m.ruleId === "placeholder")).toBe(true);
    expect(messages.length).toBe((text.match(/【待填写/gu) ?? []).length);

    const xml = new TextDecoder().decode(unzipSync(bytes)["word/document.xml"]!);
    // Placeholders highlighted; headings in the styles bound to outline levels 1 and 2.
    expect(xml).toMatch(/<w:highlight w:val="yellow"\/><\/w:rPr><w:t xml:space="preserve">【待填写：主送机关】/u);
    expect(xml).toMatch(/<w:pStyle w:val="Heading1"\/><\/w:pPr><w:r><w:t xml:space="preserve">一、2025年推进法治政府建设的主要举措和成效/u);
    const styles = new TextDecoder().decode(unzipSync(bytes)["word/styles.xml"]!);
    expect(styles).toMatch(/w:styleId="Heading1">.*?<w:outlineLvl w:val="0"\/>.*?黑体/u);

    const again = await run(["init", "报告.docx"], { cwd: dir });
    expect(again.code).toBe(2);
    expect(again.stderr).toContain("文件已存在，不会覆盖");

    if (!hasLibreOffice()) return;
    expect(convert(join(dir, "报告.docx"), "pdf").subarray(0, 5).toString()).toBe("%PDF-");
    expect(acceptedTextByLibreOffice(join(dir, "报告.docx"))).toBe(text);
  }, 60_000);
});
