import type { TextDocument } from "vscode-languageserver-textdocument";
import type { TextEdit } from "vscode-languageserver";
import type { TextEdit as OffsetEdit } from "@report-lint/formatter";

export type { OffsetEdit };

/** Offset edits (UTF-16 offsets into the document's text) → LSP TextEdits. */
export function toTextEdits(doc: TextDocument, edits: readonly OffsetEdit[]): TextEdit[] {
  return edits.map((e) => ({
    range: { start: doc.positionAt(e.range[0]), end: doc.positionAt(e.range[1]) },
    newText: e.text,
  }));
}
