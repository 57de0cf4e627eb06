import { formatOf, parseReport } from "@report-lint/core";
import { t } from "../i18n.js";
import { countBy, displayPath, missingItems, pad, width, type Formatter } from "./shared.js";

function clip(s: string, max: number): string {
  let out = "";
  for (const ch of s) {
    if (width(out + ch) > max - 1) return out + "…";
    out += ch;
  }
  return out;
}

/**
 * One row per report, for a reviewer with a folder of reports: file, title,
 * year (from core's report model), errors, warnings, and the mandatory items
 * the required-sections rule found missing. Unreadable files get a row saying so.
 */
export const formatSummary: Formatter = (reports, ctx) => {
  const header = [t("文件", "File"), t("标题", "Title"), t("年度", "Year"), t("错误", "Errors"), t("警告", "Warnings"), t("缺少的必备内容", "Missing mandatory items")];
  const rows: string[][] = [];
  let errors = 0;
  let warnings = 0;
  let incomplete = 0;
  for (const r of reports) {
    const file = displayPath(r.path, ctx.cwd);
    if (r.text === null) {
      rows.push([file, t(`（无法检查：${r.error ?? ""}）`, `(not checked: ${r.error ?? ""})`), "", "", "", ""]);
      continue;
    }
    const model = parseReport(r.text, formatOf(r.path));
    const e = countBy(r.messages, 2);
    const w = countBy(r.messages, 1);
    const missing = missingItems(r.messages);
    errors += e;
    warnings += w;
    if (missing.length > 0) incomplete++;
    rows.push([
      file,
      clip(model.title?.text.replace(/\s+/gu, "") ?? t("（未识别到标题）", "(no title found)"), 48),
      model.year === null ? "—" : String(model.year),
      String(e),
      String(w),
      missing.length === 0 ? t("无", "none") : missing.join("；"),
    ]);
  }
  const widths = header.map((h, i) => Math.max(width(h), ...rows.map((r) => (i === 5 ? 0 : width(r[i] ?? "")))));
  const line = (cells: string[]): string =>
    cells
      .map((c, i) => (i === 5 ? c : i >= 2 && i <= 4 ? " ".repeat(Math.max(0, widths[i]! - width(c))) + c : pad(c, widths[i]!)))
      .join("  ")
      .trimEnd();
  const out = [line(header), line(widths.map((w, i) => (i === 5 ? "-".repeat(width(header[5]!)) : "-".repeat(w)))), ...rows.map(line)];
  out.push("");
  out.push(
    t(
      `共 ${reports.length} 份报告：${errors} 个错误，${warnings} 个警告；${incomplete} 份缺少必备内容`,
      `${reports.length} report${reports.length === 1 ? "" : "s"}: ${errors} errors, ${warnings} warnings; ${incomplete} missing mandatory items`,
    ),
  );
  return out.join("\n") + "\n";
};
