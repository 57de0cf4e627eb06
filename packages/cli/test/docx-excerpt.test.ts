// A .docx finding's excerpt is a phrase Word's 查找 (Find) finds as it is (issue 19, item 6):
// the document's own characters, no “…”, inside the finding's paragraph, holding the finding.
import { writeFileSync } from "node:fs";
import { join } from "node:path";
import { extractDocxText } from "@report-lint/core";
import { describe, expect, it } from "vitest";
import { makeDocx, parseJson, run, tmp } from "./helpers.js";

const PARAGRAPHS = [
  "关于2024年法治政府建设情况的报告",
  "一、2024年推进法治政府建设的主要举措和成效",
  "（一）深入学习贯彻习近平法治思想,全面推进依法行政，持续深化“放管服”改革。",
  "全年开展法治宣传活动36场次[bookmark: _GoBack]，发放宣传资料3000余份，组织领导干部学法学法4次。",
  "二是加强\u200b行政执法监督，规范行政执法行为，严格落实行政执法三项制度，推进严格规范公正文明执法，全面提升行政执法人员的能力和水平与群众满意度。",
  "二、党政主要负责人履行推进法治建设第一责任人职责有关情况；",
];

interface SarifResult {
  ruleId: string;
  message: { text: string };
  locations: Array<{ physicalLocation: { region: { charOffset: number; charLength: number; snippet: { text: string } } } }>;
}

describe(".docx excerpts are whole phrases that Word's 查找 finds", () => {
  it("in every format that shows them: no ellipsis, inside the finding's paragraph, holding the finding", async () => {
    const docx = await makeDocx(PARAGRAPHS);
    const dir = tmp();
    writeFileSync(join(dir, "report.docx"), docx);
    const text = await extractDocxText(docx);
    const [sarif, stylish, json] = await Promise.all([
      run(["report.docx", "--format", "sarif"], { cwd: dir }),
      run(["report.docx"], { cwd: dir }),
      run(["report.docx", "--format", "json"], { cwd: dir }),
    ]);
    const results = (JSON.parse(sarif.stdout) as { runs: Array<{ results: SarifResult[] }> }).runs[0]!.results;
    const messages = parseJson(json.stdout)[0]!.messages as unknown as Array<{ ruleId: string; range: [number, number]; paragraph: number }>;
    expect(results.length).toBeGreaterThanOrEqual(5);
    expect(results).toHaveLength(messages.length);
    const seen = new Set<string>();
    for (const [i, result] of results.entries()) {
      const { charOffset, charLength, snippet } = result.locations[0]!.physicalLocation.region;
      const excerpt = snippet.text;
      const m = messages[i]!;
      const paragraph = PARAGRAPHS[m.paragraph - 1]!;
      expect(excerpt, result.message.text).not.toContain("…");
      expect(excerpt.length).toBeGreaterThan(0);
      expect(excerpt.length).toBeLessThanOrEqual(255);
      // What 查找 does: an exact search of the paragraph's text.
      expect(paragraph.includes(excerpt), `${excerpt} in ${paragraph}`).toBe(true);
      // It holds the finding (a finding with no width: the clause around its place).
      const found = text.slice(charOffset, charOffset + charLength);
      if (found.length > 0 && !found.includes("\n")) expect(excerpt).toContain(found);
      // Cut at clause boundaries: it starts at the paragraph's start or after clause punctuation, and ends at the paragraph's end or on it.
      const at = paragraph.indexOf(excerpt);
      expect(at === 0 || /[，。；：！？、,;!?\s]/u.test(paragraph[at - 1]!) || excerpt.length >= 40, excerpt).toBe(true);
      const after = at + excerpt.length;
      expect(after === paragraph.length || /[，。；：！？、,;!?]$/u.test(excerpt) || excerpt.length >= 40, excerpt).toBe(true);
      seen.add(excerpt);
      // stylish shows the same excerpt after the message.
      expect(stylish.stdout).toContain(`（${excerpt}）`);
    }
    expect([...seen]).toEqual(
      expect.arrayContaining([
        "全年开展法治宣传活动36场次[bookmark: _GoBack]，",
        "二是加强\u200b行政执法监督，",
        "（一）深入学习贯彻习近平法治思想,",
        "组织领导干部学法学法4次。",
        "二、党政主要负责人履行推进法治建设第一责任人职责有关情况；",
      ]),
    );
  });
});
