import { createHash } from "node:crypto";
import { displayPath, docxPlace, textOf, type Formatter } from "./shared.js";

/** GitLab's severities for textlint's levels: an error ranks above a warning in the merge request widget. */
const SEVERITY: Record<number, "major" | "minor" | "info"> = { 2: "major", 1: "minor", 3: "info" };

/** The line (a .docx: the paragraph) holding `offset`, without its indent and trailing spaces. */
function lineAround(text: string, offset: number): string {
  const start = text.lastIndexOf("\n", offset - 1) + 1;
  const end = text.indexOf("\n", offset);
  return text.slice(start, end < 0 ? text.length : end).trim();
}

/**
 * GitLab Code Quality (the `codequality` report of a CI job): a JSON array with one issue per
 * finding — description (the message; for a .docx, where it is and its excerpt), check_name (the
 * rule id), fingerprint, severity, location.path (relative to the working directory, which is the
 * project's root in a CI job) and location.lines.begin (a .docx: the paragraph number).
 *
 * The fingerprint is the SHA-256 of the path, the rule, the text of the finding's line and the
 * faulty characters — not the line number, so a finding keeps its fingerprint when lines are added
 * above it, and GitLab tells new findings from old ones. The same fault twice on one line is told
 * apart by its count, since GitLab keeps only the first issue of a fingerprint.
 */
export const formatGitlab: Formatter = (reports, ctx) => {
  const issues: object[] = [];
  for (const r of reports) {
    if (r.error !== null || r.text === null) continue;
    const path = displayPath(r.path, ctx.cwd);
    const seen = new Map<string, number>();
    for (const m of r.messages) {
      const text = textOf(r, m);
      const key = [path, m.ruleId, m.story ?? "", lineAround(text, m.range[0]), text.slice(m.range[0], m.range[1])].join("\u0000");
      const n = seen.get(key) ?? 0;
      seen.set(key, n + 1);
      const fingerprint = createHash("sha256").update(`${key}\u0000${n}`).digest("hex").slice(0, 32);
      let description = m.message;
      let line = m.loc.start.line;
      if (r.docx) {
        const place = docxPlace(r, m);
        description = `${place.where}（${place.excerpt}）：${m.message}`;
        line = place.paragraph;
      }
      issues.push({
        description,
        check_name: m.ruleId,
        fingerprint,
        severity: SEVERITY[m.severity] ?? "minor",
        location: { path, lines: { begin: Math.max(1, line) } },
      });
    }
  }
  return JSON.stringify(issues, null, 2) + "\n";
};
