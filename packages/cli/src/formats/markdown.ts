import { t } from "../i18n.js";
import type { Formatter } from "./shared.js";
import { missingCell, summaryHeader, summaryRows, summaryTotals } from "./summary.js";

/**
 * A table cell's text, safe in GitHub-flavoured Markdown: every ASCII punctuation character that
 * could start markup (emphasis, a link, code, HTML, an entity) or end the cell (`|`) is
 * backslash-escaped, which CommonMark allows before any ASCII punctuation; a line break would end
 * the row, so whitespace runs become one space.
 */
function cell(s: string): string {
  return s.replace(/\s+/gu, " ").trim().replace(/[\\`*_[\]<>|~&!#]/gu, (c) => `\\${c}`);
}

function row(cells: readonly string[]): string {
  return `| ${cells.join(" | ")} |`;
}

/**
 * The summary (--format summary) as a GitHub-flavoured Markdown table, for `$GITHUB_STEP_SUMMARY`
 * or a merge request comment: a heading, one row per report (numbers right-aligned), and the
 * totals under it. Files that could not be checked get a row saying why.
 */
export const formatMarkdown: Formatter = (reports, ctx) => {
  const { rows, errors, warnings, incomplete } = summaryRows(reports, ctx.cwd);
  const out = [`### report-lint ${t("检查汇总", "summary")}`, "", row(summaryHeader().map(cell)), row([":---", ":---", "---:", "---:", "---:", ":---"])];
  for (const r of rows) {
    out.push(
      row(
        r.checked
          ? [cell(r.file), cell(r.title), r.year === null ? "—" : String(r.year), String(r.errors), String(r.warnings), cell(missingCell(r))]
          : [cell(r.file), cell(r.title), "", "", "", ""],
      ),
    );
  }
  out.push("", cell(summaryTotals(reports.length, errors, warnings, incomplete)));
  return out.join("\n") + "\n";
};
