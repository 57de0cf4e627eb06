import { t } from "../i18n.js";
import { countBy, displayPath, docxPlace, pad, width, type Formatter } from "./shared.js";

const SEVERITY_NAME: Record<number, [string, string]> = { 1: ["警告", "warning"], 2: ["错误", "error"], 3: ["提示", "info"] };

function paint(on: boolean, code: number, s: string): string {
  return on ? `\u001b[${code}m${s}\u001b[0m` : s;
}

/**
 * ESLint-like output grouped by file: `line:col  severity  message  rule-id`
 * (for a .docx, the paragraph number and an excerpt instead of line:col),
 * then a summary line. Colours only when asked (a TTY, not --no-color).
 */
export const formatStylish: Formatter = (reports, ctx) => {
  const out: string[] = [];
  let errors = 0;
  let warnings = 0;
  let infos = 0;
  let fixable = 0;
  for (const r of reports) {
    if (r.messages.length === 0 || r.text === null) continue;
    out.push(paint(ctx.color, 4, displayPath(r.path, ctx.cwd)));
    const rows = r.messages.map((m) => {
      const name = SEVERITY_NAME[m.severity] ?? SEVERITY_NAME[1]!;
      if (r.docx) {
        const place = docxPlace(r, m);
        const where = t(place.where, `${place.story === null ? "" : `${place.story} `}para ${place.paragraph}${place.headings.length === 0 ? "" : ` (${place.headings.join(" › ")})`}`);
        return { where, sev: t(name[0], name[1]), message: `${m.message}（${place.excerpt}）`, rule: m.ruleId };
      }
      return { where: `${m.line}:${m.column}`, sev: t(name[0], name[1]), message: m.message, rule: m.ruleId };
    });
    const w0 = Math.max(...rows.map((x) => width(x.where)));
    const w1 = Math.max(...rows.map((x) => width(x.sev)));
    for (const [i, m] of r.messages.entries()) {
      const row = rows[i]!;
      if (m.severity === 2) errors++;
      else if (m.severity === 3) infos++;
      else warnings++;
      if (m.fix) fixable++;
      const sev = paint(ctx.color, m.severity === 2 ? 31 : m.severity === 3 ? 36 : 33, pad(row.sev, w1));
      out.push(`  ${pad(row.where, w0)}  ${sev}  ${row.message}  ${paint(ctx.color, 2, row.rule)}`);
    }
    out.push("");
  }
  const total = errors + warnings + infos;
  if (total === 0) return "";
  out.push(
    paint(
      ctx.color,
      errors > 0 ? 31 : 33,
      t(
        `✖ 共 ${total} 个问题（${errors} 个错误，${warnings} 个警告，${infos} 个提示）`,
        `✖ ${total} problem${total === 1 ? "" : "s"} (${errors} error${errors === 1 ? "" : "s"}, ${warnings} warning${warnings === 1 ? "" : "s"}, ${infos} info)`,
      ),
    ),
  );
  if (fixable > 0) out.push(t(`  其中 ${fixable} 个可用 --fix 自动修复`, `  ${fixable} of them can be fixed with --fix`));
  return out.join("\n") + "\n";
};

export { countBy };
