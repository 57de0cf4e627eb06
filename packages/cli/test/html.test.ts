import { copyFileSync, writeFileSync } from "node:fs";
import { join } from "node:path";
import { describe, expect, it } from "vitest";
import { parseJson, run, seeds, tmp } from "./helpers.js";

function escaped(s: string): string {
  return s.replace(/&/gu, "&amp;").replace(/</gu, "&lt;").replace(/>/gu, "&gt;").replace(/"/gu, "&quot;").replace(/'/gu, "&#39;");
}

describe("--format html: one self-contained page for a folder of reports", () => {
  it("has a row per report linked to its findings, charts by rule and by report, and every finding with its context", async () => {
    const dir = tmp();
    for (const s of seeds()) copyFileSync(s, join(dir, s.split("/").pop()!));
    // Markup in a report is text on the page, never markup.
    writeFileSync(join(dir, "zz-markup.txt"), "关于<script>alert(1)</script>的报告\n\n一、主要举措\n\n坚持以习近平法治思想思想为指导。\n");
    writeFileSync(join(dir, "zz-old.doc"), Buffer.from([0xd0, 0xcf, 0x11, 0xe0, 0xa1, 0xb1, 0x1a, 0xe1, 0, 0, 0, 0]));
    const [html, json] = await Promise.all([run([".", "--format", "html"], { cwd: dir }), run([".", "--format", "json"], { cwd: dir })]);
    expect(html.code).toBe(2); // the .doc
    const page = html.stdout;
    expect(page.startsWith("<!doctype html>\n<html lang=\"zh-CN\">")).toBe(true);
    // Self-contained: a policy that forbids every request, and nothing that would make one.
    expect(page).toContain(`<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`);
    expect(page).not.toMatch(/<script|<link|<img|<iframe|src=|url\(|@import/iu);
    expect(page).toContain("关于&lt;script&gt;alert(1)&lt;/script&gt;的报告");
    const reports = parseJson(json.stdout);
    expect(page).toContain(`共 ${reports.length + 1} 份报告`);
    for (const [k, r] of reports.entries()) {
      const file = r.filePath.slice(dir.length + 1);
      const errors = r.messages.filter((m) => m.severity === 2).length;
      expect(page).toContain(`<td><a href="#r${k + 1}">${escaped(file)}</a></td>`);
      expect(page).toMatch(new RegExp(`<a href="#r${k + 1}">${escaped(file).replace(/[.]/gu, "\\.")}</a></td>(?:<td>[^<]*</td>){3}<td class="n[^"]*">${errors}</td>`, "u"));
      expect(page).toContain(`<h2 id="r${k + 1}">${escaped(file)}`);
      for (const m of r.messages) expect(page, m.message).toContain(escaped(m.message));
    }
    expect(page).toContain("无法检查：是 Word 97-2003 格式");
    // The chart by rule: one bar per rule, labelled with its count.
    const byRule = new Map<string, number>();
    for (const r of reports) for (const m of r.messages) byRule.set(m.ruleId, (byRule.get(m.ruleId) ?? 0) + 1);
    for (const [rule, n] of byRule) expect(page).toMatch(new RegExp(`>${rule}</text></a><rect [^>]+/><text [^>]+>${n}</text>`, "u"));
    // Each finding's own text is marked in its context.
    expect(page).toMatch(/法治思想<mark>思想<\/mark>为指导/u);
  });
});
