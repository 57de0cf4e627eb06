import type { OffsetEdit } from "./edits.js";

// The inline comments the engine honours (the same in Markdown and plain text).
const NEXT_LINE = /^([ \t\u3000]*)<!--\s*report-lint-disable-next-line\s+([^>]*?)\s*-->[ \t]*$/u;
const FILE = /^<!--\s*report-lint-disable\s+([^>]*?)\s*-->[ \t]*$/u;
const FRONT_MATTER = /^---\r?\n[\s\S]*?\r?\n---[ \t]*(?:\r?\n|$)/u;

function eolOf(text: string): string {
  return text.includes("\r\n") ? "\r\n" : "\n";
}

function lineBounds(text: string, offset: number): [number, number] {
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  let end = text.indexOf("\n", offset);
  if (end === -1) end = text.length;
  if (end > start && text[end - 1] === "\r") end--;
  return [start, end];
}

function withRule(list: string, ruleId: string): string | null {
  const rules = list.split(/[,，\s]+/u).filter((r) => r !== "");
  return rules.includes(ruleId) ? null : [...rules, ruleId].join(", ");
}

/**
 * Disable `ruleId` for the line holding `offset`: a
 * `<!-- report-lint-disable-next-line rule -->` line above it, or the rule added
 * to such a comment already there. Null when the rule is already disabled there.
 */
export function disableNextLineEdit(text: string, offset: number, ruleId: string): OffsetEdit | null {
  const [start] = lineBounds(text, offset);
  if (start > 0) {
    const [prevStart, prevEnd] = lineBounds(text, start - 1);
    const m = NEXT_LINE.exec(text.slice(prevStart, prevEnd));
    if (m !== null) {
      const rules = withRule(m[2] ?? "", ruleId);
      if (rules === null) return null;
      return { range: [prevStart, prevEnd], text: `${m[1] ?? ""}<!-- report-lint-disable-next-line ${rules} -->` };
    }
  }
  const indent = /^[ \t\u3000]*/u.exec(text.slice(start))?.[0] ?? "";
  // A full-width paragraph indent belongs to the paragraph, not to the comment.
  const keep = /\u3000/u.test(indent) ? "" : indent;
  return { range: [start, start], text: `${keep}<!-- report-lint-disable-next-line ${ruleId} -->${eolOf(text)}` };
}

/**
 * Disable `ruleId` for the whole document: a `<!-- report-lint-disable rule -->`
 * line at the top (after Markdown front matter), or the rule added to it.
 */
export function disableFileEdit(text: string, ruleId: string): OffsetEdit | null {
  const fm = FRONT_MATTER.exec(text);
  const at = fm === null ? 0 : fm[0].length;
  const [start, end] = lineBounds(text, at);
  const m = FILE.exec(text.slice(start, end));
  if (m !== null && start === at) {
    const rules = withRule(m[1] ?? "", ruleId);
    if (rules === null) return null;
    return { range: [start, end], text: `<!-- report-lint-disable ${rules} -->` };
  }
  return { range: [at, at], text: `<!-- report-lint-disable ${ruleId} -->${eolOf(text)}` };
}
