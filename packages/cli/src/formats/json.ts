import { docxPlace, type Formatter } from "./shared.js";
import type { FileReport } from "../process-file.js";
import type { Finding } from "@report-lint/formatter";

/**
 * textlint's JSON shape: [{filePath, messages: [{ruleId, severity, message,
 * line, column, range, loc, fix?}]}], `range` in UTF-16 offsets of the
 * decoded text; for a .docx also paragraph, headings and (outside the body) story, whose text
 * the range is in. Files that could not be read are left out (their error is on stderr).
 */
export const formatJson: Formatter = (reports) =>
  JSON.stringify(
    reports
      .filter((r) => r.error === null)
      .map((r) => ({
        filePath: r.path,
        messages: r.messages.map((m) => ({
          type: m.type,
          ruleId: m.ruleId,
          severity: m.severity,
          message: m.message,
          line: m.line,
          column: m.column,
          index: m.index,
          range: m.range,
          loc: m.loc,
          ...(m.fix ? { fix: m.fix } : {}),
          // A .docx has no lines to speak of: the paragraph (and the story, when not the body) and the headings above it.
          ...(r.docx ? docxFields(r, m) : {}),
        })),
      })),
  ) + "\n";

function docxFields(r: FileReport, m: Finding): { story?: string; paragraph: number; headings: string[] } {
  const p = docxPlace(r, m);
  return { ...(p.story === null ? {} : { story: p.story }), paragraph: p.paragraph, headings: p.headings };
}
