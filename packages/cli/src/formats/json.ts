import type { TextlintResult } from "@textlint/types";

/** textlint's JSON shape: [{filePath, messages: [{ruleId, severity, message, line, column, range, fix?}]}]. */
export function formatJson(results: TextlintResult[]): string {
  return JSON.stringify(
    results.map((r) => ({
      filePath: r.filePath,
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
  );
}
