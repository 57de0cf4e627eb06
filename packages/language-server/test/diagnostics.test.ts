import { describe, expect, it } from "vitest";
import type { TextlintMessage } from "@textlint/types";
import { lintText } from "@report-lint/formatter";
import { DiagnosticSeverity } from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { configDiagnostic, relatedLines, toDiagnostic } from "../src/diagnostics.js";

function message(over: Partial<TextlintMessage> & Pick<TextlintMessage, "ruleId" | "message" | "range">): TextlintMessage {
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
    const sev = (severity: TextlintMessage["severity"]) => toDiagnostic(doc, message({ ruleId: "x", message: "m", range: [0, 1], severity })).severity;
    expect([sev(2), sev(1), sev(3)]).toEqual([DiagnosticSeverity.Error, DiagnosticSeverity.Warning, DiagnosticSeverity.Information]);
  });

  it("points a numbering finding at the earlier line its message names", () => {
    const doc = TextDocument.create("file:///r.txt", "plaintext", 1, OUTLINE);
    const at = OUTLINE.indexOf("（三）");
    const m = message({ ruleId: "numbering", message: "标题序号“（三）”不连续，上一同级序号为第3行的“（一）”，应为“（二）”", range: [at, at + 3] });
    expect(relatedLines(doc, m)).toEqual([
      { location: { uri: "file:///r.txt", range: { start: { line: 2, character: 0 }, end: { line: 2, character: 3 } } }, message: "第3行：“（一）”" },
    ]);
    expect(toDiagnostic(doc, m).relatedInformation).toHaveLength(1);
  });

  it("gets related information from the real numbering rule", async () => {
    const doc = TextDocument.create("file:///r.txt", "plaintext", 1, OUTLINE);
    const found = (await lintText(OUTLINE, { filePath: "r.txt" })).messages.filter((m) => m.ruleId === "numbering");
    expect(found).toHaveLength(1);
    const d = toDiagnostic(doc, found[0]!);
    expect(d.relatedInformation?.[0]?.location.range.start).toEqual({ line: 2, character: 0 });
  });

  it("names no line that is not before the finding", () => {
    const doc = TextDocument.create("file:///r.txt", "plaintext", 1, OUTLINE);
    const m = message({ ruleId: "numbering", message: "标题序号“（一）”与第5行的同级序号“（三）”重复", range: [OUTLINE.indexOf("（一）"), OUTLINE.indexOf("（一）") + 3] });
    expect(relatedLines(doc, m)).toEqual([]);
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
