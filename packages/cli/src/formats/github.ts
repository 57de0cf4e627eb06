import { displayPath, docxPlace, type Formatter } from "./shared.js";

const COMMAND: Record<number, string> = { 1: "warning", 2: "error", 3: "notice" };

/** Escape the message of a workflow command. */
function escapeData(s: string): string {
  return s.replace(/%/gu, "%25").replace(/\r/gu, "%0D").replace(/\n/gu, "%0A");
}

/** Escape a property value of a workflow command. */
function escapeProperty(s: string): string {
  return escapeData(s).replace(/:/gu, "%3A").replace(/,/gu, "%2C");
}

/**
 * GitHub Actions workflow commands, one per finding:
 * `::error file=…,line=…,col=…,endLine=…,endColumn=…,title=…::message`.
 * A .docx has no lines: its annotations name the file and the paragraph.
 */
export const formatGithub: Formatter = (reports, ctx) => {
  const lines: string[] = [];
  for (const r of reports) {
    if (r.text === null) continue;
    const file = displayPath(r.path, ctx.cwd);
    for (const m of r.messages) {
      const command = COMMAND[m.severity] ?? "warning";
      const title = `report-lint(${m.ruleId})`;
      if (r.docx) {
        const { where, excerpt } = docxPlace(r, m);
        lines.push(`::${command} file=${escapeProperty(file)},title=${escapeProperty(title)}::${escapeData(`${where}（${excerpt}）：${m.message}`)}`);
        continue;
      }
      const end = m.loc.end;
      const props = [`file=${escapeProperty(file)}`, `line=${m.loc.start.line}`, `col=${m.loc.start.column}`, `endLine=${end.line}`, `endColumn=${end.column}`, `title=${escapeProperty(title)}`];
      lines.push(`::${command} ${props.join(",")}::${escapeData(m.message)}`);
    }
  }
  return lines.length === 0 ? "" : lines.join("\n") + "\n";
};
