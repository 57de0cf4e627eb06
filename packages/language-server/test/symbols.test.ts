import { describe, expect, it } from "vitest";
import { parseReport } from "@report-lint/core";
import { SymbolKind, type DocumentSymbol } from "vscode-languageserver";
import { TextDocument } from "vscode-languageserver-textdocument";
import { documentSymbols } from "../src/symbols.js";
import { REPORT, seed } from "@report-lint/test-support/reports";

function tree(symbols: DocumentSymbol[], depth = 0): string[] {
  return symbols.flatMap((s) => [`${"  ".repeat(depth)}${s.name}`, ...tree(s.children ?? [], depth + 1)]);
}

function contains(outer: DocumentSymbol["range"], inner: DocumentSymbol["range"]): boolean {
  const le = (a: { line: number; character: number }, b: { line: number; character: number }) => a.line < b.line || (a.line === b.line && a.character <= b.character);
  return le(outer.start, inner.start) && le(inner.end, outer.end);
}

function checkRanges(symbols: DocumentSymbol[]): void {
  for (const s of symbols) {
    expect(contains(s.range, s.selectionRange)).toBe(true);
    for (const c of s.children ?? []) expect(contains(s.range, c.range)).toBe(true);
    checkRanges(s.children ?? []);
  }
}

describe("documentSymbols", () => {
  it("gives the numbered outline as a tree, title first", () => {
    const doc = TextDocument.create("file:///r.txt", "plaintext", 1, REPORT);
    const symbols = documentSymbols(doc, parseReport(REPORT, "text"));
    expect(tree(symbols)).toEqual([
      "中共新华镇委员会 新华镇人民政府关于2023年度法治政府建设情况的报告",
      "一、2023年推进法治政府建设的主要举措和成效",
      "  （一）坚持依法科学民主决策",
      "  （二）深入推进严格规范公正文明执法",
      "二、党政主要负责人履行推进法治建设第一责任人职责情况",
      "三、存在的不足和原因",
      "四、2024年工作安排",
    ]);
    expect(symbols[0]?.kind).toBe(SymbolKind.File);
    expect(symbols[1]?.kind).toBe(SymbolKind.Namespace);
    expect(symbols[1]?.children?.[0]?.kind).toBe(SymbolKind.Class);
    checkRanges(symbols);
  });

  it("keeps four levels of a Markdown report and flags a non-standard marker in the detail", () => {
    const md = ["# 2023年法治政府建设年度报告", "", "## 一、主要举措", "", "### (一)依法决策", "", "1.完善制度", "", "（1）健全规则", "", "正文。", ""].join("\n");
    const doc = TextDocument.create("file:///r.md", "markdown", 1, md);
    const symbols = documentSymbols(doc, parseReport(md, "markdown"));
    expect(tree(symbols)).toEqual(["2023年法治政府建设年度报告", "一、主要举措", "  (一)依法决策", "    1.完善制度", "      （1）健全规则"]);
    expect(symbols[1]?.children?.[0]?.detail).toBe("应为“（一）”");
    checkRanges(symbols);
  });

  it("outlines a real report (seed 001) with nested levels", () => {
    const text = seed("001_4330d7e75e127816.txt");
    const doc = TextDocument.create("file:///r.txt", "plaintext", 1, text);
    const symbols = documentSymbols(doc, parseReport(text, "text"));
    const lines = tree(symbols);
    expect(lines.filter((l) => /^[一二三四五六七八九十]、/u.test(l)).length).toBeGreaterThanOrEqual(4);
    expect(lines.some((l) => l.startsWith("  （一）"))).toBe(true);
    checkRanges(symbols);
  });
});
