import { formatOf, parseReport } from "@report-lint/core";
import { t } from "../i18n.js";
import { countBy, displayPath, missingItems, pad, width, type Formatter } from "./shared.js";
import type { FileReport } from "../process-file.js";

function clip(s: string, max: number): string {
  let out = "";
  for (const ch of s) {
    if (width(out + ch) > max - 1) return out + "…";
    out += ch;
  }
  return out;
}

/** One report's row of the summary, shared by the plain-text and the Markdown summaries. */
export interface SummaryRow {
  file: string;
  /** The report's title, or why the file could not be checked. */
  title: string;
  /** The report's year; null when unknown or the file was not checked. */
  year: number | null;
  errors: number;
  warnings: number;
  /** The missing mandatory items; null when the file was not checked. */
  missing: string[] | null;
  checked: boolean;
}

/** The summary's rows and totals: title and year from core's report model, counts, missing items. */
export function summaryRows(reports: FileReport[], cwd: string): { rows: SummaryRow[]; errors: number; warnings: number; incomplete: number } {
  const rows: SummaryRow[] = [];
  let errors = 0;
  let warnings = 0;
  let incomplete = 0;
  for (const r of reports) {
    const file = displayPath(r.path, cwd);
    if (r.text === null) {
      rows.push({ file, title: t(`（无法检查：${r.error ?? ""}）`, `(not checked: ${r.error ?? ""})`), year: null, errors: 0, warnings: 0, missing: null, checked: false });
      continue;
    }
    const model = parseReport(r.text, formatOf(r.path));
    const e = countBy(r.messages, 2);
    const w = countBy(r.messages, 1);
    const missing = missingItems(r.messages);
    errors += e;
    warnings += w;
    if (missing.length > 0) incomplete++;
    rows.push({ file, title: model.title?.text.replace(/\s+/gu, "") ?? t("（未识别到标题）", "(no title found)"), year: model.year, errors: e, warnings: w, missing, checked: true });
  }
  return { rows, errors, warnings, incomplete };
}

/** 共 N 份报告：… — the summary's last line. */
export function summaryTotals(count: number, errors: number, warnings: number, incomplete: number): string {
  return t(
    `共 ${count} 份报告：${errors} 个错误，${warnings} 个警告；${incomplete} 份缺少必备内容`,
    `${count} report${count === 1 ? "" : "s"}: ${errors} errors, ${warnings} warnings; ${incomplete} missing mandatory items`,
  );
}

/** The summary's column names. */
export function summaryHeader(): string[] {
  return [t("文件", "File"), t("标题", "Title"), t("年度", "Year"), t("错误", "Errors"), t("警告", "Warnings"), t("缺少的必备内容", "Missing mandatory items")];
}

/** The missing items cell: the items, 无 (none), or empty for a file not checked. */
export function missingCell(row: SummaryRow): string {
  return row.missing === null ? "" : row.missing.length === 0 ? t("无", "none") : row.missing.join("；");
}

/**
 * One row per report, for a reviewer with a folder of reports: file, title,
 * year (from core's report model), errors, warnings, and the mandatory items
 * the required-sections rule found missing. Unreadable files get a row saying so.
 */
export const formatSummary: Formatter = (reports, ctx) => {
  const header = summaryHeader();
  const { rows: data, errors, warnings, incomplete } = summaryRows(reports, ctx.cwd);
  const rows = data.map((r) =>
    r.checked
      ? [r.file, clip(r.title, 48), r.year === null ? "—" : String(r.year), String(r.errors), String(r.warnings), missingCell(r)]
      : [r.file, r.title, "", "", "", ""],
  );
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => (i === 5 ? 0 : width(r[i] ?? "")))));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (i === 5 ? c : i >= 2 && i <= 4 ? " ".repeat(Math.max(0, widths[i]! - width(c))) + c : pad(c, widths[i]!)))
      .join("  ")
      .trimEnd();
  const out = [line(header), line(widths.map((w, i) => (i === 5 ? "-".repeat(width(header[5]!)) : "-".repeat(w)))), ...rows.map(line)];
  out.push("");
  out.push(summaryTotals(reports.length, errors, warnings, incomplete));
  return out.join("\n") + "\n";
};
