import type { Finding, FindingAction } from "@report-lint/formatter";
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
  /** Changes of several edits the rule offers (inserting a missing section's heading): quick fixes too. */
  actions?: FindingAction[];
}

// textlint severities: 1 warning, 2 error, 3 info.
function severityOf(m: Finding): DiagnosticSeverity {
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
export function toDiagnostic(doc: TextDocument, m: Finding): Diagnostic {
  const [start, end] = m.range;
  const data: DiagnosticData = { ruleId: m.ruleId, version: doc.version };
  if (m.fix !== undefined) data.fix = { range: [m.fix.range[0], m.fix.range[1]], text: m.fix.text };
  if (m.suggestions !== undefined && m.suggestions.length > 0) {
    data.suggestions = m.suggestions.map((s) => ({ message: s.message, range: [s.fix.range[0], s.fix.range[1]], text: s.fix.text }));
  }
  if (m.actions !== undefined && m.actions.length > 0) data.actions = m.actions;
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

/** The places a finding names besides its own (the earlier heading a repeated number repeats), as the rule gave them. */
export function relatedLines(doc: TextDocument, m: Finding): DiagnosticRelatedInformation[] {
  return (m.related ?? []).map((r) => ({ location: { uri: doc.uri, range: { start: doc.positionAt(r.range[0]), end: doc.positionAt(r.range[1]) } }, message: r.message }));
}
