import { describe, expect, it } from "vitest";
import { lintText, type Finding } from "@report-lint/formatter";
import { REPORT, withoutSection } from "@report-lint/test-support/reports";
import { DiagnosticSeverity } from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { configDiagnostic, relatedLines, toDiagnostic } from "../src/diagnostics.js";

function message(over: Partial<Finding> & Pick<Finding, "ruleId" | "message" | "range">): Finding {
  return { type: "lint", line: 1, column: 1, index: over.range[0], loc: { start: { line: 1, column: 1 }, end: { line: 1, column: 1 } }, severity: 2, ...over };
}

const OUTLINE = ["一、主要举措和成效", "", "（一）坚持依法决策", "", "（三）严格规范执法", ""].join("\n");

describe("toDiagnostic", () => {
  it("carries the Chinese message, the rule id as code, the rule's doc page and the fix", async () => {
    const text = "　　坚持以习近平法治思想思想为指导。\n";
    const doc = TextDocument.create("file:///r.txt", "plaintext", 3, text);
    const [m] = (await lintText(text, { filePath: "r.txt" })).messages.filter((x) => x.ruleId === "duplicated-word");
    const d = toDiagnostic(doc, m!);
    const at = text.indexOf("思想思想") + 2;
    expect(d).toMatchObject({
      source: "report-lint",
      code: "duplicated-word",
      message: "“思想思想”重复，应删除重复的“思想”",
      codeDescription: { href: expect.stringMatching(/docs\/rules\/duplicated-word\.md$/u) },
      range: { start: { line: 0, character: at }, end: { line: 0, character: at + 2 } },
      data: { ruleId: "duplicated-word", version: 3, fix: { range: [at, at + 2], text: "" } },
    });
  });

  it("maps textlint severities (2 error, 1 warning, 3 info)", () => {
    const doc = TextDocument.create("file:///r.txt", "plaintext", 1, "abc");
    const sev = (severity: Finding["severity"]) => toDiagnostic(doc, message({ ruleId: "x", message: "m", range: [0, 1], severity })).severity;
    expect([sev(2), sev(1), sev(3)]).toEqual([DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Information]);
  });

  it("points a finding at the related places the rule gave, without reading its message", () => {
    const doc = TextDocument.create("file:///r.txt", "plaintext", 1, OUTLINE);
    const at = OUTLINE.indexOf("（三）");
    const earlier = OUTLINE.indexOf("（一）");
    // The message names no line at all: the place comes from the finding's data only.
    const m = message({ ruleId: "numbering", message: "标题序号不连续", range: [at, at + 3], related: [{ range: [earlier, earlier + 3], line: 3, column: 1, message: "第3行：“（一）”" }] });
    expect(relatedLines(doc, m)).toEqual([
      { location: { uri: "file:///r.txt", range: { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } } }, message: "第3行：“（一）”" },
    ]);
    expect(toDiagnostic(doc, m).relatedInformation).toHaveLength(1);
    expect(relatedLines(doc, message({ ruleId: "numbering", message: "上一同级序号为第3行的“（一）”", range: [at, at + 3] }))).toEqual([]);
  });

  it("gets related information from the real numbering rule", async () => {
    const doc = TextDocument.create("file:///r.txt", "plaintext", 1, OUTLINE);
    const found = (await lintText(OUTLINE, { filePath: "r.txt" })).messages.filter((m) => m.ruleId === "numbering");
    expect(found).toHaveLength(1);
    const d = toDiagnostic(doc, found[0]!);
    expect(d.relatedInformation).toEqual([
      { location: { uri: "file:///r.txt", range: { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } } }, message: "第3行：“（一）”" },
    ]);
  });

  it("carries a rule's multi-edit actions in its data", async () => {
    const text = withoutSection(REPORT, "存在的不足和原因");
    const doc = TextDocument.create("file:///r.txt", "plaintext", 1, text);
    const [m] = (await lintText(text, { filePath: "r.txt" })).messages.filter((x) => x.ruleId === "required-sections");
    const data = toDiagnostic(doc, m!).data as { actions?: Array<{ title: string; edits: unknown[] }> };
    expect(data.actions?.map((a) => a.title)).toEqual(["插入章节标题“三、2023年推进法治政府建设存在的不足和原因”"]);
    expect(data.actions?.[0]?.edits.length).toBeGreaterThan(1);
  });

  it("a configuration problem is one error on the first line", () => {
    const doc = TextDocument.create("file:///r.txt", "plaintext", 1, "标题\n正文");
    expect(configDiagnostic(doc, "report-lint 配置有误")).toMatchObject({
      range: { start: { line: 0, character: 0 }, end: { line: 0, character: 2 } },
      severity: DiagnosticSeverity.Error,
      code: "config",
    });
  });
});
