import type { ReportModel, Section } from "@report-lint/schema";
import { SymbolKind, type DocumentSymbol } from "vscode-languageserver";
import type { TextDocument } from "vscode-languageserver-textdocument";

const MAX_NAME = 60;

// 一、 → namespace-like, （一） → class-like … so each level gets its own icon.
const KIND_BY_LEVEL: Record<number, SymbolKind> = {
  1: SymbolKind.Namespace,
  2: SymbolKind.Class,
  3: SymbolKind.Method,
  4: SymbolKind.Field,
};

function nameOf(doc: TextDocument, s: Section): string {
  const marker = s.marker?.text.trim() ?? "";
  let title = s.title.trim();
  if (title === "") {
    title = doc.getText({ start: doc.positionAt(s.headingRange[0]), end: doc.positionAt(s.headingRange[1]) }).trim();
    title = title.replace(/^#+\s*/u, "");
    if (marker !== "" && title.startsWith(marker)) title = title.slice(marker.length).trim();
  }
  const name = `${marker}${title}`;
  const short = name.length > MAX_NAME ? `${name.slice(0, MAX_NAME - 1)}…` : name;
  return short === "" ? "（无标题）" : short;
}

/**
 * The report's numbered outline (一、 → （一） → 1. → （1）) as hierarchical
 * document symbols, for the Outline view and breadcrumbs. The title, when found,
 * comes first as a symbol of its own.
 */
export function documentSymbols(doc: TextDocument, model: ReportModel): DocumentSymbol[] {
  const top: DocumentSymbol[] = [];
  if (model.title !== null) {
    const range = { start: doc.positionAt(model.title.range[0]), end: doc.positionAt(model.title.range[1]) };
    const name = model.title.text.replace(/\s+/gu, " ").trim();
    if (name !== "") top.push({ name: name.length > MAX_NAME ? `${name.slice(0, MAX_NAME - 1)}…` : name, kind: SymbolKind.File, range, selectionRange: range });
  }
  const built: DocumentSymbol[] = [];
  model.sections.forEach((s, i) => {
    const range = { start: doc.positionAt(s.range[0]), end: doc.positionAt(Math.max(s.range[1], s.headingRange[1])) };
    const selectionRange = { start: doc.positionAt(s.headingRange[0]), end: doc.positionAt(s.headingRange[1]) };
    const symbol: DocumentSymbol = {
      name: nameOf(doc, s),
      kind: KIND_BY_LEVEL[s.level] ?? SymbolKind.String,
      range,
      selectionRange,
      children: [],
    };
    if (s.marker !== null && !s.marker.standard) symbol.detail = `应为“${s.marker.expected}”`;
    built[i] = symbol;
    const parent = s.parent === null ? undefined : built[s.parent];
    if (parent === undefined) top.push(symbol);
    else (parent.children ??= []).push(symbol);
  });
  return top;
}
