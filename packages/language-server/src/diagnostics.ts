import type { TextlintMessage } from "@textlint/types";
import { docsUrl } from "textlint-rule-preset-gov-report";
import { DiagnosticSeverity, type Diagnostic, type DiagnosticRelatedInformation } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";

/** The `source` of every diagnostic the server publishes. */
export const SOURCE = "report-lint";

/** What a diagnostic carries for its code actions. */
export interface DiagnosticData {
  ruleId: string;
  /** The document version the finding was computed on. */
  version: number;
  fix?: { range: [number, number]; text: string };
  /** Replacements the rule suggests but does not apply by itself (a judgement, e.g. 错别字): offered as quick fixes only. */
  suggestions?: Array<{ message: string; range: [number, number]; text: string }>;
}

// textlint severities: 1 warning, 2 error, 3 info.
function severityOf(m: TextlintMessage): DiagnosticSeverity {
  switch (m.severity) {
    case 2:
      return DiagnosticSeverity.Error;
    case 3:
      return DiagnosticSeverity.Information;
    default:
      return DiagnosticSeverity.Warning;
  }
}

/** A finding → an LSP diagnostic: Chinese message, rule id as code, link to the rule's page. */
export function toDiagnostic(doc: TextDocument, m: TextlintMessage): Diagnostic {
  const [start, end] = m.range;
  const data: DiagnosticData = { ruleId: m.ruleId, version: doc.version };
  if (m.fix !== undefined) data.fix = { range: [m.fix.range[0], m.fix.range[1]], text: m.fix.text };
  if (m.suggestions !== undefined && m.suggestions.length > 0) {
    data.suggestions = m.suggestions.map((s) => ({ message: s.message, range: [s.fix.range[0], s.fix.range[1]], text: s.fix.text }));
  }
  const d: Diagnostic = {
    range: { start: doc.positionAt(start), end: doc.positionAt(Math.max(end, start)) },
    severity: severityOf(m),
    source: SOURCE,
    code: m.ruleId,
    codeDescription: { href: docsUrl(m.ruleId) },
    message: m.message,
    data,
  };
  const related = relatedLines(doc, m);
  if (related.length > 0) d.relatedInformation = related;
  return d;
}

/** The diagnostic shown at the top of a document whose configuration cannot be used. */
export function configDiagnostic(doc: TextDocument, message: string): Diagnostic {
  const firstLine = doc.getText({ start: { line: 0, character: 0 }, end: { line: 1, character: 0 } }).replace(/\r?\n$/u, "");
  return {
    range: { start: { line: 0, character: 0 }, end: { line: 0, character: firstLine.length } },
    severity: DiagnosticSeverity.Error,
    source: SOURCE,
    code: "config",
    message,
  };
}

// “……上一同级序号为第12行的“（一）”……”: a line number, then the quoted item found there.
const NAMED_LINE = /第(\d+)行[^“”，。；]{0,10}“([^”]+)”/gu;

/**
 * A finding whose message names an earlier line (“上一同级序号为第12行的“（一）””)
 * points there: the quoted text on that line, or the whole line.
 */
export function relatedLines(doc: TextDocument, m: TextlintMessage): DiagnosticRelatedInformation[] {
  const ownLine = doc.positionAt(m.range[0]).line;
  const out: DiagnosticRelatedInformation[] = [];
  const seen = new Set<number>();
  NAMED_LINE.lastIndex = 0;
  for (let x = NAMED_LINE.exec(m.message); x !== null; x = NAMED_LINE.exec(m.message)) {
    const line = Number(x[1]) - 1;
    const quoted = x[2] ?? "";
    if (!(line >= 0 && line < ownLine && line < doc.lineCount) || seen.has(line)) continue;
    seen.add(line);
    const lineText = doc.getText({ start: { line, character: 0 }, end: { line: line + 1, character: 0 } }).replace(/\r?\n$/u, "");
    let at = lineText.indexOf(quoted);
    let len = quoted.length;
    if (at === -1) {
      const bare = norm(quoted);
      at = bare === "" ? -1 : lineText.indexOf(bare);
      len = bare.length;
    }
    const range =
      at === -1
        ? { start: { line, character: 0 }, end: { line, character: lineText.length } }
        : { start: { line, character: at }, end: { line, character: at + len } };
    out.push({ location: { uri: doc.uri, range }, message: `第${line + 1}行：“${quoted}”` });
  }
  return out;
}

/** Marker text without spaces and trailing separators, for comparing “（一）、” with “（一）”. */
function norm(s: string): string {
  return s.replace(/[\s\u3000]/gu, "").replace(/[、.．,，]+$/u, "");
}
