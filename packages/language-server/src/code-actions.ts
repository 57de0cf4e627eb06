// Quick fixes and fix-all: what the findings offer (their fix, suggestions and actions, carried in
// each diagnostic's data), the control comments that silence a rule, and every fix at once.
import {
  CodeActionKind,
  TextDocumentEdit,
  type CodeAction,
  type CodeActionParams,
  type TextEdit,
  type WorkspaceEdit,
} from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";
import { disableFileEdit, disableNextLineEdit } from "./comments.js";
import { SOURCE, type DiagnosticData } from "./diagnostics.js";
import { toTextEdits, type OffsetEdit } from "./edits.js";
import { FIX_ALL_KIND } from "./protocol.js";

/** What a deferred fix-all action carries until it is resolved. */
export type FixAllData = { kind: "fixAll"; uri: string; version: number };

export interface CodeActionHost {
  /** The client takes versioned document changes. */
  documentChanges: boolean;
  /** The client resolves an action's edit lazily (codeAction/resolve). */
  resolvesEdits: boolean;
  /** Every fix of the document as edits, or null when it cannot be fixed now (disabled, stale, too large). */
  fixAllEdits(doc: TextDocument): Promise<TextEdit[] | null>;
}

export function workspaceEdit(host: CodeActionHost, doc: TextDocument, edits: TextEdit[]): WorkspaceEdit {
  if (host.documentChanges) return { documentChanges: [TextDocumentEdit.create({ uri: doc.uri, version: doc.version }, edits)] };
  return { changes: { [doc.uri]: edits } };
}

/** The code actions for a range of a document whose diagnostics are in `params.context`. */
export async function codeActions(host: CodeActionHost, doc: TextDocument, params: CodeActionParams): Promise<CodeAction[]> {
  const only = params.context.only;
  const wants = (kind: string): boolean => only === undefined || only.some((k) => kind === k || kind.startsWith(`${k}.`));
  const actions: CodeAction[] = [];
  const offsetEdit = (e: OffsetEdit | null): WorkspaceEdit | null => (e === null ? null : workspaceEdit(host, doc, toTextEdits(doc, [e])));

  if (only !== undefined && wants(FIX_ALL_KIND)) {
    const edits = await host.fixAllEdits(doc);
    if (edits !== null && edits.length > 0) actions.push({ title: "修复全部 report-lint 问题", kind: FIX_ALL_KIND, edit: workspaceEdit(host, doc, edits) });
  }
  if (!wants(CodeActionKind.QuickFix)) return actions;

  const ours = params.context.diagnostics.filter((d) => d.source === SOURCE && typeof d.code === "string" && d.code !== "config");
  if (ours.length === 0) return actions;
  const text = doc.getText();
  let fixable = 0;
  for (const d of ours) {
    const message = typeof d.message === "string" ? d.message : d.message.value;
    const data = d.data as DiagnosticData | undefined;
    const ruleId = String(d.code);
    // What the finding offers holds for the version it was found in only.
    const current = data !== undefined && data.version === doc.version;
    if (current && data.fix !== undefined) {
      fixable++;
      const edit = offsetEdit({ range: data.fix.range, text: data.fix.text });
      if (edit !== null) actions.push({ title: `修复：${message}`, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: true, edit });
    }
    if (current && data.suggestions !== undefined) {
      for (const s of data.suggestions) {
        const edit = offsetEdit({ range: s.range, text: s.text });
        if (edit !== null) actions.push({ title: s.message, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: data.suggestions.length === 1, edit });
      }
    }
    if (current && data.actions !== undefined) {
      for (const a of data.actions) {
        actions.push({ title: a.title, kind: CodeActionKind.QuickFix, diagnostics: [d], isPreferred: data.actions.length === 1, edit: workspaceEdit(host, doc, toTextEdits(doc, a.edits)) });
      }
    }
    const lineEdit = offsetEdit(disableNextLineEdit(text, doc.offsetAt(d.range.start), ruleId));
    if (lineEdit !== null) actions.push({ title: `在本行禁用 ${ruleId} 检查`, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: lineEdit });
    const fileEdit = offsetEdit(disableFileEdit(text, ruleId));
    if (fileEdit !== null) actions.push({ title: `在本文件禁用 ${ruleId} 检查`, kind: CodeActionKind.QuickFix, diagnostics: [d], edit: fileEdit });
  }
  if (fixable > 0) {
    const data: FixAllData = { kind: "fixAll", uri: doc.uri, version: doc.version };
    const action: CodeAction = { title: "修复全部可自动修复的 report-lint 问题", kind: CodeActionKind.QuickFix, data };
    if (!host.resolvesEdits) {
      const edits = await host.fixAllEdits(doc);
      if (edits === null || edits.length === 0) return actions;
      action.edit = workspaceEdit(host, doc, edits);
    }
    actions.push(action);
  }
  return actions;
}

/** A deferred fix-all action with its edit filled in (when its document is still at that version). */
export async function resolveCodeAction(host: CodeActionHost, action: CodeAction, documentOf: (uri: string) => TextDocument | undefined): Promise<CodeAction> {
  const data = action.data as FixAllData | undefined;
  if (data?.kind !== "fixAll") return action;
  const doc = documentOf(data.uri);
  if (doc === undefined || doc.version !== data.version) return action;
  const edits = await host.fixAllEdits(doc);
  if (edits !== null) action.edit = workspaceEdit(host, doc, edits);
  return action;
}
