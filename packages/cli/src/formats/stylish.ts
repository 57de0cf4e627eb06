import type { TextlintResult } from "@textlint/types";

const SEVERITY_NAME: Record<number, string> = { 1: "警告", 2: "错误", 3: "提示" };

export interface StylishOptions {
  color: boolean;
}

function paint(on: boolean, code: number, s: string): string {
  return on ? `\u001b[${code}m${s}\u001b[0m` : s;
}

/** Width of a string in terminal columns (CJK counts as two). */
function width(s: string): number {
  let w = 0;
  for (const ch of s) w += /[\u1100-\u115f\u2e80-\ua4cf\uac00-\ud7a3\uf900-\ufaff\ufe30-\ufe4f\uff00-\uff60\uffe0-\uffe6]/u.test(ch) ? 2 : 1;
  return w;
}

/** ESLint-like output grouped by file, with a summary line. */
export function formatStylish(results: TextlintResult[], options: StylishOptions): string {
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixable = 0;
  for (const r of results) {
    if (r.messages.length === 0) continue;
    out.push(paint(options.color, 4, r.filePath));
    const rows = r.messages.map((m) => [`${m.line}:${m.column}`, SEVERITY_NAME[m.severity] ?? "警告", m.message, m.ruleId] as const);
    const w0 = Math.max(...rows.map((x) => width(x[0])));
    for (const [i, m] of r.messages.entries()) {
      const row = rows[i]!;
      if (m.severity === 2) errors++;
      else if (m.severity === 3) infos++;
      else warnings++;
      if (m.fix) fixable++;
      const sev = paint(options.color, m.severity === 2 ? 31 : m.severity === 3 ? 36 : 33, row[1]);
      out.push(`  ${row[0]}${" ".repeat(w0 - width(row[0]))}  ${sev}  ${row[2]}  ${paint(options.color, 2, row[3])}`);
    }
    out.push("");
  }
  const total = errors + warnings + infos;
  if (total === 0) return "";
  const summary = `✖ 共 ${total} 个问题（${errors} 个错误，${warnings} 个警告，${infos} 个提示）`;
  out.push(paint(options.color, errors > 0 ? 31 : 33, summary));
  if (fixable > 0) out.push(`  其中 ${fixable} 个可用 --fix 自动修复`);
  return out.join("\n") + "\n";
}
