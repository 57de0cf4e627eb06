import type { Formatter } from "./shared.js";

/**
 * textlint's JSON shape: [{filePath, messages: [{ruleId, severity, message,
 * line, column, range, loc, fix?}]}], `range` in UTF-16 offsets of the
 * decoded text. Files that could not be read are left out (their error is on stderr).
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
        })),
      })),
  ) + "\n";
