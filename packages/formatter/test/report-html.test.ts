import { describe, expect, it } from "vitest";
import { CHART_REPORTS, charts, findingItem, reportPage, reportRow, type CheckedReport } from "../src/report-html.js";
import type { Finding } from "../src/engine.js";

const finding = (ruleId: string, at: number, message = "“的的”重复，应删除一个"): Finding =>
  ({ ruleId, message, severity: 2, range: [at, at + 2], index: at, line: 1, column: at + 1, loc: { start: { line: 1, column: at + 1 }, end: { line: 1, column: at + 3 } }, type: "lint" }) as unknown as Finding;

const report = (k: number, findings: number): CheckedReport => ({
  path: `r${k}.txt`,
  file: `r${k}.txt`,
  docx: false,
  text: "关于2024年度法治政府建设情况的报告\n我们的的工作<b>",
  messages: Array.from({ length: findings }, (_, i) => finding(i % 2 === 0 ? "duplicated-word" : "punctuation-width", 22)),
  error: null,
});

describe("the HTML report's renderer", () => {
  it("charts the reports with most findings only, and says how many have findings", () => {
    const reports = Array.from({ length: CHART_REPORTS + 12 }, (_, k) => report(k, k + 1));
    const html = charts(reports, reports.map(reportRow));
    const byReport = html.slice(html.indexOf("按报告"));
    expect(byReport.match(/<rect /gu)?.length).toBe(CHART_REPORTS);
    expect(byReport).toContain(`问题最多的 ${CHART_REPORTS} 份（共 ${CHART_REPORTS + 12} 份有问题）`);
    // The one with most findings first, the 12 with fewest left out.
    expect(byReport.indexOf(`r${CHART_REPORTS + 11}.txt`)).toBeGreaterThan(0);
    expect(byReport).not.toContain(">r0.txt<");
    const small = [report(1, 2), report(2, 1)];
    expect(charts(small, small.map(reportRow))).toContain("<h2>按报告</h2>");
  });

  it("escapes the text it shows and marks the finding in its context; a decoration adds attributes and buttons", () => {
    const r = report(1, 1);
    const item = findingItem(r, r.messages[0]!, 0, (m, k) => ({ attrs: `data-k="${k}"`, after: `<button>${m.ruleId}</button>` }));
    expect(item).toMatch(/^<li class="error" data-k="0">/u);
    expect(item).toContain("<mark>的的</mark>工作&lt;b&gt;");
    expect(item).toContain("<button>duplicated-word</button>");
    const page = reportPage([r], "1.2.3");
    expect(page).toContain(`content="default-src 'none'; style-src 'unsafe-inline'; img-src data:"`);
    expect(page).not.toMatch(/<script|https?:\/\/(?!github\.com\/report-lint)/u);
  });
});
